// Who owns what each operation touches, and a request the owner may make: the table the generated
// authorisation test walks. Every operation of the OpenAPI document needs an entry; a new endpoint
// without one fails that test until someone decides who may call it.
import type { EndpointName } from '@/contract/endpoints'
import { SEED_WHITELIST } from '../../mock/seed/households'
import { APPLY, DOC_VERSION, OWN_CARD } from './loan-flow'
import { ANFENG_EVENT, COUPON_BATCH, DAINAN_EVENT, type CallerName, type OwnedIds } from './world'

/** The parts of one request (path parameters, query, body). */
export interface RequestParts {
  params?: Record<string, string>
  query?: Record<string, string>
  body?: unknown
}

/** What an operation protects. */
export type AccessEntry =
  /** Nothing: anyone may call it, and it answers nothing that belongs to a user. */
  | { kind: 'public'; request?: (ids: OwnedIds) => RequestParts }
  /** The mock's dev tools: absent outside development. */
  | { kind: 'dev' }
  /**
   * The caller's own things (their profile, lists, a new record): anyone with the role gets an
   * answer about themselves, never one that shows the owner's.
   */
  | { kind: 'caller'; owner: CallerName; request?: (ids: OwnedIds) => RequestParts }
  /** One record named in the path: its owner only; everyone else gets 401, 403 or 404. */
  | { kind: 'record'; owner: CallerName; request: (ids: OwnedIds) => RequestParts }

const byCustomer = (request: (ids: OwnedIds) => RequestParts): AccessEntry => ({
  kind: 'record',
  owner: 'owner',
  request,
})
const forCustomer = (request?: (ids: OwnedIds) => RequestParts): AccessEntry => ({
  kind: 'caller',
  owner: 'owner',
  request,
})
const application = (ids: OwnedIds, body?: unknown): RequestParts => ({
  params: { id: ids.application },
  body,
})
const loan = (ids: OwnedIds, body?: unknown): RequestParts => ({ params: { id: ids.loan }, body })
const SMS = '123456'
const WANG = SEED_WHITELIST[0]

