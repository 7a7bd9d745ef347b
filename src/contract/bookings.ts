// Counter bookings (预约): create, list, cancel, reschedule, and check-in by staff.
import { Type, type Static } from '@sinclair/typebox'
import {
  BOOKING_NOTE_MAX_LENGTH,
  BOOKING_SCOPES,
  BOOKING_STATUSES,
  CHECK_IN_CODE_LENGTH,
  ID_TAIL_LENGTH,
} from './constants'
import { Fen, Id, IsoDateTime, PlainText, StringEnum } from './common'
import { ServiceId } from './branches'

/** A slot start: ISO 8601 instant with an explicit offset; any offset naming the same instant is accepted. */
const SlotStart = Type.String({
  title: '预约时段',
  description: 'ISO 8601 with offset, e.g. 2026-11-23T08:30:00+08:00',
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$',
  maxLength: 40,
})

/** Amount announced for a large cash withdrawal, integer fen (rules in checkBookingAmount). */
const AmountFen = Type.Integer({ title: '取现金额', description: 'Integer fen' })

/** Body of POST /bookings. */
export const CreateBookingRequest = Type.Object(
  {
    branchId: Type.String({ title: '网点', minLength: 1, maxLength: 64 }),
    serviceId: ServiceId,
    slotStart: SlotStart,
    amountFen: Type.Optional(AmountFen),
    note: Type.Optional(PlainText('备注', BOOKING_NOTE_MAX_LENGTH)),
  },
  { additionalProperties: false, description: 'Book a slot' },
)
export type CreateBookingRequest = Static<typeof CreateBookingRequest>

/** Body of POST /bookings/:id/reschedule (amountFen omitted keeps the old amount). */
export const RescheduleRequest = Type.Object(
  { slotStart: SlotStart, amountFen: Type.Optional(AmountFen) },
  { additionalProperties: false, description: 'Move to another slot of the same branch and service' },
)
export type RescheduleRequest = Static<typeof RescheduleRequest>

/** Which list of bookings. */
export const BookingScope = StringEnum(BOOKING_SCOPES, {
  title: '范围',
  description: 'upcoming (soonest first) | past (newest first) | cancelled (newest first)',
})
export type BookingScope = Static<typeof BookingScope>

/** Query of GET /bookings. */
export const BookingListQuery = Type.Object({ scope: BookingScope }, { additionalProperties: false })
export type BookingListQuery = Static<typeof BookingListQuery>

/** Path of /bookings/:id routes. */
export const BookingParams = Type.Object({ id: Type.String({ title: '预约', minLength: 1, maxLength: 64 }) })
export type BookingParams = Static<typeof BookingParams>

/** The branch of a booking. */
export const BookingBranch = Type.Object({
  id: Id,
  name: Type.String(),
  address: Type.String(),
  phone: Type.String(),
  lat: Type.Number(),
  lng: Type.Number(),
})
export type BookingBranch = Static<typeof BookingBranch>

/** The service of a booking. */
export const BookingService = Type.Object({
  id: ServiceId,
  name: Type.String(),
  bring: Type.Array(Type.String()),
  durationMinutes: Type.Integer(),
})
export type BookingService = Static<typeof BookingService>

/** A booking as its customer sees it. */
export const Booking = Type.Object(
  {
    id: Id,
    number: Type.String({ description: 'YY + slot date + daily sequence, e.g. YY20261130-0007' }),
    status: StringEnum(BOOKING_STATUSES, {
      description: "booked | arrived | cancelled | missed ('missed': still booked when the slot ended)",
    }),
    branch: BookingBranch,
    service: BookingService,
    slotStart: IsoDateTime,
    slotEnd: IsoDateTime,
    amountFen: Type.Optional(Fen),
    note: Type.Optional(Type.String()),
    createdAt: IsoDateTime,
    cancelledAt: Type.Optional(IsoDateTime),
    arrivedAt: Type.Optional(IsoDateTime),
    canCancel: Type.Boolean({ description: 'True while booked and now ≤ cancelDeadline' }),
    cancelDeadline: IsoDateTime,
    qrPayload: Type.String({ description: 'Signed check-in code CC1.B.<id>.<exp>.<sig>; show as a QR code' }),
    checkInCode: Type.String({
      description: `${CHECK_IN_CODE_LENGTH} digits shown under the QR code, for staff to type when they cannot scan`,
    }),
  },
  { description: 'Booking; slot times are ISO with +08:00' },
)
export type Booking = Static<typeof Booking>

/** Answer of GET /bookings. */
export const BookingListResult = Type.Object({ items: Type.Array(Booking) }, { description: 'Bookings' })
export type BookingListResult = Static<typeof BookingListResult>

/** A slot offered instead of a full one (in SLOT_FULL details.alternatives). */
export { SlotAlternative } from './common'

/** Body of POST /staff/check-ins: exactly one way of proving the customer is at the counter. */
export const CheckInRequest = Type.Object(
  {
    qrPayload: Type.Optional(Type.String({ title: '二维码', minLength: 1, maxLength: 200 })),
    checkInCode: Type.Optional(
      Type.String({
        title: '签到码',
        pattern: `^\\d{${CHECK_IN_CODE_LENGTH}}$`,
        maxLength: CHECK_IN_CODE_LENGTH,
      }),
    ),
    bookingId: Type.Optional(Type.String({ title: '预约', minLength: 1, maxLength: 64 })),
    idTail: Type.Optional(
      Type.String({
        title: '身份证后4位',
        pattern: `^\\d{${ID_TAIL_LENGTH - 1}}[\\dXx]$`,
        maxLength: ID_TAIL_LENGTH,
      }),
    ),
  },
  {
    additionalProperties: false,
    description:
      'One of: { qrPayload } scanned; { checkInCode } typed (optionally with the bookingId of the row ' +
      'it was typed on); { bookingId, idTail } checked against the customer ID card.',
  },
)
export type CheckInRequest = Static<typeof CheckInRequest>

/**
 * A booking as counter staff see it: the customer's masked name and phone, never the customer's QR
 * payload or check-in code (those prove the customer is present).
 */
export const StaffBooking = Type.Composite(
  [
    Type.Omit(Booking, ['qrPayload', 'checkInCode', 'canCancel', 'cancelDeadline']),
    Type.Object({
      customerNameMasked: Type.Optional(Type.String({ description: 'e.g. 王*国 (real-name customers)' })),
      customerPhoneMasked: Type.String({ description: 'e.g. 139****0001' }),
      idTailCheckable: Type.Boolean({
        description: 'The customer is real-named, so staff may check the ID tail instead of the code',
      }),
    }),
  ],
  { description: 'Booking seen by staff' },
)
export type StaffBooking = Static<typeof StaffBooking>

/** Answer of POST /staff/check-ins. */
export const CheckInResult = Type.Object({ booking: StaffBooking }, { description: 'Checked in' })
export type CheckInResult = Static<typeof CheckInResult>

/** Answer of GET /staff/bookings/today: the staff member's branch and its bookings of today. */
export const TodayBookingsResult = Type.Object(
  {
    date: Type.String({ description: 'Beijing date, YYYY-MM-DD' }),
    branchName: Type.String(),
    items: Type.Array(StaffBooking, { description: 'By slot, then number' }),
  },
  { description: "Today's bookings of the branch" },
)
export type TodayBookingsResult = Static<typeof TodayBookingsResult>
