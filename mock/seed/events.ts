// Sample campaign events: four templates ("1 template → N events") and events published from them in
// the towns of the seed branches: upcoming ones, one full with a waitlist to join, one past, and one
// whose stored description carries a script (as if imported unsanitised), to prove the bank cleans it
// again when serving it. All fabricated.
import { SUNSHINE_LOAN_PRODUCT_ID, type EventType } from '../../src/contract/constants'
import type { AgendaItem } from '../../src/contract/events'

/** A seeded template. */
export interface SeedEventTemplate {
  id: string
  type: EventType
  title: string
  descriptionHtml: string
  agenda: AgendaItem[]
  benefits: string[]
  productIds: string[]
  defaultCapacity: number
}

/** A seeded event; times are Beijing wall clock "YYYY-MM-DD HH:mm". */
export interface SeedEvent {
  id: string
  templateId: string
  title?: string
  town: string
  venue: string
  address: string
  lat: number
  lng: number
  branchId: string
  start: string
  end: string
  capacity: number
  /** Stored as it is: the seed's one unsafe description goes in unsanitised on purpose. */
  descriptionHtml?: string
}

/** A seeded sign-up (the full event's registrants). */
export interface SeedEventSignup {
  id: string
  eventId: string
  userId: string
  name: string
  phone: string
  village: string
  partySize: number
  checkInCode: string
}

export const SEED_EVENT_TEMPLATES: SeedEventTemplate[] = [
  {
    id: 'et_thank_you',
    type: 'thank-you',
    title: '客户答谢会',
    descriptionHtml:
      '<p>感谢您一直以来对农商银行的信任与支持！我们诚邀您和家人参加<strong>客户答谢会</strong>，' +
      '共叙乡情，了解今年的惠农金融服务。</p><ul><li>现场有理财经理答疑</li><li>老客户可带亲友参加</li></ul>',
    agenda: [
      { time: '14:00', item: '签到入场' },
      { time: '14:30', item: '行长致辞，年度服务回顾' },
      { time: '15:00', item: '存款与阳光e贷政策讲解' },
      { time: '15:45', item: '互动抽奖，现场答疑' },
    ],
    benefits: ['精美伴手礼一份', '现场理财经理一对一答疑', '阳光e贷额度现场测算'],
    productIds: ['pd_time_deposit', SUNSHINE_LOAN_PRODUCT_ID],
    defaultCapacity: 60,
  },
  {
    id: 'et_village_credit',
    type: 'village-credit',
    title: '整村授信宣讲会',
    descriptionHtml:
      '<h3>整村授信，信用就是财富</h3><p>客户经理进村宣讲<strong>整村授信</strong>政策：纯信用、免担保，' +
      '白名单农户手机上即可申请<em>阳光e贷</em>。</p><p>请携带本人身份证，现场可核对白名单。</p>',
    agenda: [
      { time: '09:00', item: '签到' },
      { time: '09:30', item: '整村授信政策宣讲' },
      { time: '10:15', item: '手机申请演示' },
      { time: '10:45', item: '白名单核对与答疑' },
    ],
    benefits: ['现场核对授信白名单', '手把手教您手机申请', '防诈骗宣传手册'],
    productIds: [SUNSHINE_LOAN_PRODUCT_ID, 'pd_family_reserve'],
    defaultCapacity: 80,
  },
  {
    id: 'et_merchant_salon',
    type: 'merchant-salon',
    title: '商户经营沙龙',
    descriptionHtml:
      '<p>面向个体工商户和小微企业主的经营交流会：<strong>收款码费率</strong>、好邻居商户优惠、' +
      '经营周转资金怎么借更省。</p><ol><li>同行经验分享</li><li>银行产品答疑</li></ol>',
    agenda: [
      { time: '19:00', item: '签到交流' },
      { time: '19:20', item: '商户经营经验分享' },
      { time: '20:00', item: '收单与周转资金产品介绍' },
      { time: '20:30', item: '自由交流' },
    ],
    benefits: ['好邻居商户入驻指导', '收款码办理绿色通道', '茶歇'],
    productIds: ['pd_merchant_acquiring', 'pd_family_reserve'],
    defaultCapacity: 30,
  },
  {
    id: 'et_association',
    type: 'association',
    title: '行业协会会员交流会',
    descriptionHtml:
      '<p>联合县不锈钢、河蟹养殖等<strong>行业协会</strong>举办会员交流会，介绍适合行业会员的金融服务。</p>',
    agenda: [
      { time: '09:30', item: '签到' },
      { time: '10:00', item: '协会会长致辞' },
      { time: '10:20', item: '行业金融服务方案介绍' },
      { time: '11:00', item: '会员交流' },
    ],
    benefits: ['行业专属金融方案', '会员交流名册', '工作午餐'],
    productIds: [SUNSHINE_LOAN_PRODUCT_ID, 'pd_merchant_acquiring'],
    defaultCapacity: 100,
  },
]

/** A description as an old import might have stored it: markup that must never run. */
export const UNSAFE_SEED_DESCRIPTION =
  '<p>欢迎参加千垛镇商户沙龙！</p><script>alert("xss")</script>' +
  '<img src="x" onerror="window.__ccInjected = true; alert(1)"><p onclick="alert(2)">现场有收款码办理。</p>' +
  '<a href="javascript:alert(3)">点此报名</a><iframe src="https://example.invalid/"></iframe>'

