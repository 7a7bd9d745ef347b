// The Sunshine e-loan (阳光e贷): application, decision, contract, drawdown, loans and repayment.
import { SmsCodeResult } from '../auth'
import { EmptyRequest } from '../common'
import {
  DrawdownRequest,
  EarlyRepaymentQuoteResult,
  EarlyRepaymentRequest,
  FaceChallenge,
  FaceCheckRequest,
  Loan,
  LoanApplication,
  LoanApplyRequest,
  LoanCardRequest,
  LoanConsentRequest,
  LoanContract,
  LoanDocumentList,
  LoanDraftRequest,
  LoanIdParams,
  LoanListResult,
  LoanOverview,
  LoanSignRequest,
  RepaymentRequest,
  CardCodeSent,
  SettlementCertificate,
} from '../loans'
import type { EndpointSpec } from './spec'

const tag = 'loan'
/** Every change to an application needs it to be the customer's own draft. */
const DRAFT_ONLY = ['APPLICATION_NOT_EDITABLE'] as const
/** Refusals of an SMS code (signing, drawdown). */
const SMS_CHECK = ['SMS_CODE_EXPIRED', 'SMS_CODE_NOT_SENT', 'SMS_CODE_WRONG', 'SMS_CODE_SPENT'] as const
/** Refusals of asking for a code. */
const SMS_SEND = ['SMS_TOO_FREQUENT', 'SMS_DAILY_LIMIT', 'SMS_CALLER_LIMIT', 'SMS_SERVICE_BUSY'] as const

