// The event forms' own checks (Chinese, at the field, before anything is sent), the words of sign-up
// statuses, and the tab bar the 活动 tab joined: four tabs (我的 last, where the unread badge sits),
// icons 81×81 under 1 KB.
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { checkCreateEvent, EMPTY_CREATE_EVENT } from '@/features/event/model/create-form'
import { aprText, signupStatusText } from '@/features/event/model/event-words'
import { checkSignup, EMPTY_SIGNUP } from '@/features/event/model/signup-form'

describe('the sign-up form', () => {
  it('says what each field needs, and sends no phone when none is typed (the login phone)', () => {
    expect(checkSignup(EMPTY_SIGNUP).errors).toEqual({
      name: expect.stringContaining('姓名'),
      village: '请填写您所在的村（社区），如 戴南村',
    })
    expect(
      checkSignup({ ...EMPTY_SIGNUP, name: '王建国', village: '戴南村', partySize: '6' }).errors,
    ).toEqual({
      partySize: '参加人数为1-5人（含本人）',
    })
    expect(
      checkSignup({ name: '王建国', phone: '1390000', village: '戴南村', partySize: '2' }).errors.phone,
    ).toBe('请填写11位手机号，或留空使用登录手机号')
    expect(checkSignup({ name: ' 王建国 ', phone: '', village: ' 戴南村 ', partySize: '2' }).request).toEqual(
      {
        name: '王建国',
        village: '戴南村',
        partySize: 2,
      },
    )
    expect(
      checkSignup({ name: '王建国', phone: '139 0000 0001', village: '戴南村', partySize: '1' }).request
        ?.phone,
    ).toBe('13900000001')
  })
})

describe('创建活动', () => {
  const filled = {
    ...EMPTY_CREATE_EVENT,
    templateId: 'et_thank_you',
    town: '戴南镇',
    venue: '戴南村村委会',
    address: '兴化市戴南镇戴南村',
    date: '2026-12-20',
    capacity: '50',
  }
  it('builds Beijing instants from the day and times', () => {
    expect(checkCreateEvent(filled, '2026-11-20').request).toMatchObject({
      start: '2026-12-20T09:00:00+08:00',
      end: '2026-12-20T11:00:00+08:00',
      capacity: 50,
    })
  })
  it('refuses a past day, an end before the start and a capacity out of 1–500, each at its field', () => {
    expect(
      checkCreateEvent({ ...filled, date: '2026-11-19', endTime: '08:00', capacity: '501' }, '2026-11-20')
        .errors,
    ).toEqual({
      date: '活动日期不能早于今天',
      endTime: '结束时间须晚于开始时间',
      capacity: '人数上限为1-500人',
    })
    expect(checkCreateEvent(EMPTY_CREATE_EVENT, '2026-11-20').errors).toMatchObject({
      templateId: '请选择活动模板',
      town: '请选择活动所在乡镇',
    })
  })
})

test('statuses and APR in words', () => {
  expect(signupStatusText({ status: 'waitlisted', waitlistPosition: 3 })).toBe('候补第 3 位')
  expect(signupStatusText({ status: 'no-show' })).toBe('未到场')
  const loan = { id: 'p', name: '阳光e贷', category: 'loan' as const, summary: '', features: [] }
  expect(aprText({ ...loan, aprMinBp: 365, aprMaxBp: 720 })).toBe('年化利率（单利）3.65%–7.20%')
  expect(aprText(loan)).toBeUndefined()
})

test('four tabs, 活动 before 我的; tab icons are 81×81 and under 1 KB', () => {
  Object.assign(globalThis, { defineAppConfig: (config: unknown) => config })
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { tabBar } = require('@/app.config').default as {
    tabBar: { list: { text: string; iconPath: string; selectedIconPath: string }[] }
  }
  expect(tabBar.list.map((t) => t.text)).toEqual(['首页', '优惠', '活动', '我的'])
  for (const icon of ['event.png', 'event-active.png']) {
    const file = path.join(__dirname, '../../src/assets/tab', icon)
    expect(statSync(file).size).toBeLessThanOrEqual(1024)
    const png = readFileSync(file)
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([81, 81])
  }
})
