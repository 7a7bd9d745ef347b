import { callApi } from '@/services/http/client'
import { useBankQuery } from '@/services/query/use-bank-query'
import { eventKeys } from './query-keys'

/** The customer's sign-ups, upcoming events first. */
export function getMyEventSignups() {
  return callApi('listMyEventSignups', {})
}

/** 我的活动; waits while `enabled` is false (nobody logged in). */
export function useMyEventSignups(enabled = true) {
  return useBankQuery(enabled ? eventKeys.mine() : null, getMyEventSignups)
}

/** The check-in pass of a registered sign-up. */
export function useEventPass(signupId: string | undefined) {
  return useBankQuery(signupId ? eventKeys.pass(signupId) : null, () =>
    callApi('getEventPass', { params: { id: signupId! } }),
  )
}
