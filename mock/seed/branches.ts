// Sample branches of the county bank, one per town (clearly marked 示例).
import type { DayHours, WeeklyHours } from '../../src/utils/business-days'

/** A seeded branch. */
export interface SeedBranch {
  id: string
  name: string
  town: string
  address: string
  phone: string
  lat: number
  lng: number
  /** Index 0 = Sunday … 6 = Saturday; null = closed. Holidays and make-up workdays apply on top. */
  openingHours: WeeklyHours
}

const WEEKDAY: DayHours = { open: '08:30', close: '17:00' }
const MORNING: DayHours = { open: '09:00', close: '12:00' }
/** Mon–Fri 08:30–17:00, Sat and Sun mornings (the county-seat branch). */
const FULL_WEEK: WeeklyHours = [MORNING, WEEKDAY, WEEKDAY, WEEKDAY, WEEKDAY, WEEKDAY, MORNING]
/** Mon–Fri 08:30–17:00 and Saturday morning (most branches). */
const WITH_SATURDAY: WeeklyHours = [null, WEEKDAY, WEEKDAY, WEEKDAY, WEEKDAY, WEEKDAY, MORNING]
/** Mon–Fri 08:30–17:00 only (small branches). */
const WEEKDAYS_ONLY: WeeklyHours = [null, WEEKDAY, WEEKDAY, WEEKDAY, WEEKDAY, WEEKDAY, null]

/** Branches in eight towns of Xinghua, around 32.93N 119.85E. */
export const SEED_BRANCHES: SeedBranch[] = [
  {
    id: 'br_zhaoyang',
    name: '昭阳支行（示例）',
    town: '昭阳街道',
    address: '兴化市昭阳街道英武路 88 号（示例地址）',
    phone: '0523-83230001',
    lat: 32.9388,
    lng: 119.8524,
    openingHours: FULL_WEEK,
  },
  {
    id: 'br_dainan',
    name: '戴南支行（示例）',
    town: '戴南镇',
    address: '兴化市戴南镇兴达路 18 号（示例地址）',
    phone: '0523-83230002',
    lat: 32.7443,
    lng: 120.0689,
    openingHours: WITH_SATURDAY,
  },
  {
    id: 'br_zhangguo',
    name: '张郭支行（示例）',
    town: '张郭镇',
    address: '兴化市张郭镇人民路 6 号（示例地址）',
    phone: '0523-83230003',
    lat: 32.7791,
    lng: 120.1152,
    openingHours: WITH_SATURDAY,
  },
  {
    id: 'br_anfeng',
    name: '安丰支行（示例）',
    town: '安丰镇',
    address: '兴化市安丰镇海河路 21 号（示例地址）',
    phone: '0523-83230004',
    lat: 32.8412,
    lng: 120.0468,
    openingHours: WITH_SATURDAY,
  },
  {
    id: 'br_shagou',
    name: '沙沟支行（示例）',
    town: '沙沟镇',
    address: '兴化市沙沟镇古镇路 9 号（示例地址）',
    phone: '0523-83230005',
    lat: 33.1276,
    lng: 119.6791,
    openingHours: WEEKDAYS_ONLY,
  },
  {
    id: 'br_qianduo',
    name: '千垛支行（示例）',
    town: '千垛镇',
    address: '兴化市千垛镇景区路 3 号（示例地址）',
    phone: '0523-83230006',
    lat: 32.8863,
    lng: 119.9631,
    openingHours: WITH_SATURDAY,
  },
  {
    id: 'br_chenbao',
    name: '陈堡支行（示例）',
    town: '陈堡镇',
    address: '兴化市陈堡镇中心路 12 号（示例地址）',
    phone: '0523-83230007',
    lat: 32.7835,
    lng: 119.9598,
    openingHours: WITH_SATURDAY,
  },
  {
    id: 'br_zhuhong',
    name: '竹泓支行（示例）',
    town: '竹泓镇',
    address: '兴化市竹泓镇木船街 5 号（示例地址）',
    phone: '0523-83230008',
    lat: 32.8286,
    lng: 119.9062,
    openingHours: WEEKDAYS_ONLY,
  },
]
