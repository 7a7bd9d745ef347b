import type { CreateReferralRequest } from '@/contract/referrals'
import { callApi } from '@/services/http/client'
import { useBankMutation } from '@/services/query/use-bank-mutation'

/** Asks the town's customer manager to contact the customer about a product. */
export function createReferral(input: CreateReferralRequest, idempotencyKey: string) {
  return callApi('createReferral', { body: input }, { idempotencyKey })
}

/** Asks for a product; the customer's referral list is read again. */
export function useCreateReferral() {
  return useBankMutation(
    (key, input: CreateReferralRequest) => createReferral(input, key),
    ['referrals', 'messages'],
  )
}
