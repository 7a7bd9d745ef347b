import { callApi } from '@/services/http/client'
import { useAction } from '@/services/http/use-action'

/** Marks the customer whose booking code was scanned as arrived. */
export function checkIn(qrPayload: string, idempotencyKey: string) {
  return callApi('checkIn', { body: { qrPayload } }, { idempotencyKey })
}

/** Checks a scanned or typed code in. */
export function useCheckIn() {
  return useAction((key, qrPayload: string) => checkIn(qrPayload, key))
}
