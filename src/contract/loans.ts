// Sunshine e-loan (阳光e贷): application, credit decision, contract, credit line, drawdown, loans.
// The mock bank is the authority for every figure; the schedule maths is src/utils/loan-schedule.
import { Type, type Static } from '@sinclair/typebox'
import {
  BORROWER_TYPES,
  INSTALMENT_STATUSES,
  LOAN_APPLICATION_STATUSES,
  LOAN_APPLICATION_STEPS,
  LOAN_CONSENT_DOCUMENTS,
  LOAN_DECISION_STAGES,
  LOAN_DECLINE_REASONS,
  LOAN_DOCUMENT_IDS,
  LOAN_PURPOSES,
  LOAN_STATUSES,
  REPAYMENT_METHODS,
} from './constants'
import { Bp, CodeSentAnswer, Fen, Id, IsoDate, IsoDateTime, PlainText, StringEnum } from './common'
import { PreApproval } from './me'

const Money = (title: string, description = 'Integer fen') =>
  Type.Integer({ title, description, minimum: 0, maximum: 100_000_000_00 })
const BorrowerType = StringEnum(BORROWER_TYPES, { title: '借款人类型' })
const Purpose = StringEnum(LOAN_PURPOSES, { title: '借款用途' })
const Method = StringEnum(REPAYMENT_METHODS, {
  title: '还款方式',
  description: 'equal-instalment 等额本息 | equal-principal 等额本金 | interest-first 先息后本',
})
const TermMonths = Type.Integer({ title: '借款期限', description: 'Months, 3-36', minimum: 1, maximum: 360 })
const SmsCode = Type.String({ title: '短信验证码', pattern: '^\\d{6}$' })

/** Path of /loan/applications/:id and /loans/:id. */
export const LoanIdParams = Type.Object({ id: Type.String({ title: '编号', minLength: 1, maxLength: 64 }) })
export type LoanIdParams = Static<typeof LoanIdParams>

// ---- documents and consents ----

/** A document the customer reads: an authorisation, or the contract template. */
export const LoanDocument = Type.Object(
  {
    id: StringEnum(LOAN_DOCUMENT_IDS),
    title: Type.String({ description: 'e.g. 征信查询授权书' }),
    version: Type.String({ description: 'Current version, e.g. 2026-11-01' }),
    summary: Type.String({ description: 'One sentence: what agreeing allows' }),
    paragraphs: Type.Array(Type.String(), { description: 'Full text, in order' }),
  },
  { description: 'Authorisation document' },
)
export type LoanDocument = Static<typeof LoanDocument>

/** Answer of GET /loan/documents (public): the three authorisations, in the order shown. */
export const LoanDocumentList = Type.Object({ items: Type.Array(LoanDocument) }, { description: 'Documents' })
export type LoanDocumentList = Static<typeof LoanDocumentList>

/** Body of POST /loan/applications/:id/consents. */
export const LoanConsentRequest = Type.Object(
  {
    documentId: StringEnum(LOAN_CONSENT_DOCUMENTS, { title: '授权书' }),
    version: Type.String({ title: '版本', minLength: 1, maxLength: 32 }),
  },
  { additionalProperties: false, description: 'Agree to one document (after reading it to the end)' },
)
export type LoanConsentRequest = Static<typeof LoanConsentRequest>

/** One recorded agreement. */
export const LoanConsent = Type.Object(
  { documentId: StringEnum(LOAN_CONSENT_DOCUMENTS), version: Type.String(), agreedAt: IsoDateTime },
  { description: 'What was agreed, which version, when' },
)
export type LoanConsent = Static<typeof LoanConsent>

// ---- application ----

/**
 * Body of PUT /loan/applications/:id/draft: what the customer has typed on the form, saved as typed
 * (strings, may be invalid). Keys [A-Za-z]{1,32}, at most 20, values at most 200 chars.
 */
export const LoanDraftRequest = Type.Object(
  {
    fields: Type.Record(Type.String({ pattern: '^[A-Za-z]{1,32}$' }), PlainText('表单内容', 200), {
      maxProperties: 20,
      // Without this, keys outside the pattern (with values of any type) would pass unchecked.
      additionalProperties: false,
    }),
  },
  { additionalProperties: false, description: 'Form fields as typed' },
)
export type LoanDraftRequest = Static<typeof LoanDraftRequest>

/** Saved draft of the application form. */
export const LoanDraft = Type.Object(
  { fields: Type.Record(Type.String(), Type.String()), savedAt: IsoDateTime },
  { description: 'Draft as last saved' },
)
export type LoanDraft = Static<typeof LoanDraft>

