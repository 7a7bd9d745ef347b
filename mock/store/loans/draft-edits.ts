// Edits of a draft application: the form as typed, and agreeing to the authorisations.
import type { LoanConsentDocument } from '../../../src/contract/constants'
import type { Db } from '../db'
import { findEditableDraft } from './applications'
import { recordConsent } from './consents'

/** Saves the form fields exactly as typed (validated only at submission); 409 unless a draft. */
export function saveDraft(
  db: Db,
  customerId: string,
  id: string,
  fields: Record<string, string>,
  nowMs: number,
): void {
  db.transaction(() => {
    findEditableDraft(db, customerId, id)
    db.prepare('UPDATE loan_applications SET draft_fields = ?, draft_saved_at = ? WHERE id = ?').run(
      JSON.stringify(fields),
      nowMs,
      id,
    )
  }).immediate()
}

/** Agrees to one document in its current version; 409 unless a draft, 422 for an old version. */
export function agreeToDocument(
  db: Db,
  customerId: string,
  id: string,
  documentId: LoanConsentDocument,
  version: string,
  nowMs: number,
): void {
  db.transaction(() => {
    findEditableDraft(db, customerId, id)
    recordConsent(db, id, documentId, version, nowMs)
  }).immediate()
}
