// Merchant onboarding (商户入驻): a shop outside the alliance applies; the branch's customer manager
// follows it up as a referral for 商户收单.
import { Type, type Static } from '@sinclair/typebox'
import {
  COUPON_CATEGORIES,
  CREDIT_CODE_CHECKS,
  CREDIT_CODE_PATTERN,
  MOBILE_PHONE_PATTERN,
  PERSON_NAME_PATTERN,
  ONE_LINE_TEXT_PATTERN,
} from './constants'
import { Id, IsoDateTime, StringEnum } from './common'

const CreditCodeCheckSchema = StringEnum(CREDIT_CODE_CHECKS, {
  description: 'ok | failed: the check character does not match (kept for review by hand)',
})

/** Body of POST /merchant-applications. */
export const MerchantApplicationRequest = Type.Object(
  {
    shopName: Type.String({ title: '店铺名称', minLength: 2, maxLength: 40, pattern: ONE_LINE_TEXT_PATTERN }),
    creditCode: Type.String({
      title: '统一社会信用代码',
      description: '18 characters, upper case (GB 32100); a wrong check character is accepted with a warning',
      minLength: 18,
      maxLength: 18,
      pattern: CREDIT_CODE_PATTERN,
    }),
    address: Type.String({ title: '经营地址', minLength: 5, maxLength: 100, pattern: ONE_LINE_TEXT_PATTERN }),
    contactName: Type.String({ title: '联系人', pattern: PERSON_NAME_PATTERN }),
    contactPhone: Type.String({ title: '联系电话', pattern: MOBILE_PHONE_PATTERN }),
    category: StringEnum(COUPON_CATEGORIES, { title: '经营类别' }),
    branchId: Type.String({ title: '附近网点', minLength: 1, maxLength: 64 }),
  },
  { additionalProperties: false, description: 'Apply to join the merchant alliance' },
)
export type MerchantApplicationRequest = Static<typeof MerchantApplicationRequest>

/** An application as its applicant sees it. */
export const MerchantApplication = Type.Object(
  {
    id: Id,
    referralId: Id,
    shopName: Type.String(),
    creditCode: Type.String(),
    creditCodeCheck: CreditCodeCheckSchema,
    creditCodeWarning: Type.Optional(Type.String({ description: 'Chinese, when the check failed' })),
    branch: Type.Object({ id: Id, name: Type.String() }),
    manager: Type.Object({ nameMasked: Type.String({ description: 'e.g. 张*' }) }),
    createdAt: IsoDateTime,
  },
  { description: 'Merchant application' },
)
export type MerchantApplication = Static<typeof MerchantApplication>

/** What a referral carries when it came from a merchant application. */
export const ReferralMerchantApplication = Type.Object(
  {
    shopName: Type.String(),
    creditCode: Type.String(),
    creditCodeCheck: CreditCodeCheckSchema,
    address: Type.String(),
    category: StringEnum(COUPON_CATEGORIES),
    contactName: Type.String(),
    contactPhone: Type.String({ description: 'As the applicant typed it (their own shop contact)' }),
    branch: Type.Object({ id: Id, name: Type.String() }),
  },
  { description: 'The merchant application behind a referral' },
)
export type ReferralMerchantApplication = Static<typeof ReferralMerchantApplication>
