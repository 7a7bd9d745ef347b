// Human-readable numbers of loan papers: <PREFIX>-<YYYYMMDD Beijing>-<6-digit sequence of that day>.
import { beijingDate } from '../../../src/utils/beijing-time'
import type { Db } from '../db'

/** YGED: loan contract (assigned at approval); JQZM: settlement certificate (assigned at settlement). */
export type LoanNumberPrefix = 'YGED' | 'JQZM'

/** Takes the next number of the day of `atMs`; call inside the caller's transaction. */
export function nextLoanNumber(db: Db, prefix: LoanNumberPrefix, atMs: number): string {
  const date = beijingDate(atMs).replace(/-/g, '')
  const { last } = db
    .prepare(
      `INSERT INTO loan_sequences (prefix, date, last) VALUES (?, ?, 1)
       ON CONFLICT(prefix, date) DO UPDATE SET last = last + 1 RETURNING last`,
    )
    .get(prefix, date) as { last: number }
  return `${prefix}-${date}-${String(last).padStart(6, '0')}`
}
