// Errors of the cloud counter: booking slots, changing bookings and staff check-in.
import type { ErrorMessages, ErrorStatus } from './spec'

export const COUNTER_ERRORS = {
  /** The date is not one of the branch's next 7 business days. */
  DATE_NOT_BOOKABLE: 422,
  /** slotStart is not a slot of that day, or it starts too soon (less than 30 min ahead). */
  SLOT_NOT_BOOKABLE: 422,
  /** A large cash withdrawal must be booked at least 1 business day ahead. */
  NOTICE_TOO_SHORT: 422,
  /** No places left in the slot; details.alternatives lists up to 3 nearby slots with places. */
  SLOT_FULL: 409,
  /** The customer holds another active booking at that time; details.bookingNumber. */
  BOOKING_OVERLAP: 409,
  /** The customer already holds MAX_ACTIVE_BOOKINGS bookings that are still to come. */
  TOO_MANY_BOOKINGS: 409,
  /** Less than 1 hour before the slot: it can no longer be cancelled or moved. */
  CANCEL_WINDOW_CLOSED: 422,
  /** The booking is cancelled, already visited or missed. */
  BOOKING_NOT_ACTIVE: 409,
  /** Rescheduling to the slot the booking already holds. */
  SAME_SLOT: 422,
  /** The check-in QR code is malformed or its signature is wrong. */
  QR_INVALID: 422,
  /** The check-in QR code has expired (end of the booking's day). */
  QR_EXPIRED: 422,
  /** Checking in a cancelled booking. */
  BOOKING_CANCELLED: 422,
  /** The booking was already checked in. */
  ALREADY_ARRIVED: 409,
  /** The booking is at a branch outside the staff member's town. */
  NOT_YOUR_BRANCH: 403,
  /** Checking in a booking whose slot is not today (Beijing date). */
  NOT_TODAY: 422,
  /** No booking of today at the staff's branch has this check-in code (or not the row's booking). */
  CHECK_IN_CODE_WRONG: 422,
  /** The ID tail typed is not the customer's. */
  ID_TAIL_WRONG: 422,
  /** The customer is not real-named: check the check-in code instead. */
  ID_TAIL_UNAVAILABLE: 422,
  /** Too many wrong codes or ID tails from this staff member lately; details.retryAfterSeconds. */
  CHECK_IN_TOO_MANY_ATTEMPTS: 429,
} as const satisfies Record<string, ErrorStatus>

/** The default Chinese message of each code (the bank's answer may be more precise). */
export const COUNTER_ERROR_MESSAGES: ErrorMessages<typeof COUNTER_ERRORS> = {
  DATE_NOT_BOOKABLE: '该日期不可预约，请选择近7个营业日',
  SLOT_NOT_BOOKABLE: '请选择有效的预约时段',
  NOTICE_TOO_SHORT: '该业务需提前预约',
  SLOT_FULL: '该时段已约满，请选择其他时段',
  BOOKING_OVERLAP: '您在该时段已有预约',
  TOO_MANY_BOOKINGS: '您已有3个待办理的预约，请办理或取消其中一个后再预约',
  CANCEL_WINDOW_CLOSED: '距预约时间不足1小时，无法变更',
  BOOKING_NOT_ACTIVE: '该预约已不能变更',
  SAME_SLOT: '新时段与原预约时段相同',
  QR_INVALID: '二维码无效',
  QR_EXPIRED: '二维码已过期',
  BOOKING_CANCELLED: '该预约已取消',
  ALREADY_ARRIVED: '该预约已签到',
  NOT_YOUR_BRANCH: '该预约不属于您所在网点',
  NOT_TODAY: '该预约不是今天的，请在预约当天签到',
  CHECK_IN_CODE_WRONG: '签到码不正确，请核对客户预约页上的6位签到码',
  ID_TAIL_WRONG: '身份证后4位不正确，请核对客户的身份证',
  ID_TAIL_UNAVAILABLE: '该客户未实名，无法核对身份证，请核对签到码',
  CHECK_IN_TOO_MANY_ATTEMPTS: '错误次数过多，请稍后再试，或扫描客户的签到二维码',
}
