// Renders LoanContract: for an approval (to read before signing, and the signed copy) and for a
// drawn loan (the line's contract plus the drawdown's own section).
import type { LoanContract } from '../../../src/contract/loans'
import { beijingDate } from '../../../src/utils/beijing-time'
import { maskIdNumber, maskName } from '../../../src/utils/mask'
import {
  LOAN_CONTRACT_TITLE,
  LOAN_CONTRACT_VERSION,
  drawdownSection,
  lineSections,
  type LineTerms,
} from './contract-template'
import { findLine } from './credit-lines'
import type { Db } from '../db'
import { findApplication, type LoanApplicationRow } from './applications'
import { effectiveStatus, notApproved } from './application-state'
import { cardView } from './card'
import { listInstalments, type LoanRow } from './loans'
import type { UserRow } from '../auth/users'

function lineTermsOf(row: LoanApplicationRow, user: UserRow): LineTerms {
  return {
    contractNumber: row.contract_number!,
    borrowerNameMasked: maskName(user.real_name ?? ''),
    idNumberMasked: maskIdNumber(user.id_number ?? ''),
    limitFen: row.limit_fen!,
    aprBp: row.apr_bp!,
    limitExpiresOn: row.limit_expires_on!,
    card: cardView(row)!,
  }
}

function render(row: LoanApplicationRow, user: UserRow): LoanContract {
  return {
    contractNumber: row.contract_number!,
    title: LOAN_CONTRACT_TITLE,
    version: LOAN_CONTRACT_VERSION,
    signedAt: row.signed_at === null ? null : new Date(row.signed_at).toISOString(),
    sections: lineSections(lineTermsOf(row, user)),
  }
}

/** The contract of an approved (or signed) application; 409 NO_CREDIT_LINE before approval. */
export function applicationContract(row: LoanApplicationRow, user: UserRow, nowMs: number): LoanContract {
  const status = effectiveStatus(row, nowMs)
  if (status !== 'approved' && status !== 'signed') throw notApproved()
  return render(row, user)
}

/** The signed contract of the loan's line with this drawdown's figures appended. */
export function loanContract(db: Db, loan: LoanRow, user: UserRow): LoanContract {
  const application = findApplication(db, findLine(db, loan.credit_line_id)!.application_id)!
  const contract = render(application, user)
  const instalments = listInstalments(db, loan.id)
  const section = drawdownSection({
    principalFen: loan.principal_fen,
    termMonths: loan.term_months,
    method: loan.method,
    aprBp: loan.apr_bp,
    totalInterestFen: loan.total_interest_fen,
    firstDueDate: instalments[0].due_date,
    lastDueDate: instalments[instalments.length - 1].due_date,
    drawnOn: beijingDate(loan.funded_at),
  })
  return { ...contract, sections: [...contract.sections, section] }
}
