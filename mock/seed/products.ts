// Sample products customers can ask a customer manager about. Rates and limits are sample figures.
import {
  SUNSHINE_LOAN_APR_RANGE_BP,
  SUNSHINE_LOAN_PRODUCT_ID,
  type ProductCategory,
} from '../../src/contract/constants'

/** A seeded product; credit products carry an APR range in basis points. */
export interface SeedProduct {
  id: string
  name: string
  category: ProductCategory
  summary: string
  features: string[]
  aprMinBp?: number
  aprMaxBp?: number
  amountMaxFen?: number
  termText?: string
}

/** Products in display order. */
export const SEED_PRODUCTS: SeedProduct[] = [
  {
    id: 'pd_time_deposit',
    name: '定期存款/大额存单',
    category: 'deposit',
    summary: '整存整取、大额存单，利率以网点公告为准（示例）',
    features: [
      '三个月至五年多档期限',
      '大额存单20万元起存',
      '利率以网点当日挂牌为准（示例）',
      '可部分提前支取',
    ],
    termText: '3个月至5年',
  },
  {
    id: SUNSHINE_LOAN_PRODUCT_ID,
    name: '阳光e贷',
    category: 'loan',
    summary: '纯信用、免担保，整村授信白名单客户线上申请，最快10分钟到账',
    features: ['纯信用，无需担保', '随借随还，提前还款免违约金', '手机上申请和提款'],
    aprMinBp: SUNSHINE_LOAN_APR_RANGE_BP.min,
    aprMaxBp: SUNSHINE_LOAN_APR_RANGE_BP.max,
    amountMaxFen: 20_000_000,
    termText: '借款期限3至36个月',
  },
  {
    id: 'pd_family_reserve',
    name: '家庭备用金',
    category: 'loan',
    summary: '为农户家庭准备的循环信用额度，用于生产经营与家庭周转',
    features: ['循环额度，随用随借', '用款才计息', '额度最高30万元'],
    aprMinBp: 435,
    aprMaxBp: 720,
    amountMaxFen: 30_000_000,
    termText: '额度有效期最长3年',
  },
  {
    id: 'pd_credit_card',
    name: '信用卡',
    category: 'card',
    summary: '合作商户满减优惠，节假日商场购物卡充返活动（示例）',
    features: ['好邻居商户满减券', '最长50天免息期', '境内消费积分'],
  },
  {
    id: 'pd_social_security_card',
    name: '社保卡',
    category: 'card',
    summary: '社保卡金融功能激活，领取养老金、医保结算一卡通',
    features: ['养老金按月到账', '医保就医结算', '网点即时激活'],
  },
  {
    id: 'pd_merchant_acquiring',
    name: '商户收单',
    category: 'merchant',
    summary: '河蟹、粮食、不锈钢市场商户收款码和刷卡收单',
    features: ['聚合收款码，微信支付宝都能收', '资金次日到账', '好邻居商户专属优惠费率（示例）'],
  },
]
