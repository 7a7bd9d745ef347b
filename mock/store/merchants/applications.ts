// Merchant onboarding (商户入驻): an application is a referral for 商户收单, assigned to the customer
// manager of the chosen branch's town through the referrals' own insert (same events and messages),
// with the shop's details kept beside it. A code that fails its check character is kept, flagged.
import { randomUUID } from 'node:crypto'
import {
  MERCHANT_ACQUIRING_PRODUCT_ID,
  type CouponCategory,
  type CreditCodeCheck,
} from '../../../src/contract/constants'
import type {
  MerchantApplication,
  MerchantApplicationRequest,
  ReferralMerchantApplication,
} from '../../../src/contract/merchant-applications'
import { COUPON_CATEGORY_NAMES } from '../../../src/utils/coupon-category'
import { CREDIT_CODE_CHECK_WARNING, checkCreditCode } from '../../../src/utils/credit-code'
import { maskName } from '../../../src/utils/mask'
import { fieldError } from '../../errors'
import { findUserById } from '../auth/users'
import { findBranch } from '../counter/branches'
import type { Db } from '../db'
import { insertReferral } from '../referrals/referrals'

/** A merchant_applications row. */
interface ApplicationRow {
  id: string
  applicant_id: string
  referral_id: string
  shop_name: string
  credit_code: string
  credit_code_check: CreditCodeCheck
  address: string
  contact_name: string
  contact_phone: string
  category: CouponCategory
  branch_id: string
  created_at: number
}

/** What the manager reads in the referral's note: the shop, its category and code, and what to check. */
function referralNote(input: MerchantApplicationRequest, check: CreditCodeCheck): string {
  const base = `商户入驻：${input.shopName}·${COUPON_CATEGORY_NAMES[input.category]}，统一社会信用代码 ${input.creditCode}`
  return check === 'failed' ? `${base}；校验位不符，请人工核验` : base
}

/**
 * Files an application in one transaction: the branch must exist (400 on branchId), the code must be
 * well formed (400 on creditCode); then the referral (409 REFERRAL_OPEN while one for 商户收单 is open)
 * and the application row.
 */
export function createMerchantApplication(
  db: Db,
  applicantId: string,
  input: MerchantApplicationRequest,
  nowMs: number,
): MerchantApplication {
  return db
    .transaction((): MerchantApplication => {
      const branch = findBranch(db, input.branchId)
      if (!branch) throw fieldError('branchId', '请选择附近的网点')
      if (input.shopName.trim().length < 2) throw fieldError('shopName', '请填写店铺名称')
      if (input.address.trim().length < 5) throw fieldError('address', '请填写经营地址，如 戴南镇兴达路26号')
      const result = checkCreditCode(input.creditCode)
      if (result.kind === 'malformed') throw fieldError('creditCode', result.reason)
      const check: CreditCodeCheck = result.kind === 'ok' ? 'ok' : 'failed'
      const pending = db
        .prepare(
          `SELECT a.id FROM merchant_applications a JOIN referrals r ON r.id = a.referral_id
           WHERE a.applicant_id = ? AND r.status IN ('submitted', 'assigned', 'contacted')`,
        )
        .get(applicantId)
      const referral = insertReferral(
        db,
        {
          customerId: applicantId,
          productId: MERCHANT_ACQUIRING_PRODUCT_ID,
          town: branch.town,
          preferredTime: 'anytime',
          note: referralNote(input, check),
          openMessage: pending
            ? '您已提交过入驻申请，客户经理将尽快联系您'
            : '您已咨询过商户收单，客户经理将尽快联系您，入驻事宜可与客户经理一并办理',
        },
        nowMs,
      )
      const id = `ma_${randomUUID()}`
      db.prepare(
        `INSERT INTO merchant_applications (id, applicant_id, referral_id, shop_name, credit_code, credit_code_check,
           address, contact_name, contact_phone, category, branch_id, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        applicantId,
        referral.id,
        input.shopName.trim(),
        input.creditCode,
        check,
        input.address.trim(),
        input.contactName,
        input.contactPhone,
        input.category,
        branch.id,
        nowMs,
      )
      const application: MerchantApplication = {
        id,
        referralId: referral.id,
        shopName: input.shopName.trim(),
        creditCode: input.creditCode,
        creditCodeCheck: check,
        branch: { id: branch.id, name: branch.name },
        manager: { nameMasked: maskName(findUserById(db, referral.manager_id)?.real_name ?? '') },
        createdAt: new Date(nowMs).toISOString(),
      }
      if (check === 'failed') application.creditCodeWarning = CREDIT_CODE_CHECK_WARNING
      return application
    })
    .immediate()
}

/** The application behind a referral, if it came from one. */
export function applicationOfReferral(db: Db, referralId: string): ReferralMerchantApplication | undefined {
  const row = db
    .prepare(
      `SELECT a.*, b.name AS branch_name FROM merchant_applications a JOIN branches b ON b.id = a.branch_id
       WHERE a.referral_id = ?`,
    )
    .get(referralId) as (ApplicationRow & { branch_name: string }) | undefined
  if (!row) return undefined
  return {
    shopName: row.shop_name,
    creditCode: row.credit_code,
    creditCodeCheck: row.credit_code_check,
    address: row.address,
    category: row.category,
    contactName: row.contact_name,
    contactPhone: row.contact_phone,
    branch: { id: row.branch_id, name: row.branch_name },
  }
}
