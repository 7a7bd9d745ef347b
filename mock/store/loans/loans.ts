// The loans aggregate's tables: loans, their instalments (the schedule as drawn) and repayments.
import type { Schedule } from '../../../src/utils/loan-schedule'
import type { RepaymentMethod } from '../../../src/utils/loan-schedule'
import { notFound } from '../../errors'
import type { Db } from '../db'

/** A loans row. */
export interface LoanRow {
  id: string
  credit_line_id: string
  customer_id: string
  principal_fen: number
  apr_bp: number
  term_months: number
  method: RepaymentMethod
  start_date: string
  total_interest_fen: number
  /** When the journey to the money started (see secondsToFunds in loan-view.ts). */
  requested_at: number
  funded_at: number
  settled_at: number | null
  certificate_number: string | null
}

/** A loan_instalments row. */
export interface InstalmentRow {
  loan_id: string
  idx: number
  due_date: string
  principal_fen: number
  interest_fen: number
  payment_fen: number
  balance_after_fen: number
  paid_at: number | null
}

/** The loan with this id, if any. */
export function findLoan(db: Db, id: string): LoanRow | undefined {
  return db.prepare('SELECT * FROM loans WHERE id = ?').get(id) as LoanRow | undefined
}

/** The customer's loan; 404 for unknown ids and other customers' loans alike. */
export function findOwnLoan(db: Db, customerId: string, id: string): LoanRow {
  const loan = findLoan(db, id)
  if (!loan || loan.customer_id !== customerId) throw notFound('借款不存在')
  return loan
}

/** The customer's loans: active first, then settled; newest first within each. */
export function listLoans(db: Db, customerId: string): LoanRow[] {
  return db
    .prepare(
      `SELECT * FROM loans WHERE customer_id = ?
       ORDER BY settled_at IS NOT NULL, funded_at DESC, rowid DESC LIMIT 200`,
    )
    .all(customerId) as LoanRow[]
}

/** How many loans were drawn on the line before (0 for its first loan). */
export function countLineLoans(db: Db, lineId: string): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM loans WHERE credit_line_id = ?').get(lineId) as { n: number })
    .n
}

/** The loan's instalments in order. */
export function listInstalments(db: Db, loanId: string): InstalmentRow[] {
  return db
    .prepare('SELECT * FROM loan_instalments WHERE loan_id = ? ORDER BY idx')
    .all(loanId) as InstalmentRow[]
}

/** Interest actually paid so far (instalments as scheduled, early repayment as accrued), penalty apart. */
export function interestPaidFen(db: Db, loanId: string): number {
  const row = db
    .prepare('SELECT COALESCE(SUM(interest_fen), 0) AS fen FROM loan_repayments WHERE loan_id = ?')
    .get(loanId) as { fen: number }
  return row.fen
}

/** What a new loan is made of. */
export interface NewLoan {
  id: string
  creditLineId: string
  customerId: string
  schedule: Schedule
  requestedAt: number
  fundedAt: number
}

/** Stores a drawn loan and its schedule; call inside the drawdown transaction. */
export function insertLoan(db: Db, loan: NewLoan): void {
  const s = loan.schedule
  db.prepare(
    `INSERT INTO loans (id, credit_line_id, customer_id, principal_fen, apr_bp, term_months, method, start_date, total_interest_fen, requested_at, funded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    loan.id,
    loan.creditLineId,
    loan.customerId,
    s.principalFen,
    s.aprBp,
    s.termMonths,
    s.method,
    s.startDate,
    s.totalInterestFen,
    loan.requestedAt,
    loan.fundedAt,
  )
  const instalment = db.prepare(
    `INSERT INTO loan_instalments (loan_id, idx, due_date, principal_fen, interest_fen, payment_fen, balance_after_fen)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  )
  for (const i of s.instalments)
    instalment.run(
      loan.id,
      i.index,
      i.dueDate,
      i.principalFen,
      i.interestFen,
      i.paymentFen,
      i.balanceAfterFen,
    )
}

/** The schedule as drawn, rebuilt from the stored rows (input of the early-repayment quote). */
export function scheduleOf(loan: LoanRow, instalments: InstalmentRow[]): Schedule {
  return {
    instalments: instalments.map((i) => ({
      index: i.idx,
      dueDate: i.due_date,
      principalFen: i.principal_fen,
      interestFen: i.interest_fen,
      paymentFen: i.payment_fen,
      balanceAfterFen: i.balance_after_fen,
    })),
    totalInterestFen: loan.total_interest_fen,
    totalPaymentFen: loan.principal_fen + loan.total_interest_fen,
    aprBp: loan.apr_bp,
    method: loan.method,
    principalFen: loan.principal_fen,
    termMonths: loan.term_months,
    startDate: loan.start_date,
  }
}

/** A loan_repayments row: money received for one instalment, or for settling early. */
export interface RepaymentRow {
  seq: number
  loan_id: string
  kind: 'instalment' | 'early'
  instalment_index: number | null
  principal_fen: number
  interest_fen: number
  penalty_fen: number
  /** 'app': the customer paid in the app; 'auto-debit': the bank debited the card on the due date. */
  channel: 'app' | 'auto-debit'
  paid_at: number
}

/** The loan's repayments, oldest first. */
export function listRepayments(db: Db, loanId: string): RepaymentRow[] {
  return db
    .prepare('SELECT * FROM loan_repayments WHERE loan_id = ? ORDER BY seq')
    .all(loanId) as RepaymentRow[]
}

/** Records money received. */
export function recordRepayment(
  db: Db,
  r: {
    loanId: string
    kind: 'instalment' | 'early'
    index: number | null
    principalFen: number
    interestFen: number
    penaltyFen: number
    channel: 'app' | 'auto-debit'
    paidAt: number
  },
): void {
  db.prepare(
    `INSERT INTO loan_repayments (loan_id, kind, instalment_index, principal_fen, interest_fen, penalty_fen, channel, paid_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(r.loanId, r.kind, r.index, r.principalFen, r.interestFen, r.penaltyFen, r.channel, r.paidAt)
}