export const SEED_EVENTS: SeedEvent[] = [
  {
    id: 'ev_dainan_thanks',
    templateId: 'et_thank_you',
    title: '戴南镇客户答谢会',
    town: '戴南镇',
    venue: '戴南支行三楼会议室（示例）',
    address: '兴化市戴南镇兴达路 18 号（示例地址）',
    lat: 32.7443,
    lng: 120.0689,
    branchId: 'br_dainan',
    start: '2026-12-12 14:00',
    end: '2026-12-12 16:30',
    capacity: 60,
  },
  {
    id: 'ev_zhangguo_village',
    templateId: 'et_village_credit',
    title: '张郭镇整村授信宣讲会',
    town: '张郭镇',
    venue: '张郭镇村民服务中心（示例）',
    address: '兴化市张郭镇人民路 2 号（示例地址）',
    lat: 32.7795,
    lng: 120.1149,
    branchId: 'br_zhangguo',
    start: '2026-12-15 09:00',
    end: '2026-12-15 11:30',
    capacity: 80,
  },
  {
    id: 'ev_anfeng_salon',
    templateId: 'et_merchant_salon',
    title: '安丰镇商户经营沙龙',
    town: '安丰镇',
    venue: '安丰古镇商会活动室（示例）',
    address: '兴化市安丰镇海河路 30 号（示例地址）',
    lat: 32.8418,
    lng: 120.0471,
    branchId: 'br_anfeng',
    start: '2026-12-18 19:00',
    end: '2026-12-18 21:00',
    capacity: 30,
  },
  {
    id: 'ev_zhaoyang_association',
    templateId: 'et_association',
    title: '不锈钢行业协会会员交流会',
    town: '昭阳街道',
    venue: '昭阳街道行业协会报告厅（示例）',
    address: '兴化市昭阳街道英武路 120 号（示例地址）',
    lat: 32.9401,
    lng: 119.8533,
    branchId: 'br_zhaoyang',
    start: '2026-12-20 09:30',
    end: '2026-12-20 11:30',
    capacity: 100,
  },
  {
    id: 'ev_shagou_village_full',
    templateId: 'et_village_credit',
    title: '沙沟镇整村授信宣讲会',
    town: '沙沟镇',
    venue: '沙沟镇文化站（示例）',
    address: '兴化市沙沟镇古镇路 15 号（示例地址）',
    lat: 33.128,
    lng: 119.6785,
    branchId: 'br_shagou',
    start: '2026-12-16 09:00',
    end: '2026-12-16 11:00',
    capacity: 3,
  },
  {
    id: 'ev_chenbao_thanks_past',
    templateId: 'et_thank_you',
    title: '陈堡镇客户答谢会',
    town: '陈堡镇',
    venue: '陈堡支行会议室（示例）',
    address: '兴化市陈堡镇（示例地址）',
    lat: 32.7835,
    lng: 119.9598,
    branchId: 'br_chenbao',
    start: '2026-11-10 14:00',
    end: '2026-11-10 16:00',
    capacity: 50,
  },
  {
    // Past: 张伟's campaign seed (mock/seed/campaign.ts) brought its sign-ups.
    id: 'ev_dainan_salon_past',
    templateId: 'et_merchant_salon',
    title: '戴南镇商户经营沙龙',
    town: '戴南镇',
    venue: '戴南支行二楼活动室（示例）',
    address: '兴化市戴南镇兴达路 18 号（示例地址）',
    lat: 32.7443,
    lng: 120.0689,
    branchId: 'br_dainan',
    start: '2026-11-19 19:00',
    end: '2026-11-19 21:00',
    capacity: 30,
  },
  {
    id: 'ev_qianduo_salon',
    templateId: 'et_merchant_salon',
    title: '千垛镇商户沙龙',
    town: '千垛镇',
    venue: '千垛景区游客中心会议室（示例）',
    address: '兴化市千垛镇（示例地址）',
    lat: 32.8863,
    lng: 119.9631,
    branchId: 'br_qianduo',
    start: '2026-12-22 19:00',
    end: '2026-12-22 21:00',
    capacity: 30,
    descriptionHtml: UNSAFE_SEED_DESCRIPTION,
  },
  {
    id: 'ev_zhuhong_village',
    templateId: 'et_village_credit',
    title: '竹泓镇整村授信宣讲会',
    town: '竹泓镇',
    venue: '竹泓镇木船文化广场（示例）',
    address: '兴化市竹泓镇（示例地址）',
    lat: 32.8286,
    lng: 119.9062,
    branchId: 'br_zhuhong',
    start: '2027-01-08 09:00',
    end: '2027-01-08 11:00',
    capacity: 80,
  },
]

/** The full event's registrants: 3 people in 2 parties, so a new sign-up joins the waitlist. */
export const SEED_EVENT_SIGNUPS: SeedEventSignup[] = [
  {
    id: 'es_shagou_0003',
    eventId: 'ev_shagou_village_full',
    userId: 'u_c0003',
    name: '周小平',
    phone: '13900000003',
    village: '沙沟村',
    partySize: 2,
    checkInCode: '318204',
  },
  {
    id: 'es_shagou_0005',
    eventId: 'ev_shagou_village_full',
    userId: 'u_c0005',
    name: '吴大海',
    phone: '13900000005',
    village: '时堰村',
    partySize: 1,
    checkInCode: '507731',
  },
]
