// Promo codes printed on the alliance merchants' counters: one live per merchant, and an old one whose
// printing has expired (a customer may still scan the old card). All fabricated.

/** A merchant's promo code. */
export interface SeedPromoCode {
  code: string
  merchantId: string
  /** Last Beijing date the code works; none: no end. */
  expiresOn?: string
}

export const SEED_PROMO_CODES: SeedPromoCode[] = [
  { code: 'P7KD2MXQ', merchantId: 'u_m0201' }, // 戴南好邻居超市
  { code: 'Z4NH8RWA', merchantId: 'u_m0202' }, // 张郭农资服务站
  { code: 'M6TB3KEY', merchantId: 'u_m0203' }, // 昭阳好邻居便利店
  { code: 'H9QF5VCU', merchantId: 'u_m0204' }, // 沙沟湖鲜馆
  { code: 'R3XG7JDN', merchantId: 'u_m0205' }, // 安丰粮油商行
  { code: 'K3WQ8ZTA', merchantId: 'u_m0204', expiresOn: '2026-06-30' }, // 沙沟湖鲜馆's first printing
]
