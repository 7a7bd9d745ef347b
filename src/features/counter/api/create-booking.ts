import type { CreateBookingRequest, RescheduleRequest } from '@/contract/bookings'
import type { ServiceId } from '@/contract/constants'
import { callApi } from '@/services/http/client'
import { useBankMutation } from '@/services/query/use-bank-mutation'
import { BOOKING_CHANGES, counterKeys } from './query-keys'

/** Books a slot; the idempotency key makes a repeated tap or retry book it once. */
export function createBooking(input: CreateBookingRequest, idempotencyKey: string) {
  return callApi('createBooking', { body: input }, { idempotencyKey })
}

/** Moves a booking to another slot; it keeps its number, and the old place is freed. */
export function rescheduleBooking(bookingId: string, input: RescheduleRequest, idempotencyKey: string) {
  return callApi('rescheduleBooking', { params: { id: bookingId }, body: input }, { idempotencyKey })
}

/** What the booking form sends: the slot and, for large cash, the amount. */
export interface BookingChoice {
  slotStart: string
  amountFen?: number
  note?: string
}

/** Books `service` at `branch`, or moves `rescheduling` to the chosen slot. */
export function useBookSlot(target: { branchId: string; serviceId: ServiceId; reschedulingId?: string }) {
  return useBankMutation(
    (key, choice: BookingChoice) =>
      target.reschedulingId
        ? rescheduleBooking(
            target.reschedulingId,
            { slotStart: choice.slotStart, amountFen: choice.amountFen },
            key,
          )
        : createBooking({ branchId: target.branchId, serviceId: target.serviceId, ...choice }, key),
    BOOKING_CHANGES,
    (booking) => [[counterKeys.booking(booking.id), booking]],
  )
}
