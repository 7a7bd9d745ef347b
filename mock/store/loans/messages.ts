// What the bank tells a borrower in the message centre: the decision, the money, each repayment, the
// settlement, and reminders before (and after) a due date. Derived from the loan tables when the
// messages are read, once each (dedupe keys), dated when the event happened.
import { beijingDate } from '../../../src/utils/beijing-time'
import { addDays } from '../../../src/utils/calendar-date'
import { formatFen, formatRateBp } from '../../../src/utils/money'
import type { Db } from '../db'
import type { LoanApplicationRow } from './applications'
import { DECLINE_REASONS } from './decision'
import type { InstalmentRow, LoanRow } from './loans'
import { addMessage } from '../messages/messages'

/** Days before a due date the reminder arrives. */
const REMIND_DAYS_AHEAD = 3

const yuan = (fen: number) => `${formatFen(fen)}元`

function addDecisionMessages(db: Db, userId: string, nowMs: number): void {
  const decided = db
    .prepare(
      'SELECT * FROM loan_applications WHERE customer_id = ? AND decided_at IS NOT NULL AND decided_at <= ?',
    )
    .all(userId, nowMs) as LoanApplicationRow[]
  for (const row of decided) {
    const approved = row.decision === 'approved'
    addMessage(
      db,
      {
        userId,
        kind: 'loan',
        title: approved ? '阳光e贷审批通过' : '阳光e贷申请未通过',
        body: approved
          ? `核定额度${yuan(row.limit_fen!)}，年化利率（单利）${formatRateBp(row.apr_bp!)}。请在7天内签署合同，签署后即可借款。`
          : `原因：${DECLINE_REASONS[row.decline_reason!]}。自${row.reapply_from}起可重新申请，也可请客户经理与您联系。`,
        link: { type: 'loan-application', id: row.id },
        dedupeKey: `loan-decision:${row.id}`,
      },
      row.decided_at!,
    )
  }
}

function addLoanEventMessages(db: Db, userId: string, loan: LoanRow, nowMs: number): void {
  const link = { type: 'loan' as const, id: loan.id }
  const add = (title: string, body: string, key: string, at: number) =>
    addMessage(db, { userId, kind: 'loan', title, body, link, dedupeKey: key }, at)
  add(
    '放款成功',
    `借款${yuan(loan.principal_fen)}已转入您的收款卡，年化利率（单利）${formatRateBp(loan.apr_bp)}，共${loan.term_months}期。`,
    `loan-funded:${loan.id}`,
    loan.funded_at,
  )
  const instalments = db
    .prepare('SELECT * FROM loan_instalments WHERE loan_id = ? ORDER BY idx')
    .all(loan.id) as InstalmentRow[]
  const today = beijingDate(nowMs)
  for (const row of instalments) {
    if (row.paid_at !== null) {
      if (loan.settled_at !== null && row.paid_at === loan.settled_at) continue // part of settling
      add(
        '还款成功',
        `第${row.idx}期${yuan(row.payment_fen)}已还款。`,
        `loan-paid:${loan.id}:${row.idx}`,
        row.paid_at,
      )
    } else if (row.due_date < today) {
      add(
        '借款已逾期',
        `第${row.idx}期${yuan(row.payment_fen)}已于${row.due_date}到期未还，请尽快还款，以免影响您的征信。`,
        `loan-overdue:${loan.id}:${row.idx}`,
        nowMs,
      )
    } else if (row.due_date <= addDays(today, REMIND_DAYS_AHEAD)) {
      add(
        '还款提醒',
        `第${row.idx}期${yuan(row.payment_fen)}将于${row.due_date}到期，请在到期前还款。`,
        `loan-due:${loan.id}:${row.idx}`,
        nowMs,
      )
    }
  }
  if (loan.settled_at !== null)
    add(
      '贷款已结清',
      '您的借款已全部还清，可在借款详情中查看结清证明。',
      `loan-settled:${loan.id}`,
      loan.settled_at,
    )
}

/** Adds every loan message the borrower has not had yet. Call inside the reader's transaction. */
export function addLoanMessages(db: Db, userId: string, nowMs: number): void {
  addDecisionMessages(db, userId, nowMs)
  const loans = db.prepare('SELECT * FROM loans WHERE customer_id = ?').all(userId) as LoanRow[]
  for (const loan of loans) addLoanEventMessages(db, userId, loan, nowMs)
}