export const ACCESS_TABLE: Record<EndpointName, AccessEntry> = {
  getHealth: { kind: 'public' },

  sendSmsCode: { kind: 'public', request: () => ({ body: { phone: '13900000001' } }) },
  smsLogin: {
    kind: 'public',
    request: () => ({ body: { phone: '13900000001', code: SMS, session: 'bearer', privacyVersion: '0' } }),
  },
  wechatLogin: { kind: 'public', request: () => ({ body: { code: 'wxmock-invalid' } }) },
  logout: { kind: 'public' },
  getSession: forCustomer(),
  getMe: forCustomer(),
  // The owner's own name and ID: a caller without one must not learn whose they are.
  bindRealName: forCustomer(() => ({ body: { name: WANG.name, idNumber: WANG.idNumber } })),

  listBranches: { kind: 'public' },
  getBranch: { kind: 'public', request: () => ({ params: { branchId: 'br_dainan' } }) },
  listBusinessDays: {
    kind: 'public',
    request: () => ({ params: { branchId: 'br_dainan' }, query: { serviceId: 'account-opening' } }),
  },
  listSlots: {
    kind: 'public',
    request: () => ({
      params: { branchId: 'br_dainan' },
      query: { serviceId: 'account-opening', date: '2026-11-23' },
    }),
  },
  createBooking: forCustomer(() => ({
    body: { branchId: 'br_dainan', serviceId: 'account-opening', slotStart: '2026-11-23T14:00:00+08:00' },
  })),
  listBookings: forCustomer(() => ({ query: { scope: 'upcoming' } })),
  getBooking: byCustomer((ids) => ({ params: { id: ids.booking } })),
  cancelBooking: byCustomer((ids) => ({ params: { id: ids.booking } })),
  rescheduleBooking: byCustomer((ids) => ({
    params: { id: ids.booking },
    body: { slotStart: '2026-11-24T10:00:00+08:00' },
  })),
  checkIn: {
    kind: 'record',
    owner: 'branchStaff',
    request: (ids) => ({ body: { qrPayload: ids.qrPayload } }),
  },
  listTodayBookings: { kind: 'caller', owner: 'branchStaff' },

  listCouponBatches: { kind: 'public' },
  getCouponBatch: { kind: 'public', request: () => ({ params: { id: COUPON_BATCH } }) },
  claimCoupon: forCustomer(() => ({ params: { id: 'cb_shagou_dining_200_30' }, body: {} })),
  listMyCoupons: forCustomer(),
  getMyCoupon: byCustomer((ids) => ({ params: { id: ids.coupon } })),
  getRedeemToken: byCustomer((ids) => ({ params: { id: ids.coupon } })),
  lookupCoupon: {
    kind: 'record',
    owner: 'merchant',
    request: (ids) => ({ body: { token: ids.couponToken } }),
  },
  redeemCoupon: {
    kind: 'record',
    owner: 'merchant',
    request: (ids) => ({
      body: { ticket: ids.redeemTicket, orderAmountFen: 12_800, requestNo: 'ACCESS-0000001' },
    }),
  },
  reverseRedemption: {
    kind: 'record',
    owner: 'merchant',
    request: (ids) => ({ params: { id: ids.redemption }, body: {} }),
  },
  listRedemptionDays: { kind: 'caller', owner: 'merchant' },
  getStatement: { kind: 'caller', owner: 'merchant', request: () => ({ params: { date: '2026-11-20' } }) },

  listEvents: { kind: 'public', request: () => ({ query: { town: '戴南镇' } }) },
  getEvent: { kind: 'public', request: () => ({ params: { id: DAINAN_EVENT } }) },
  signUpForEvent: forCustomer(() => ({
    params: { id: ANFENG_EVENT },
    // Not the owner's own name or number: whoever calls signs themselves up with what they typed.
    body: { name: '赵小明', phone: '13812345678', village: '安丰村', partySize: 1 },
  })),
  listMyEventSignups: forCustomer(),
  cancelEventSignup: byCustomer((ids) => ({ params: { id: ids.eventSignup }, body: {} })),
  getEventPass: byCustomer((ids) => ({ params: { id: ids.eventSignup } })),
  listEventTemplates: { kind: 'caller', owner: 'branchStaff' },
  createEvent: {
    kind: 'caller',
    owner: 'branchStaff',
    request: () => ({
      body: {
        templateId: 'et_village_credit',
        town: '戴南镇',
        venue: '戴南村村委会（示例）',
        address: '兴化市戴南镇戴南村（示例地址）',
        start: '2026-12-05T09:00:00+08:00',
        end: '2026-12-05T11:00:00+08:00',
        capacity: 50,
      },
    }),
  },
  checkInAtEvent: {
    kind: 'record',
    owner: 'branchStaff',
    request: (ids) => ({ body: { qrPayload: ids.eventPass } }),
  },
  listHostedEvents: { kind: 'caller', owner: 'branchStaff' },
  // Another branch's staff are refused (403) before the check-in window is judged.
  getEventVenueCode: {
    kind: 'record',
    owner: 'branchStaff',
    request: () => ({ params: { id: DAINAN_EVENT } }),
  },
  // Anyone else's sign-up is not found, whatever code they scanned.
  checkInAtVenue: byCustomer((ids) => ({
    params: { id: ids.eventSignup },
    body: { venueToken: `CC1.V.${DAINAN_EVENT}.1.${'A'.repeat(22)}` },
  })),

  recordCampaignVisit: {
    kind: 'public',
    request: (ids) => ({ body: { code: ids.campaignCode, via: 'share' } }),
  },
  // The owner holds a sign-up for the 戴南 event; another customer without one is refused (422).
  getMyCampaignLink: forCustomer(() => ({ body: { kind: 'event', targetId: DAINAN_EVENT } })),
  getStaffCampaignLink: {
    kind: 'caller',
    owner: 'branchStaff',
    request: () => ({ body: { kind: 'event', targetId: DAINAN_EVENT } }),
  },
  // Staff see their own links only; another's code answers 404 like an unknown one.
  listStaffCampaignLinks: { kind: 'caller', owner: 'branchStaff' },
  getCampaignStats: {
    kind: 'record',
    owner: 'branchStaff',
    request: (ids) => ({
      params: { code: ids.campaignCode },
      query: { from: '2026-11-10', to: '2026-11-20' },
    }),
  },
  listCampaignPeople: {
    kind: 'record',
    owner: 'branchStaff',
    request: (ids) => ({ params: { code: ids.campaignCode } }),
  },
  // Each staff member gets their own branch's bulletin (another branch named: 403).
  getBranchBulletin: { kind: 'caller', owner: 'branchStaff', request: () => ({ query: { period: 'week' } }) },

  createMerchantApplication: forCustomer(() => ({
    body: {
      shopName: '戴南某某五金（示例）',
      creditCode: '92321281MA1N2QX79L',
      address: '兴化市戴南镇兴达路 8 号',
      // Not the owner's own name or number: whoever calls files it as their own shop's contact.
      contactName: '赵小明',
      contactPhone: '13812345678',
      category: 'supermarket',
      branchId: 'br_dainan',
    },
  })),
  recordPromoVisit: {
    kind: 'public',
    request: () => ({ params: { code: 'P7KD2MXQ' }, body: { via: 'link' } }),
  },
  getMyPromoCode: { kind: 'caller', owner: 'merchant' },
  listMerchants: { kind: 'public' },
  getMerchant: { kind: 'public', request: () => ({ params: { id: 'u_m0201' } }) },

  listProducts: { kind: 'public' },
  listTowns: { kind: 'public' },
  createReferral: forCustomer(() => ({
    body: { productId: 'pd_family_reserve', town: '戴南镇', preferredTime: 'afternoon' },
  })),
  listReferrals: forCustomer(),
  getReferral: byCustomer((ids) => ({ params: { id: ids.referral } })),
  listStaffReferrals: { kind: 'caller', owner: 'branchStaff' },
  openStaffReferral: {
    kind: 'record',
    owner: 'branchStaff',
    request: (ids) => ({ params: { id: ids.referral } }),
  },
  updateReferralStatus: {
    kind: 'record',
    owner: 'branchStaff',
    request: (ids) => ({ params: { id: ids.referral }, body: { status: 'contacted' } }),
  },

  listMessages: forCustomer(),
  readAllMessages: forCustomer(),
  readMessage: byCustomer((ids) => ({ params: { id: ids.message } })),

  listLoanDocuments: { kind: 'public' },
  getLoanOverview: forCustomer(),
  startLoanApplication: forCustomer(),
  getLoanApplication: byCustomer((ids) => application(ids)),
  saveLoanDraft: byCustomer((ids) => application(ids, { fields: { purpose: 'breeding' } })),
  saveLoanCard: byCustomer((ids) => application(ids, { cardNumber: OWN_CARD })),
  agreeToLoanDocument: byCustomer((ids) =>
    application(ids, { documentId: 'credit-report', version: DOC_VERSION }),
  ),
  createFaceChallenge: byCustomer((ids) => application(ids, {})),
  verifyFace: byCustomer((ids) => application(ids, { challengeId: 'fc_unknown', digits: '1234' })),
  submitLoanApplication: byCustomer((ids) => application(ids, APPLY)),
  getApplicationContract: byCustomer((ids) => application(ids)),
  sendSignCode: byCustomer((ids) => application(ids, {})),
  signLoanContract: byCustomer((ids) => application(ids, { contractVersion: DOC_VERSION, smsCode: SMS })),

  sendDrawdownCode: forCustomer(),
  drawdown: forCustomer(() => ({
    body: { amountFen: 100_000, termMonths: 3, method: 'equal-principal', smsCode: SMS },
  })),
  listLoans: forCustomer(),
  getLoan: byCustomer((ids) => loan(ids)),
  sendRepaymentCode: byCustomer((ids) => loan(ids, {})),
  repayInstalment: byCustomer((ids) => loan(ids, { index: 1, expectedFen: 1, smsCode: SMS })),
  getEarlyRepaymentQuote: byCustomer((ids) => loan(ids)),
  repayEarly: byCustomer((ids) => loan(ids, { expectedTotalFen: 1, smsCode: SMS })),
  getLoanContract: byCustomer((ids) => loan(ids)),
  getSettlementCertificate: byCustomer((ids) => loan(ids)),

  listSmsOutbox: { kind: 'dev' },
  getFaults: { kind: 'dev' },
  setFaults: { kind: 'dev' },
  getClock: { kind: 'dev' },
  setClock: { kind: 'dev' },
  resetStore: { kind: 'dev' },
  expireSessions: { kind: 'dev' },
}
