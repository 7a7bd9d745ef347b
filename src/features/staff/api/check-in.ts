import type { CheckInResult } from '@/contract/bookings'
import { apiClient } from '@/services/http/client'

/** Marks the customer whose booking code was scanned as arrived. */
export function checkIn(qrPayload: string, idempotencyKey: string): Promise<CheckInResult> {
  return apiClient.post<CheckInResult>('/staff/check-ins', { qrPayload }, { idempotencyKey })
}
