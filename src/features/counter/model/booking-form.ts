import type { BranchService } from '@/contract/branches'
import type { ApiError } from '@/services/http/api-error'
import { formErrorsFromApi } from '@/services/http/form-errors'
import { checkBookingAmount } from '@/utils/booking-amount'
import { formatFen, parseYuanToFen } from '@/utils/money'

/** What the booking form holds. */
export interface BookingFormValues {
  amount: string
  note: string
}

/** Checks the amount of a service that needs one, by the bank's own rule; gives fen or a message. */
export function checkAmount(service: BranchService, text: string): { fen?: number; error?: string } {
  if (!service.needsAmount) return {}
  if (!text.trim()) return { error: '请输入取现金额' }
  const fen = parseYuanToFen(text)
  if (fen === undefined) return { error: '请输入正确的金额，如 50000' }
  const check = checkBookingAmount(service, fen)
  return check.valid ? { fen } : { error: check.reason }
}

/** The rule a service imposes before a slot is chosen, in words, or nothing. */
export function serviceRule(service: BranchService): string | undefined {
  if (!service.needsAmount) return undefined
  const notice =
    service.noticeBusinessDays > 0
      ? `，需至少提前${service.noticeBusinessDays}个工作日预约，当天时段不可选`
      : ''
  return `取现 ${formatFen(service.minAmountFen ?? 0)} 元及以上需预约${notice}。请携带本人身份证和银行卡。`
}

/** Puts a refused booking's message where the user will look: the amount field, or the slot list. */
export function bookingErrorsFromApi(error: ApiError): { amount?: string; slot?: string; form?: string } {
  return formErrorsFromApi(error, {
    fields: { amountFen: 'amount', slotStart: 'slot' },
    // Refusals about the chosen time are shown at the slot list (which is then read again).
    codes: {
      SLOT_FULL: 'slot',
      SLOT_NOT_BOOKABLE: 'slot',
      NOTICE_TOO_SHORT: 'slot',
      DATE_NOT_BOOKABLE: 'slot',
      SAME_SLOT: 'slot',
      BOOKING_OVERLAP: 'slot',
    },
  })
}
