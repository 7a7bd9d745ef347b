// Merchant onboarding and promo codes: applying to join, counting a promo visit, a merchant's own code.
import { MerchantApplication, MerchantApplicationRequest } from '../merchant-applications'
import { MyPromoCode, PromoCodeParams, PromoVisitRequest, PromoVisitResult } from '../promo-codes'
import type { EndpointSpec } from './spec'

export const MERCHANT_JOIN_API = {
  createMerchantApplication: {
    tag: 'merchants',
    summary: '商户入驻申请',
    description:
      "Becomes a referral for 商户收单 assigned to the branch's customer manager. A malformed credit code " +
      'is 400; one whose check character fails is accepted (creditCodeCheck failed, a warning) and ' +
      'flagged for review by hand. 400 on branchId for an unknown branch; one open application at a time.',
    body: MerchantApplicationRequest,
    response: { 201: MerchantApplication },
    errors: ['REFERRAL_OPEN'],
  },
  recordPromoVisit: {
    tag: 'merchants',
    summary: '推广码访问',
    description:
      "Counts one visit per visitor per code per Beijing day (a user, or a keyed hash of an anonymous caller's " +
      'address) and answers the merchant to open. 404 for an unknown code.',
    params: PromoCodeParams,
    body: PromoVisitRequest,
    response: { 200: PromoVisitResult },
    errors: ['PROMO_CODE_EXPIRED'],
  },
  getMyPromoCode: {
    tag: 'merchants',
    summary: '我的推广码（商户）',
    description: 'The live code with its link, the QR as SVG and the visits of today and the last 30 days.',
    response: { 200: MyPromoCode },
    errors: [],
  },
} as const satisfies Record<string, EndpointSpec>