/** Body of PUT /loan/applications/:id/card: the card the money is paid into. */
export const LoanCardRequest = Type.Object(
  {
    cardNumber: Type.String({
      title: '银行卡号',
      description: '16-19 digits, Luhn check digit',
      pattern: '^\\d{16,19}$',
    }),
    smsCode: Type.Optional(
      Type.String({
        title: '短信验证码',
        description: "The code texted to the card's reserved phone (after CODE_SENT)",
        pattern: '^\\d{6}$',
      }),
    ),
  },
  { additionalProperties: false, description: 'Disbursement card' },
)
export type LoanCardRequest = Static<typeof LoanCardRequest>

/**
 * Answer (202) of PUT /loan/applications/:id/card without smsCode: the card's holder matches the
 * borrower, and a code went to the phone the card's bank holds for it (the fourth factor); send the
 * request again with smsCode to bind.
 */
export const CardCodeSent = CodeSentAnswer("The card's reserved phone, masked", 'Reserved-phone code sent')
export type CardCodeSent = Static<typeof CardCodeSent>

/** A bank card as shown back (never the full number). */
export const LoanCard = Type.Object(
  {
    numberMasked: Type.String({ description: 'e.g. 6228 **** **** 1234' }),
    lastFour: Type.String(),
    bankName: Type.String({ description: 'e.g. 兴化农商银行, or 他行借记卡' }),
  },
  { description: 'Disbursement card (masked)' },
)
export type LoanCard = Static<typeof LoanCard>

/** Answer of POST /loan/applications/:id/face-challenge: digits to read aloud (simulated liveness). */
export const FaceChallenge = Type.Object(
  {
    challengeId: Id,
    digits: Type.String({ description: '4 digits the customer reads aloud', pattern: '^\\d{4}$' }),
    expiresAt: IsoDateTime,
    simulated: Type.Literal(true, { description: 'The mock simulates the face check' }),
  },
  { description: 'Face-check challenge (valid 2 minutes, single use)' },
)
export type FaceChallenge = Static<typeof FaceChallenge>

/** Body of POST /loan/applications/:id/face. */
export const FaceCheckRequest = Type.Object(
  { challengeId: Id, digits: Type.String({ title: '数字', pattern: '^\\d{4}$' }) },
  { additionalProperties: false, description: 'Simulated face check result' },
)
export type FaceCheckRequest = Static<typeof FaceCheckRequest>

/** Body of POST /loan/applications/:id/submit. */
export const LoanApplyRequest = Type.Object(
  {
    borrowerType: BorrowerType,
    annualIncomeFen: Money('年收入'),
    purpose: Purpose,
    amountFen: Money('申请金额', '1,000-200,000 yuan in steps of 100, not above a pre-approved limit'),
    termMonths: TermMonths,
  },
  { additionalProperties: false, description: 'The application itself' },
)
export type LoanApplyRequest = Static<typeof LoanApplyRequest>

/** One stage of the credit decision. */
export const DecisionStage = Type.Object(
  {
    id: StringEnum(LOAN_DECISION_STAGES),
    title: Type.String({ description: 'e.g. 查询征信' }),
    status: StringEnum(['done', 'running', 'waiting'] as const),
  },
  { description: 'Decision stage' },
)
export type DecisionStage = Static<typeof DecisionStage>

/** An approval: limit, rate and how long the offer and the limit last. */
export const LoanApproval = Type.Object(
  {
    limitFen: Fen,
    aprBp: Bp,
    offerExpiresAt: IsoDateTime,
    limitExpiresOn: IsoDate,
    interestNote: Type.String({ description: 'How interest is computed, in Chinese' }),
  },
  { description: 'Approval' },
)
export type LoanApproval = Static<typeof LoanApproval>

/** A decline: plain reason, when to try again, and a referral offer. */
export const LoanDecline = Type.Object(
  {
    reasonCode: StringEnum(LOAN_DECLINE_REASONS),
    reason: Type.String({ description: 'Plain Chinese reason' }),
    reapplyFrom: IsoDate,
    referralProductId: Type.String({ description: 'Product to ask a manager about: pd_sunshine_loan' }),
  },
  { description: 'Decline' },
)
export type LoanDecline = Static<typeof LoanDecline>

