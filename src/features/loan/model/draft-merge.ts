// Which copy of an application draft to resume from: the device's or the bank's. Pure.
// Clocks are not compared: a phone's clock can be minutes off the bank's. The device copy says
// instead whether the bank has confirmed it.
import type { LoanDraft } from '@/contract/loans'

/** A draft saved on the device (card number included; it never goes into the bank's draft). */
export interface LocalDraft {
  fields: Record<string, string>
  savedAt: string
  /** True once the bank confirmed it holds these fields. */
  synced: boolean
}

/** The fields to resume with, and whether the bank still has to be sent them. */
export function resumeDraft(
  local: LocalDraft | undefined,
  server: LoanDraft | null | undefined,
): { fields: Record<string, string>; aheadOfBank: boolean } {
  if (local && !local.synced) return { fields: { ...server?.fields, ...local.fields }, aheadOfBank: true }
  // The bank's copy may hold edits from another device; fields only the device has (the card number
  // being typed) survive.
  return { fields: { ...local?.fields, ...server?.fields }, aheadOfBank: false }
}
