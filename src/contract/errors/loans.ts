// Errors of the Sunshine e-loan (阳光e贷): application, signing, drawdown and repayment.
import type { ErrorMessages, ErrorStatus } from './spec'

export const LOAN_ERRORS = {
  /** Real-name verification is needed before applying. */
  REAL_NAME_REQUIRED: 422,
  /** The borrower's age (from the ID number) is outside LOAN_MIN_AGE..LOAN_MAX_AGE. */
  LOAN_AGE_NOT_ELIGIBLE: 422,
  /** The customer already holds an active credit line. */
  CREDIT_LINE_EXISTS: 409,
  /** Loans of an earlier (expired) credit line are still being repaid: settle them first. */
  LOANS_OUTSTANDING: 409,
  /** Declined recently; details.reapplyFrom (YYYY-MM-DD). */
  REAPPLY_TOO_SOON: 422,
  /** The application is past the step this request changes (e.g. editing after submission). */
  APPLICATION_NOT_EDITABLE: 409,
  /** Submitting before card/consents/face are done; details.missing lists the steps. */
  APPLICATION_INCOMPLETE: 422,
  /** A document version that is not the current one; details.version is current. */
  CONSENT_VERSION_OUTDATED: 422,
  /** The face check needs the biometric consent first. */
  BIOMETRIC_CONSENT_REQUIRED: 422,
  /** The face-check challenge is unknown, expired, used, or the digits do not match. */
  FACE_CHECK_FAILED: 422,
  /** The approval (offer or credit line) has expired. */
  APPROVAL_EXPIRED: 422,
  /** Signing before approval, or drawing without a signed credit line. */
  NO_CREDIT_LINE: 409,
  /** Drawdown above the available limit; details.availableFen. */
  LIMIT_INSUFFICIENT: 409,
  /** The loan is already paid off. */
  LOAN_SETTLED: 409,
  /** The loan is not paid off yet (settlement certificate). */
  LOAN_NOT_SETTLED: 409,
  /** An instalment is due or overdue: pay it before repaying early; details.index. */
  INSTALMENT_DUE_FIRST: 409,
  /** Repaying another instalment than the earliest unpaid one; details.index is the one to pay. */
  INSTALMENT_NOT_NEXT: 422,
  /** The instalment does not fall due yet: paying ahead goes through the early-repayment quote. */
  INSTALMENT_NOT_DUE: 422,
  /** The instalment was paid meanwhile (by the due-date card debit, or another device). */
  INSTALMENT_ALREADY_PAID: 409,
  /**
   * The card is not the borrower's: its bank names another holder, or another customer bound it. One
   * answer for both, so the check tells a stranger nothing about whose a card is; details.fields.
   */
  CARD_CHECK_FAILED: 422,
  /** CARD_CHECK_REFUSALS_PER_DAY refused cards today: until midnight (Beijing); details.retryAfterSeconds. */
  CARD_CHECK_TOO_MANY_ATTEMPTS: 429,
  /** The early-repayment total changed since the quote; details.totalFen is the new one. */
  QUOTE_CHANGED: 409,
} as const satisfies Record<string, ErrorStatus>

/** The default Chinese message of each code (the bank's answer may be more precise). */
export const LOAN_ERROR_MESSAGES: ErrorMessages<typeof LOAN_ERRORS> = {
  REAL_NAME_REQUIRED: '请先完成实名认证，再申请阳光e贷',
  LOAN_AGE_NOT_ELIGIBLE: '阳光e贷仅面向年满18周岁、不超过65周岁的客户',
  CREDIT_LINE_EXISTS: '您已有生效中的阳光e贷额度，可直接借款',
  LOANS_OUTSTANDING: '您还有未结清的阳光e贷借款，结清后可重新申请额度',
  REAPPLY_TOO_SOON: '您近期的申请未通过，请稍后再申请',
  APPLICATION_NOT_EDITABLE: '申请已提交，不能再修改',
  APPLICATION_INCOMPLETE: '申请资料尚未完成',
  CONSENT_VERSION_OUTDATED: '授权书已更新，请重新阅读',
  BIOMETRIC_CONSENT_REQUIRED: '请先阅读并同意《人脸识别及生物识别信息处理授权书》',
  FACE_CHECK_FAILED: '人脸识别未通过，请重新发起识别',
  APPROVAL_EXPIRED: '审批结果已过期，请重新申请',
  NO_CREDIT_LINE: '您还没有可用的阳光e贷额度',
  LIMIT_INSUFFICIENT: '借款金额超过可用额度',
  LOAN_SETTLED: '该笔借款已结清',
  LOAN_NOT_SETTLED: '借款全部结清后才能开具结清证明',
  INSTALMENT_DUE_FIRST: '有已到期的一期，请先归还该期后再提前还款',
  INSTALMENT_NOT_NEXT: '请按期次顺序还款',
  INSTALMENT_NOT_DUE: '该期尚未到还款日，到期当天将自动扣款；如需提前还款，请使用提前还款',
  INSTALMENT_ALREADY_PAID: '该期已还款',
  CARD_CHECK_FAILED: '银行卡验证未通过，请使用您本人名下、未被他人绑定的借记卡',
  CARD_CHECK_TOO_MANY_ATTEMPTS: '今日银行卡验证未通过次数过多，请明天再试，或携带银行卡到网点办理',
  QUOTE_CHANGED: '应还金额已更新，请确认新的金额后再还款',
}