/** An application as its customer sees it. */
export const LoanApplication = Type.Object(
  {
    id: Id,
    status: StringEnum(LOAN_APPLICATION_STATUSES),
    step: StringEnum(LOAN_APPLICATION_STEPS, { description: 'What the customer must do next' }),
    preApproved: Type.Boolean({ description: 'The household is whitelisted (name + ID match)' }),
    preApproval: Type.Union([PreApproval, Type.Null()]),
    card: Type.Union([LoanCard, Type.Null()]),
    faceVerifiedAt: Type.Union([IsoDateTime, Type.Null()]),
    consents: Type.Array(LoanConsent),
    draft: Type.Union([LoanDraft, Type.Null()]),
    request: Type.Union([LoanApplyRequest, Type.Null()], { description: 'Set once submitted' }),
    submittedAt: Type.Union([IsoDateTime, Type.Null()]),
    stages: Type.Array(DecisionStage, { description: 'Empty before submission' }),
    decidedAt: Type.Union([IsoDateTime, Type.Null()]),
    approval: Type.Union([LoanApproval, Type.Null()]),
    decline: Type.Union([LoanDecline, Type.Null()]),
    signedAt: Type.Union([IsoDateTime, Type.Null()]),
    contractNumber: Type.Union([Type.String(), Type.Null()]),
    createdAt: IsoDateTime,
  },
  { description: 'Loan application' },
)
export type LoanApplication = Static<typeof LoanApplication>

// ---- contract and signing ----

/** A loan contract rendered from the approved (or drawn) terms. */
export const LoanContract = Type.Object(
  {
    contractNumber: Type.String({ description: 'e.g. YGED-20261128-000001' }),
    title: Type.String({ description: '阳光e贷个人借款合同' }),
    version: Type.String(),
    signedAt: Type.Union([IsoDateTime, Type.Null()]),
    sections: Type.Array(Type.Object({ heading: Type.String(), paragraphs: Type.Array(Type.String()) }), {
      description: 'In order; figures already filled in',
    }),
  },
  { description: 'Loan contract' },
)
export type LoanContract = Static<typeof LoanContract>

/** Body of POST /loan/applications/:id/sign. */
export const LoanSignRequest = Type.Object(
  { contractVersion: Type.String({ title: '合同版本', minLength: 1, maxLength: 32 }), smsCode: SmsCode },
  { additionalProperties: false, description: 'Sign the contract' },
)
export type LoanSignRequest = Static<typeof LoanSignRequest>

// ---- credit line, drawdown, loans ----

/** The customer's revolving credit line: repaid principal becomes available again. */
export const CreditLine = Type.Object(
  {
    id: Id,
    limitFen: Fen,
    usedFen: Fen,
    availableFen: Fen,
    aprBp: Bp,
    expiresOn: IsoDate,
    expired: Type.Boolean(),
    card: LoanCard,
    contractNumber: Type.String(),
  },
  { description: 'Credit line' },
)
export type CreditLine = Static<typeof CreditLine>

/** The earliest instalment still to pay across the customer's loans. */
export const NextInstalment = Type.Object(
  {
    loanId: Id,
    index: Type.Integer({ minimum: 1 }),
    dueDate: IsoDate,
    paymentFen: Fen,
    penaltyFen: Fen,
    overdue: Type.Boolean({ description: 'The due date has passed (Beijing date)' }),
  },
  { description: 'Next instalment (penaltyFen: penalty interest accrued to today when overdue)' },
)
export type NextInstalment = Static<typeof NextInstalment>

/** Answer of GET /loan/overview: everything the entry page needs, in one read. */
export const LoanOverview = Type.Object(
  {
    preApproval: Type.Union([PreApproval, Type.Null()]),
    application: Type.Union([LoanApplication, Type.Null()], {
      description: 'The open application, or the latest decided one',
    }),
    creditLine: Type.Union([CreditLine, Type.Null()]),
    reapplyFrom: Type.Union([IsoDate, Type.Null()], { description: 'Set while a decline blocks applying' }),
    activeLoans: Type.Integer({ minimum: 0 }),
    nextInstalment: Type.Union([NextInstalment, Type.Null()]),
  },
  { description: 'Loan overview' },
)
export type LoanOverview = Static<typeof LoanOverview>

/** Body of POST /loan/drawdowns. */
export const DrawdownRequest = Type.Object(
  {
    amountFen: Money('借款金额', '1,000-200,000 yuan in steps of 100, not above the available limit'),
    termMonths: TermMonths,
    method: Method,
    smsCode: SmsCode,
  },
  { additionalProperties: false, description: 'Draw money from the credit line' },
)
export type DrawdownRequest = Static<typeof DrawdownRequest>

/** One instalment with its state. */
export const LoanInstalment = Type.Object(
  {
    index: Type.Integer({ minimum: 1 }),
    dueDate: IsoDate,
    principalFen: Fen,
    interestFen: Fen,
    paymentFen: Fen,
    balanceAfterFen: Fen,
    status: StringEnum(INSTALMENT_STATUSES),
    paidAt: Type.Union([IsoDateTime, Type.Null()]),
    paidFen: Type.Union([Fen, Type.Null()], {
      description: 'What was actually paid for it (principal, interest and penalty); null while unpaid',
    }),
    paidInterestFen: Type.Union([Fen, Type.Null()], {
      description: 'Interest actually paid: the scheduled interest, or for settled ones the accrued share',
    }),
    penaltyFen: Fen,
    penaltyDays: Type.Integer({ minimum: 0, description: 'Days overdue the penalty is counted for' }),
    amountDueFen: Type.Union([Fen, Type.Null()], {
      description: 'To pay now (payment + penalty to date) when due or overdue; null otherwise',
    }),
  },
  { description: 'Instalment (penaltyFen: penalty interest accrued to today, or paid)' },
)
export type LoanInstalment = Static<typeof LoanInstalment>

