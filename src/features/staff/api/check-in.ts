import type { CheckInRequest } from '@/contract/bookings'
import { callApi } from '@/services/http/client'
import { useBankMutation } from '@/services/query/use-bank-mutation'
import { staffKeys } from './query-keys'

/** Marks the customer as arrived: a scanned QR, a typed check-in code, or a row of today's list. */
export function checkIn(body: CheckInRequest, idempotencyKey: string) {
  return callApi('checkIn', { body }, { idempotencyKey })
}

const invalidates = [staffKeys.todayBookings()[0]]

/** Checks a customer in; today's list is read again. */
export function useCheckIn() {
  return useBankMutation((key, body: CheckInRequest) => checkIn(body, key), invalidates)
}
