// Errors of the cloud counter: booking slots, changing bookings and staff check-in.
import type { ErrorSpec } from './spec'

export const COUNTER_ERRORS = {
  /** The date is not one of the branch's next 7 business days. */
  DATE_NOT_BOOKABLE: { status: 422, message: '该日期不可预约，请选择近7个营业日' },
  /** slotStart is not a slot of that day, or it starts too soon (less than 30 min ahead). */
  SLOT_NOT_BOOKABLE: { status: 422, message: '请选择有效的预约时段' },
  /** A large cash withdrawal must be booked at least 1 business day ahead. */
  NOTICE_TOO_SHORT: { status: 422, message: '该业务需提前预约' },
  /** No places left in the slot; details.alternatives lists up to 3 nearby slots with places. */
  SLOT_FULL: { status: 409, message: '该时段已约满，请选择其他时段' },
  /** The customer holds another active booking at that time; details.bookingNumber. */
  BOOKING_OVERLAP: { status: 409, message: '您在该时段已有预约' },
  /** Less than 1 hour before the slot: it can no longer be cancelled or moved. */
  CANCEL_WINDOW_CLOSED: { status: 422, message: '距预约时间不足1小时，无法变更' },
  /** The booking is cancelled, already visited or missed. */
  BOOKING_NOT_ACTIVE: { status: 409, message: '该预约已不能变更' },
  /** Rescheduling to the slot the booking already holds. */
  SAME_SLOT: { status: 422, message: '新时段与原预约时段相同' },
  /** The check-in QR code is malformed or its signature is wrong. */
  QR_INVALID: { status: 422, message: '二维码无效' },
  /** The check-in QR code has expired (end of the booking's day). */
  QR_EXPIRED: { status: 422, message: '二维码已过期' },
  /** Checking in a cancelled booking. */
  BOOKING_CANCELLED: { status: 422, message: '该预约已取消' },
  /** The booking was already checked in. */
  ALREADY_ARRIVED: { status: 409, message: '该预约已签到' },
  /** The booking is at a branch outside the staff member's town. */
  NOT_YOUR_BRANCH: { status: 403, message: '该预约不属于您所在网点' },
  /** Checking in a booking whose slot is not today (Beijing date). */
  NOT_TODAY: { status: 422, message: '该预约不是今天的，请在预约当天签到' },
} as const satisfies Record<string, ErrorSpec>
