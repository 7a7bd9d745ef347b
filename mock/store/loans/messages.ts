// What the bank tells a borrower in the message centre: the decision, the money, each repayment, the
// settlement, and reminders before (and after) a due date. Derived from the loan tables when the
// messages are read, once each (dedupe keys), dated when the event happened.
import { beijingDate } from '../../../src/utils/beijing-time'
import { addDays } from '../../../src/utils/calendar-date'
import { formatFen, formatRateBp } from '../../../src/utils/money'
import { PENALTY_RULE_TEXT } from '../../../src/utils/rule-text'
import type { Db } from '../db'
import type { LoanApplicationRow } from './applications'
import { DECLINE_REASONS } from './decision'
import { findLine } from './credit-lines'
import { listRepayments, type InstalmentRow, type LoanRow } from './loans'
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
  const card = `尾号${findLine(db, loan.credit_line_id)!.card_last_four}的卡`
  const debits = new Map(
    (
      db.prepare('SELECT idx, attempted_at, ok FROM loan_debits WHERE loan_id = ?').all(loan.id) as {
        idx: number
        attempted_at: number
        ok: number
      }[]
    ).map((d) => [d.idx, d]),
  )
  const repayments = new Map(
    listRepayments(db, loan.id)
      .filter((r) => r.kind === 'instalment')
      .map((r) => [r.instalment_index, r]),
  )
  const today = beijingDate(nowMs)
  for (const row of instalments) {
    const debit = debits.get(row.idx)
    if (debit && !debit.ok)
      add(
        '自动扣款失败',
        `${card}余额不足，第${row.idx}期${yuan(row.payment_fen)}扣款未成功。请今日内存入资金后在借款详情中还款；逾期将按合同计收罚息。`,
        `loan-debit-failed:${loan.id}:${row.idx}`,
        debit.attempted_at,
      )
    const paid = repayments.get(row.idx)
    if (row.paid_at !== null) {
      if (!paid) continue // part of settling early
      const penalty = paid.penalty_fen ? `（含罚息${yuan(paid.penalty_fen)}）` : ''
      add(
        paid.channel === 'auto-debit' ? '自动扣款成功' : '还款成功',
        paid.channel === 'auto-debit'
          ? `第${row.idx}期${yuan(row.payment_fen)}已从${card}扣款。`
          : `第${row.idx}期已还款${yuan(paid.principal_fen + paid.interest_fen + paid.penalty_fen)}${penalty}。`,
        `loan-paid:${loan.id}:${row.idx}`,
        row.paid_at,
      )
    } else if (row.due_date < today) {
      add(
        '借款已逾期',
        `第${row.idx}期${yuan(row.payment_fen)}已于${row.due_date}到期未还。自逾期次日起按${PENALTY_RULE_TEXT}，请尽快还款，以免影响您的征信。`,
        `loan-overdue:${loan.id}:${row.idx}`,
        nowMs,
      )
    } else if (!debit && row.due_date <= addDays(today, REMIND_DAYS_AHEAD)) {
      add(
        '还款提醒',
        `第${row.idx}期${yuan(row.payment_fen)}将于${row.due_date}从${card}自动扣款，请确保卡内余额充足。`,
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
