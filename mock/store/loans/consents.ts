// Consents of an application to the loan authorisations: which document, which version, when.
import type { LoanConsentDocument } from '../../../src/contract/constants'
import type { LoanConsent, LoanDocument } from '../../../src/contract/loans'
import { bankError } from '../../errors'
import { LOAN_CONSENT_DOCS } from './documents'
import type { Db } from '../db'

/** The current text of a consent document. */
export const consentDocument = (id: LoanConsentDocument): LoanDocument =>
  LOAN_CONSENT_DOCS.find((doc) => doc.id === id)!

/** True when the document was agreed to in its current version. */
export const hasCurrentConsent = (consents: LoanConsent[], id: LoanConsentDocument) =>
  consents.some((c) => c.documentId === id && c.version === consentDocument(id).version)

/** True when every authorisation was agreed to in its current version. */
export const hasAllCurrentConsents = (consents: LoanConsent[]) =>
  LOAN_CONSENT_DOCS.every((doc) => hasCurrentConsent(consents, doc.id))

/** The application's consents, in document order. */
export function listConsents(db: Db, applicationId: string): LoanConsent[] {
  const rows = db
    .prepare('SELECT document_id, version, agreed_at FROM loan_consents WHERE application_id = ?')
    .all(applicationId) as { document_id: LoanConsentDocument; version: string; agreed_at: number }[]
  const order = (id: string) => LOAN_CONSENT_DOCS.findIndex((doc) => doc.id === id)
  return rows
    .sort((a, b) => order(a.document_id) - order(b.document_id))
    .map((r) => ({
      documentId: r.document_id,
      version: r.version,
      agreedAt: new Date(r.agreed_at).toISOString(),
    }))
}

/**
 * Records agreement to the current version (again: agreedAt moves). An old version is 422
 * CONSENT_VERSION_OUTDATED: the customer must read the current text first.
 */
export function recordConsent(
  db: Db,
  applicationId: string,
  documentId: LoanConsentDocument,
  version: string,
  nowMs: number,
): void {
  const current = consentDocument(documentId).version
  if (version !== current) throw versionOutdated('version', current, '授权书已更新，请阅读最新版本后再同意')
  db.prepare(
    `INSERT INTO loan_consents (application_id, document_id, version, agreed_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(application_id, document_id) DO UPDATE SET version = excluded.version, agreed_at = excluded.agreed_at`,
  ).run(applicationId, documentId, version, nowMs)
}

/** 422 CONSENT_VERSION_OUTDATED: `field` names an old version; details.version is the current one. */
export function versionOutdated(field: string, version: string, message: string) {
  return bankError('CONSENT_VERSION_OUTDATED', {
    message,
    details: { version, fields: [{ field, message }] },
  })
}
