// The credit_lines table: a signed approval becomes a revolving line; used_fen always equals the
// outstanding principal of the line's active loans (a CHECK keeps it within the limit).
import { randomUUID } from 'node:crypto'
import type { CreditLine } from '../../../src/contract/loans'
import { beijingDate } from '../../../src/utils/beijing-time'
import { bankError } from '../../errors'
import type { Db } from '../db'

/** A credit_lines row. */
export interface CreditLineRow {
  id: string
  customer_id: string
  application_id: string
  limit_fen: number
  used_fen: number
  apr_bp: number
  expires_on: string
  card_masked: string
  card_last_four: string
  card_bank: string
  contract_number: string
  created_at: number
}

/** The line's last day has passed (Beijing date). */
export const isLineExpired = (line: CreditLineRow, nowMs: number) => beijingDate(nowMs) > line.expires_on

/** The line with this id, if any. */
export function findLine(db: Db, id: string): CreditLineRow | undefined {
  return db.prepare('SELECT * FROM credit_lines WHERE id = ?').get(id) as CreditLineRow | undefined
}

/** The customer's most recent line, expired or not. */
export function findLatestLine(db: Db, customerId: string): CreditLineRow | undefined {
  return db
    .prepare('SELECT * FROM credit_lines WHERE customer_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1')
    .get(customerId) as CreditLineRow | undefined
}

/** The customer's line if it has not expired. */
export function findActiveLine(db: Db, customerId: string, nowMs: number): CreditLineRow | undefined {
  const line = findLatestLine(db, customerId)
  return line && !isLineExpired(line, nowMs) ? line : undefined
}

/** What a new line is made of (from a signed approval). */
export type NewLine = Omit<CreditLineRow, 'id' | 'used_fen'>

/** Opens a line with nothing used; call inside the signing transaction. */
export function insertLine(db: Db, line: NewLine): CreditLineRow {
  const id = `cl_${randomUUID()}`
  db.prepare(
    `INSERT INTO credit_lines (id, customer_id, application_id, limit_fen, apr_bp, expires_on, card_masked, card_last_four, card_bank, contract_number, created_at)
     VALUES (@id, @customer_id, @application_id, @limit_fen, @apr_bp, @expires_on, @card_masked, @card_last_four, @card_bank, @contract_number, @created_at)`,
  ).run({ ...line, id })
  return findLine(db, id)!
}

/** Moves used_fen by `deltaFen` (positive: drawn, negative: principal repaid). */
export function changeUsed(db: Db, lineId: string, deltaFen: number): void {
  db.prepare('UPDATE credit_lines SET used_fen = used_fen + ? WHERE id = ?').run(deltaFen, lineId)
}

/** The customer's view of a line. */
export function toCreditLineView(line: CreditLineRow, nowMs: number): CreditLine {
  return {
    id: line.id,
    limitFen: line.limit_fen,
    usedFen: line.used_fen,
    availableFen: line.limit_fen - line.used_fen,
    aprBp: line.apr_bp,
    expiresOn: line.expires_on,
    expired: isLineExpired(line, nowMs),
    card: { numberMasked: line.card_masked, lastFour: line.card_last_four, bankName: line.card_bank },
    contractNumber: line.contract_number,
  }
}

/** 422 APPROVAL_EXPIRED for a line past its last day. */
export const lineExpired = () => bankError('APPROVAL_EXPIRED', { message: '授信额度已到期，请重新申请' })
