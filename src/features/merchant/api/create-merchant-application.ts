import type { MerchantApplicationRequest } from '@/contract/merchant-applications'
import { callApi } from '@/services/http/client'
import { useBankMutation } from '@/services/query/use-bank-mutation'

/** Files an application to join the alliance; it becomes a referral for the branch's manager. */
export function createMerchantApplication(input: MerchantApplicationRequest, idempotencyKey: string) {
  return callApi('createMerchantApplication', { body: input }, { idempotencyKey })
}

/** Applies; 我的转介 and the message centre are read again. */
export function useCreateMerchantApplication() {
  return useBankMutation(
    (key, input: MerchantApplicationRequest) => createMerchantApplication(input, key),
    ['referrals', 'messages'],
  )
}
