import { callApi } from '@/services/http/client'
import { useBankQuery } from '@/services/query/use-bank-query'
import { staffKeys } from './query-keys'

/** Today's bookings at the staff member's branch, customers masked. */
export function getTodayBookings() {
  return callApi('listTodayBookings')
}

/** The branch's bookings of today. */
export function useTodayBookings() {
  return useBankQuery(staffKeys.todayBookings(), getTodayBookings)
}
