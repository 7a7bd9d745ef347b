import type { Branch, BranchService } from '@/contract/branches'
import { ApiError } from '@/services/http/api-error'
import {
  formatDistance,
  groupByTown,
  todayHoursText,
  weeklyHoursText,
} from '@/features/counter/model/branch-list'
import { bookingErrorsFromApi, checkAmount, serviceRule } from '@/features/counter/model/booking-form'
import { nextActions } from '@/features/staff/model/referral-actions'
import { timelineSteps } from '@/features/referral/model/referral-labels'
import { formatSlot, formatTimeRange } from '@/utils/beijing-format'
import { formatDayLabel } from '@/utils/date-text'
import { parseYuanToFen } from '@/utils/money'

const weekday = { open: '08:30', close: '17:00' }
const largeCash = {
  id: 'large-cash-withdrawal',
  name: '大额取现（5万元及以上）',
  needsAmount: true,
  minAmountFen: 5_000_000,
  maxAmountFen: 100_000_000,
  amountStepFen: 10_000,
  noticeBusinessDays: 1,
} as BranchService

test('weekly hours read as runs of days, Monday first', () => {
  const hours = [null, weekday, weekday, weekday, weekday, weekday, { open: '09:00', close: '12:00' }]
  expect(weeklyHoursText(hours)).toBe('周一至周五 08:30–17:00；周六 09:00–12:00；周日休息')
  expect(weeklyHoursText([weekday, weekday, weekday, weekday, weekday, weekday, weekday])).toBe(
    '周一至周日 08:30–17:00',
  )
})

test('branches group by town in server order; distances read in metres or kilometres', () => {
  const branch = (id: string, town: string) => ({ id, town }) as Branch
  const groups = groupByTown([branch('a', '戴南镇'), branch('b', '安丰镇'), branch('c', '戴南镇')])
  expect(groups.map((g) => [g.town, g.branches.map((b) => b.id)])).toEqual([
    ['戴南镇', ['a', 'c']],
    ['安丰镇', ['b']],
  ])
  expect(formatDistance(850.4)).toBe('850米')
  expect(formatDistance(3240)).toBe('3.2公里')
})

test('typed yuan become exact fen, and the large-cash rule is the bank’s own', () => {
  expect(parseYuanToFen('50000')).toBe(5_000_000)
  expect(parseYuanToFen('50,000.5')).toBe(5_000_050)
  expect(parseYuanToFen('￥1,000.00')).toBe(100_000)
  expect(parseYuanToFen('0.1')).toBe(10)
  expect(parseYuanToFen('1.005')).toBeUndefined()
  expect(parseYuanToFen('abc')).toBeUndefined()
  expect(checkAmount(largeCash, '')).toEqual({ error: '请输入取现金额' })
  expect(checkAmount(largeCash, '五万')).toEqual({ error: '请输入正确的金额，如 50000' })
  expect(checkAmount(largeCash, '49999').error).toMatch(/不能低于50,000元/)
  expect(checkAmount(largeCash, '50050').error).toMatch(/100元的整数倍/)
  expect(checkAmount(largeCash, '2000000').error).toMatch(/不能超过1,000,000元/)
  expect(checkAmount(largeCash, '80000')).toEqual({ fen: 8_000_000 })
  expect(serviceRule(largeCash)).toMatch(/需至少提前1个工作日预约/)
})

test('a refused booking is explained where the user looks', () => {
  expect(bookingErrorsFromApi(new ApiError(409, 'SLOT_FULL', '该时段已约满'))).toEqual({
    slot: '该时段已约满',
  })
  expect(bookingErrorsFromApi(new ApiError(422, 'NOTICE_TOO_SHORT', '需提前1个工作日'))).toEqual({
    slot: '需提前1个工作日',
  })
  const invalid = new ApiError(400, 'VALIDATION_FAILED', '金额不正确', {
    fields: [{ field: 'amountFen', message: '金额不正确' }],
  })
  expect(bookingErrorsFromApi(invalid)).toEqual({ amount: '金额不正确' })
  expect(bookingErrorsFromApi(new ApiError(409, 'BOOKING_OVERLAP', '与已有预约时间冲突'))).toEqual({
    slot: '与已有预约时间冲突',
  })
  expect(bookingErrorsFromApi(new ApiError(422, 'SLOT_NOT_BOOKABLE', '该时段已不可预约'))).toEqual({
    slot: '该时段已不可预约',
  })
  expect(bookingErrorsFromApi(new ApiError(503, 'SERVICE_UNAVAILABLE', '服务繁忙'))).toEqual({
    form: '服务繁忙',
  })
})

test('slot times are Beijing time whatever the machine’s zone', () => {
  // 00:30 UTC is 08:30 in Beijing, on the same calendar day.
  expect(formatTimeRange('2026-11-30T00:30:00Z', '2026-11-30T01:00:00Z')).toBe('08:30–09:00')
  expect(formatSlot('2026-11-30T08:30:00+08:00', '2026-11-30T09:00:00+08:00')).toBe(
    '11月30日 周一 08:30–09:00',
  )
  // 23:30 UTC on the 29th is already the 30th in Beijing.
  expect(formatSlot('2026-11-29T23:30:00Z', '2026-11-30T00:00:00Z')).toBe('11月30日 周一 07:30–08:00')
  expect(formatDayLabel('2026-12-05')).toBe('12月5日 周六')
})

test('managers are offered only the moves the bank allows, and the timeline ends in done or closed', () => {
  expect(nextActions('assigned').map((a) => a.to)).toEqual(['contacted', 'closed'])
  expect(nextActions('contacted').map((a) => a.to)).toEqual(['done', 'closed'])
  expect(nextActions('done')).toEqual([])
  expect(nextActions('closed')).toEqual([])
  expect(timelineSteps('contacted')).toEqual(['submitted', 'assigned', 'contacted', 'done'])
  expect(timelineSteps('closed')).toEqual(['submitted', 'assigned', 'contacted', 'closed'])
})

describe("today's hours", () => {
  it('reads 今日 before the hours, and a closed day once', () => {
    expect(todayHoursText('08:30–17:00')).toBe('今日 08:30–17:00')
    expect(todayHoursText('今日休息')).toBe('今日休息')
  })
})