/** One step of the way from application to money (or to settlement). */
export const LoanTimelineEntry = Type.Object(
  {
    id: StringEnum(['applied', 'submitted', 'approved', 'signed', 'funded', 'settled'] as const),
    title: Type.String({ description: 'e.g. 放款到账' }),
    at: IsoDateTime,
  },
  { description: 'Timeline entry' },
)
export type LoanTimelineEntry = Static<typeof LoanTimelineEntry>

/** A loan in a list. */
export const LoanSummary = Type.Object(
  {
    id: Id,
    contractNumber: Type.String(),
    status: StringEnum(LOAN_STATUSES),
    principalFen: Fen,
    outstandingPrincipalFen: Fen,
    aprBp: Bp,
    termMonths: Type.Integer(),
    method: Method,
    drawnAt: IsoDateTime,
    settledAt: Type.Union([IsoDateTime, Type.Null()]),
    nextInstalment: Type.Union([LoanInstalment, Type.Null()], {
      description: 'Earliest unpaid instalment',
    }),
    overdueCount: Type.Integer({ minimum: 0 }),
  },
  { description: 'Loan (summary)' },
)
export type LoanSummary = Static<typeof LoanSummary>

/** Answer of GET /loans: active first, then settled; newest first within each. */
export const LoanListResult = Type.Object({ items: Type.Array(LoanSummary) }, { description: 'Loans' })
export type LoanListResult = Static<typeof LoanListResult>

/** A loan in full. */
export const Loan = Type.Composite(
  [
    LoanSummary,
    Type.Object({
      card: LoanCard,
      startDate: IsoDate,
      totalInterestFen: Fen,
      totalPaymentFen: Fen,
      interestPaidFen: Fen,
      instalments: Type.Array(LoanInstalment),
      timeline: Type.Array(LoanTimelineEntry, { description: 'Oldest first' }),
      secondsToFunds: Type.Integer({ description: 'From the application (or drawdown request) to money' }),
    }),
  ],
  { description: 'Loan' },
)
export type Loan = Static<typeof Loan>

/** Body of POST /loans/:id/repayments: pay the earliest unpaid instalment now, if it is due or overdue. */
export const RepaymentRequest = Type.Object(
  {
    index: Type.Integer({
      title: '期数',
      minimum: 1,
      description: 'The earliest unpaid one, due or overdue',
    }),
    expectedFen: Money('应还金额', 'amountDueFen the customer saw (payment + penalty)'),
    smsCode: SmsCode,
  },
  { additionalProperties: false, description: 'Repay one instalment' },
)
export type RepaymentRequest = Static<typeof RepaymentRequest>

/** Answer of GET /loans/:id/early-repayment-quote. */
export const EarlyRepaymentQuoteResult = Type.Object(
  {
    asOf: IsoDate,
    outstandingPrincipalFen: Fen,
    accruedInterestFen: Fen,
    totalFen: Fen,
    days: Type.Integer({ description: 'Days of interest accrued (ACT/360)' }),
    interestSavedFen: Fen,
  },
  { description: 'What paying everything today costs' },
)
export type EarlyRepaymentQuoteResult = Static<typeof EarlyRepaymentQuoteResult>

/** Body of POST /loans/:id/early-repayment. */
export const EarlyRepaymentRequest = Type.Object(
  { expectedTotalFen: Money('应还总额', 'totalFen of the quote the customer saw'), smsCode: SmsCode },
  { additionalProperties: false, description: 'Repay the whole loan now' },
)
export type EarlyRepaymentRequest = Static<typeof EarlyRepaymentRequest>

/** Answer of GET /loans/:id/settlement-certificate (结清证明). */
export const SettlementCertificate = Type.Object(
  {
    certificateNumber: Type.String(),
    contractNumber: Type.String(),
    borrowerNameMasked: Type.String(),
    idNumberMasked: Type.String(),
    principalFen: Fen,
    drawnAt: IsoDateTime,
    settledAt: IsoDateTime,
    issuedAt: IsoDateTime,
    issuer: Type.String({ description: 'The bank' }),
    statement: Type.String({ description: 'The certificate text' }),
  },
  { description: 'Settlement certificate' },
)
export type SettlementCertificate = Static<typeof SettlementCertificate>
