// The counter-service catalogue every branch offers, and per-branch capacities. Sample data.
import {
  LARGE_CASH_MAX_FEN,
  LARGE_CASH_MIN_FEN,
  LARGE_CASH_STEP_FEN,
  type ServiceId,
} from '../../src/contract/constants'

/** A counter service as seeded; `capacityPerSlot` is the default per half-hour slot. */
export interface SeedService {
  id: ServiceId
  name: string
  description: string
  bring: string[]
  durationMinutes: number
  capacityPerSlot: number
  needsAmount?: { minFen: number; maxFen: number; stepFen: number }
  noticeBusinessDays: number
}

/** The catalogue, in display order. */
export const SEED_SERVICES: SeedService[] = [
  {
    id: 'account-opening',
    name: '开立个人账户',
    description: '开立个人借记卡或存折，可同时开通手机银行',
    bring: ['身份证'],
    durationMinutes: 20,
    capacityPerSlot: 3,
    noticeBusinessDays: 0,
  },
  {
    id: 'social-security-card',
    name: '社保卡激活/补换',
    description: '社保卡金融功能激活、损坏换卡或挂失补卡',
    bring: ['身份证', '社保卡或挂失证明'],
    durationMinutes: 15,
    capacityPerSlot: 4,
    noticeBusinessDays: 0,
  },
  {
    id: 'large-cash-withdrawal',
    name: '大额取现（5万元及以上）',
    description: '单笔5万元及以上现金支取，网点需提前备款，请至少提前1个工作日预约',
    bring: ['身份证', '银行卡'],
    durationMinutes: 30,
    capacityPerSlot: 2,
    needsAmount: { minFen: LARGE_CASH_MIN_FEN, maxFen: LARGE_CASH_MAX_FEN, stepFen: LARGE_CASH_STEP_FEN },
    noticeBusinessDays: 1,
  },
  {
    id: 'loan-consultation',
    name: '贷款咨询',
    description: '阳光e贷、家庭备用金等贷款产品咨询与申请指导',
    bring: ['身份证', '户口本', '收入证明（如有）'],
    durationMinutes: 30,
    capacityPerSlot: 2,
    noticeBusinessDays: 0,
  },
  {
    id: 'wealth-consultation',
    name: '存款理财咨询',
    description: '定期存款、大额存单及理财产品咨询',
    bring: ['身份证'],
    durationMinutes: 30,
    capacityPerSlot: 2,
    noticeBusinessDays: 0,
  },
  {
    id: 'card-loss-replacement',
    name: '银行卡挂失/补卡',
    description: '银行卡正式挂失、补办新卡',
    bring: ['身份证'],
    durationMinutes: 20,
    capacityPerSlot: 3,
    noticeBusinessDays: 0,
  },
  {
    id: 'merchant-acquiring',
    name: '商户收单开通',
    description: '个体工商户、小微商户开通收款码及刷卡收单',
    bring: ['营业执照', '法人身份证', '银行卡'],
    durationMinutes: 40,
    capacityPerSlot: 1,
    noticeBusinessDays: 0,
  },
]

/** Branches with more counters than the default (the county-seat branch). */
export const SEED_CAPACITY_OVERRIDES: Record<string, Partial<Record<ServiceId, number>>> = {
  br_zhaoyang: { 'account-opening': 4, 'social-security-card': 6, 'loan-consultation': 3 },
}
