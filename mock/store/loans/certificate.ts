// The settlement certificate (结清证明) of a settled loan.
import type { SettlementCertificate } from '../../../src/contract/loans'
import { beijingDate } from '../../../src/utils/beijing-time'
import { formatFen } from '../../../src/utils/money'
import { maskIdNumber, maskName } from '../../../src/utils/mask'
import { bankError } from '../../errors'
import { LOAN_BANK_NAME } from './documents'
import { formatChineseDate } from '../../../src/utils/date-text'
import { findLine } from './credit-lines'
import type { Db } from '../db'
import type { LoanRow } from './loans'
import type { UserRow } from '../auth/users'

/** The certificate; 409 LOAN_NOT_SETTLED while anything is owed. Issued at settlement. */
export function settlementCertificate(db: Db, loan: LoanRow, user: UserRow): SettlementCertificate {
  if (loan.settled_at === null || loan.certificate_number === null) throw bankError('LOAN_NOT_SETTLED')
  const contractNumber = findLine(db, loan.credit_line_id)!.contract_number
  const name = maskName(user.real_name ?? '')
  const drawnOn = formatChineseDate(beijingDate(loan.funded_at))
  const settledOn = formatChineseDate(beijingDate(loan.settled_at))
  return {
    certificateNumber: loan.certificate_number,
    contractNumber,
    borrowerNameMasked: name,
    idNumberMasked: maskIdNumber(user.id_number ?? ''),
    principalFen: loan.principal_fen,
    drawnAt: new Date(loan.funded_at).toISOString(),
    settledAt: new Date(loan.settled_at).toISOString(),
    issuedAt: new Date(loan.settled_at).toISOString(),
    issuer: LOAN_BANK_NAME,
    statement:
      `兹证明借款人${name}于${drawnOn}在本行办理的阳光e贷（合同编号${contractNumber}）借款本金人民币` +
      `${formatFen(loan.principal_fen)}元，已于${settledOn}全部结清，本行与借款人之间就该笔借款的债权债务关系已终结。特此证明。`,
  }
}