export const LOAN_API = {
  listLoanDocuments: {
    tag,
    summary: '贷款授权书（公开）',
    description: 'The three authorisations in the order they are read.',
    response: { 200: LoanDocumentList },
    errors: [],
  },
  getLoanOverview: {
    tag,
    summary: '阳光e贷概览',
    description:
      'Pre-approval, the open (else latest) application, the latest credit line, active loans, and the earliest instalment still to pay.',
    response: { 200: LoanOverview },
    errors: [],
  },
  startLoanApplication: {
    tag,
    summary: '发起阳光e贷申请',
    description:
      '201 a new draft, 200 the open one (one per customer). Borrowers are 18 to 65 on the day (from the ID number; checked again at submission). LOANS_OUTSTANDING: an expired line is still owed; REAPPLY_TOO_SOON carries details.reapplyFrom.',
    body: EmptyRequest,
    response: { 200: LoanApplication, 201: LoanApplication },
    errors: [
      'REAL_NAME_REQUIRED',
      'LOAN_AGE_NOT_ELIGIBLE',
      'CREDIT_LINE_EXISTS',
      'LOANS_OUTSTANDING',
      'REAPPLY_TOO_SOON',
    ],
  },
  getLoanApplication: {
    tag,
    summary: '贷款申请详情',
    description: 'The step to do next is derived by the bank. 404 for other customers.',
    params: LoanIdParams,
    response: { 200: LoanApplication },
    errors: [],
  },
  saveLoanDraft: {
    tag,
    summary: '保存申请草稿',
    description: 'Fields are stored as typed.',
    params: LoanIdParams,
    body: LoanDraftRequest,
    response: { 200: LoanApplication },
    errors: DRAFT_ONLY,
  },
  saveLoanCard: {
    tag,
    summary: '绑定收款银行卡',
    description:
      'The four-factor check a bank makes: the card (Luhn, 400 on cardNumber), its holder against the ' +
      "borrower's real name and ID, and a code to the card's reserved phone: without smsCode the answer " +
      'is 202 CODE_SENT, with it the card is bound (a code confirms only the card it was sent for). A ' +
      'card in another name or bound by another customer is one answer, 422 CARD_CHECK_FAILED; after ' +
      '5 of those in a Beijing day, 429 CARD_CHECK_TOO_MANY_ATTEMPTS until midnight. Only the masked ' +
      'number and a keyed hash are kept.',
    params: LoanIdParams,
    body: LoanCardRequest,
    response: { 200: LoanApplication, 202: CardCodeSent },
    errors: [...DRAFT_ONLY, 'CARD_CHECK_FAILED', 'CARD_CHECK_TOO_MANY_ATTEMPTS', ...SMS_SEND, ...SMS_CHECK],
  },
  agreeToLoanDocument: {
    tag,
    summary: '同意授权书',
    description:
      'CONSENT_VERSION_OUTDATED carries the current details.version; agreeing again records a new time.',
    params: LoanIdParams,
    body: LoanConsentRequest,
    response: { 200: LoanApplication },
    errors: [...DRAFT_ONLY, 'CONSENT_VERSION_OUTDATED'],
  },
  createFaceChallenge: {
    tag,
    summary: '发起人脸识别（模拟）',
    description: '4 digits to read aloud, valid 120 s, single use.',
    params: LoanIdParams,
    body: EmptyRequest,
    response: { 201: FaceChallenge },
    errors: [...DRAFT_ONLY, 'BIOMETRIC_CONSENT_REQUIRED'],
  },
  verifyFace: {
    tag,
    summary: '提交人脸识别结果（模拟）',
    description: 'FACE_CHECK_FAILED when the challenge is unknown, expired, used or the digits differ.',
    params: LoanIdParams,
    body: FaceCheckRequest,
    response: { 200: LoanApplication },
    errors: [...DRAFT_ONLY, 'FACE_CHECK_FAILED'],
  },
  submitLoanApplication: {
    tag,
    summary: '提交贷款申请',
    description:
      '202 reviewing: four 1-second stages, then approved or declined. APPLICATION_INCOMPLETE carries details.missing; 400 on amountFen, termMonths, annualIncomeFen.',
    params: LoanIdParams,
    body: LoanApplyRequest,
    response: { 202: LoanApplication },
    errors: [...DRAFT_ONLY, 'APPLICATION_INCOMPLETE', 'LOAN_AGE_NOT_ELIGIBLE'],
  },
  getApplicationContract: {
    tag,
    summary: '借款合同（审批通过后）',
    description: 'Rendered from the approval.',
    params: LoanIdParams,
    response: { 200: LoanContract },
    errors: ['NO_CREDIT_LINE'],
  },
  sendSignCode: {
    tag,
    summary: '发送签约短信验证码',
    description: "Purpose loan-sign, to the customer's own phone; its own 60 s window.",
    params: LoanIdParams,
    body: EmptyRequest,
    response: { 202: SmsCodeResult },
    errors: ['NO_CREDIT_LINE', 'APPROVAL_EXPIRED', ...SMS_SEND],
  },
  signLoanContract: {
    tag,
    summary: '签署借款合同',
    description: 'Opens the credit line. SMS refusals carry details.fields on smsCode.',
    params: LoanIdParams,
    body: LoanSignRequest,
    response: { 200: LoanApplication },
    errors: [...DRAFT_ONLY, 'NO_CREDIT_LINE', 'APPROVAL_EXPIRED', 'CONSENT_VERSION_OUTDATED', ...SMS_CHECK],
  },
  sendDrawdownCode: {
    tag,
    summary: '发送借款短信验证码',
    description: 'Purpose loan-drawdown; its own 60 s window.',
    body: EmptyRequest,
    response: { 202: SmsCodeResult },
    errors: ['NO_CREDIT_LINE', 'APPROVAL_EXPIRED', ...SMS_SEND],
  },
  drawdown: {
    tag,
    summary: '借款（从授信额度提款）',
    description:
      'One transaction; the SMS code is checked last. LIMIT_INSUFFICIENT carries details.availableFen. secondsToFunds: from the application for the first loan of a line, from the drawdown code for later ones.',
    body: DrawdownRequest,
    response: { 201: Loan },
    errors: ['NO_CREDIT_LINE', 'APPROVAL_EXPIRED', 'LIMIT_INSUFFICIENT', ...SMS_CHECK],
  },
  listLoans: {
    tag,
    summary: '我的借款',
    description: 'Active first, then settled; newest first within each.',
    response: { 200: LoanListResult },
    errors: [],
  },
  getLoan: {
    tag,
    summary: '借款详情',
    description: 'Instalment states computed on read (Beijing date). 404 for other customers.',
    params: LoanIdParams,
    response: { 200: Loan },
    errors: [],
  },
  sendRepaymentCode: {
    tag,
    summary: '发送还款短信验证码',
    description: 'Purpose loan-repayment (instalments and early settlement); its own 60 s window.',
    params: LoanIdParams,
    body: EmptyRequest,
    response: { 202: SmsCodeResult },
    errors: ['LOAN_SETTLED', ...SMS_SEND],
  },
  repayInstalment: {
    tag,
    summary: '归还一期（到期或逾期）',
    description:
      'Pays the earliest unpaid instalment, due today or overdue, with penalty interest to date; its ' +
      'principal is available again. Earlier than its due date: INSTALMENT_NOT_DUE (use the early-' +
      'repayment quote). QUOTE_CHANGED (details.totalFen) when expectedFen is not the amount due now. ' +
      'The SMS code is checked last.',
    params: LoanIdParams,
    body: RepaymentRequest,
    response: { 200: Loan },
    errors: [
      'LOAN_SETTLED',
      'INSTALMENT_ALREADY_PAID',
      'INSTALMENT_NOT_NEXT',
      'INSTALMENT_NOT_DUE',
      'QUOTE_CHANGED',
      ...SMS_CHECK,
    ],
  },
  getEarlyRepaymentQuote: {
    tag,
    summary: '提前还款试算',
    description:
      'Outstanding principal + interest accrued ACT/360. INSTALMENT_DUE_FIRST carries details.index.',
    params: LoanIdParams,
    response: { 200: EarlyRepaymentQuoteResult },
    errors: ['INSTALMENT_DUE_FIRST', 'LOAN_SETTLED'],
  },
  repayEarly: {
    tag,
    summary: '提前结清',
    description:
      'QUOTE_CHANGED (details.totalFen) when expectedTotalFen is not the current total. The SMS code is checked last.',
    params: LoanIdParams,
    body: EarlyRepaymentRequest,
    response: { 200: Loan },
    errors: ['QUOTE_CHANGED', 'INSTALMENT_DUE_FIRST', 'LOAN_SETTLED', ...SMS_CHECK],
  },
  getLoanContract: {
    tag,
    summary: '借款合同（含本笔借据）',
    params: LoanIdParams,
    response: { 200: LoanContract },
    errors: [],
  },
  getSettlementCertificate: {
    tag,
    summary: '结清证明',
    params: LoanIdParams,
    response: { 200: SettlementCertificate },
    errors: ['LOAN_NOT_SETTLED'],
  },
} as const satisfies Record<string, EndpointSpec>
