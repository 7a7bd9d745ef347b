// Products, towns and product referrals (转介), for customers and their managers.
import { ProductListResult, TownListResult } from '../products'
import {
  CreateReferralRequest,
  Referral,
  ReferralListResult,
  ReferralParams,
  ReferralStatusUpdate,
  StaffReferral,
  StaffReferralDetail,
  StaffReferralListResult,
  StaffReferralQuery,
} from '../referrals'
import type { EndpointSpec } from './spec'

export const REFERRAL_API = {
  listProducts: {
    tag: 'products',
    summary: '产品列表',
    description: 'Credit products always carry aprMinBp/aprMaxBp.',
    response: { 200: ProductListResult },
    errors: [],
  },
  listTowns: {
    tag: 'products',
    summary: '乡镇及客户经理',
    response: { 200: TownListResult },
    errors: [],
  },
  createReferral: {
    tag: 'referrals',
    summary: '转介产品给客户经理',
    description: "Assigned at once to the town's manager. 400 unknown town; 404 unknown product.",
    body: CreateReferralRequest,
    response: { 201: Referral },
    errors: ['REFERRAL_OPEN'],
  },
  listReferrals: {
    tag: 'referrals',
    summary: '我的转介',
    response: { 200: ReferralListResult },
    errors: [],
  },
  getReferral: {
    tag: 'referrals',
    summary: '转介详情',
    description: "404 for unknown ids and other customers' referrals alike.",
    params: ReferralParams,
    response: { 200: Referral },
    errors: [],
  },
  listStaffReferrals: {
    tag: 'staff',
    summary: '分配给我的转介（员工）',
    query: StaffReferralQuery,
    response: { 200: StaffReferralListResult },
    errors: [],
  },
  openStaffReferral: {
    tag: 'staff',
    summary: '打开转介（含完整手机号，记录查看时间）',
    description: "404 for other managers' referrals.",
    params: ReferralParams,
    response: { 200: StaffReferralDetail },
    errors: [],
  },
  updateReferralStatus: {
    tag: 'staff',
    summary: '更新转介状态（员工）',
    description: 'assigned→contacted|closed, contacted→done|closed.',
    params: ReferralParams,
    body: ReferralStatusUpdate,
    response: { 200: StaffReferral },
    errors: ['INVALID_TRANSITION'],
  },
} as const satisfies Record<string, EndpointSpec>
