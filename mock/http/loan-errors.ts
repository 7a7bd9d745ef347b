// Business errors of the Sunshine e-loan, with their Chinese messages, in one place.
import { ERROR_CODES } from '../../src/contract/constants'
import { chineseDate, yuan } from '../seed/loan-text'
import { BusinessError } from './errors'

export const loanErrors = {
  realNameRequired: () =>
    new BusinessError(422, ERROR_CODES.REAL_NAME_REQUIRED, '请先完成实名认证，再申请阳光e贷'),
  creditLineExists: () =>
    new BusinessError(409, ERROR_CODES.CREDIT_LINE_EXISTS, '您已有生效中的阳光e贷额度，可直接借款'),
  loansOutstanding: () =>
    new BusinessError(409, ERROR_CODES.LOANS_OUTSTANDING, '您还有未结清的阳光e贷借款，结清后可重新申请额度'),
  reapplyTooSoon: (reapplyFrom: string) =>
    new BusinessError(
      422,
      ERROR_CODES.REAPPLY_TOO_SOON,
      `您近期的申请未通过，请于${chineseDate(reapplyFrom)}起再申请`,
      { reapplyFrom },
    ),
  notEditable: (message = '申请已提交，不能再修改') =>
    new BusinessError(409, ERROR_CODES.APPLICATION_NOT_EDITABLE, message),
  incomplete: (missing: string[], message: string) =>
    new BusinessError(422, ERROR_CODES.APPLICATION_INCOMPLETE, message, { missing }),
  versionOutdated: (field: string, version: string, message: string) =>
    new BusinessError(422, ERROR_CODES.CONSENT_VERSION_OUTDATED, message, {
      version,
      fields: [{ field, message }],
    }),
  biometricConsentRequired: () =>
    new BusinessError(
      422,
      ERROR_CODES.BIOMETRIC_CONSENT_REQUIRED,
      '请先阅读并同意《人脸识别及生物识别信息处理授权书》',
    ),
  faceCheckFailed: () =>
    new BusinessError(422, ERROR_CODES.FACE_CHECK_FAILED, '人脸识别未通过，请重新发起识别'),
  offerExpired: () => new BusinessError(422, ERROR_CODES.APPROVAL_EXPIRED, '审批结果已过期，请重新申请'),
  lineExpired: () => new BusinessError(422, ERROR_CODES.APPROVAL_EXPIRED, '授信额度已到期，请重新申请'),
  notApproved: () => new BusinessError(409, ERROR_CODES.NO_CREDIT_LINE, '申请尚未审批通过'),
  noCreditLine: () => new BusinessError(409, ERROR_CODES.NO_CREDIT_LINE, '您还没有可用的阳光e贷额度'),
  limitInsufficient: (availableFen: number) => {
    const message = `借款金额不能超过可用额度${yuan(availableFen)}`
    return new BusinessError(409, ERROR_CODES.LIMIT_INSUFFICIENT, message, {
      availableFen,
      fields: [{ field: 'amountFen', message }],
    })
  },
  loanSettled: () => new BusinessError(409, ERROR_CODES.LOAN_SETTLED, '该笔借款已结清'),
  loanNotSettled: () =>
    new BusinessError(409, ERROR_CODES.LOAN_NOT_SETTLED, '借款全部结清后才能开具结清证明'),
  instalmentDueFirst: (index: number) =>
    new BusinessError(
      409,
      ERROR_CODES.INSTALMENT_DUE_FIRST,
      `第${index}期已到还款日，请先归还该期后再提前还款`,
      { index },
    ),
  quoteChanged: (totalFen: number) =>
    new BusinessError(409, ERROR_CODES.QUOTE_CHANGED, '应还金额已更新，请确认新的金额后再还款', {
      totalFen,
    }),
  /** Repaying another instalment than the earliest unpaid one (422, shown at the index field). */
  payEarliestFirst: (index: number) => {
    const message = `请先归还第${index}期`
    return new BusinessError(422, ERROR_CODES.VALIDATION_FAILED, message, {
      index,
      fields: [{ field: 'index', message }],
    })
  },
}
