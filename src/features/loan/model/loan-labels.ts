// Chinese names of the loan's enumerations, in one place for every page.
import type {
  BorrowerType,
  InstalmentStatus,
  LoanApplicationStep,
  LoanConsentDocument,
  LoanPurpose,
} from '@/contract/constants'
import { REPAYMENT_METHOD_NAMES, type RepaymentMethod } from '@/utils/loan-schedule'

export const borrowerTypeLabels: Record<BorrowerType, string> = {
  'large-grower': '种养殖大户',
  'individual-business': '个体工商户',
  'agri-micro-enterprise': '涉农小微企业主',
  'farming-household': '普通农户',
}

export const purposeLabels: Record<LoanPurpose, string> = {
  planting: '种植',
  breeding: '养殖',
  business: '经营周转',
  household: '家庭消费',
}

export const instalmentStatusLabels: Record<InstalmentStatus, string> = {
  paid: '已还',
  settled: '提前结清',
  overdue: '已逾期',
  due: '今日到期',
  upcoming: '未到期',
}

export const consentDocumentLabels: Record<LoanConsentDocument, string> = {
  'credit-report': '征信查询授权',
  'personal-info': '个人信息授权',
  'face-biometric': '人脸识别授权',
}

/** The five steps the customer sees at the top of the application, and which server steps fall in each. */
export const applicationStepTitles: { title: string; steps: LoanApplicationStep[] }[] = [
  { title: '收款卡', steps: ['card'] },
  { title: '授权', steps: ['consents'] },
  { title: '人脸', steps: ['face'] },
  { title: '填写申请', steps: ['details'] },
  { title: '审批', steps: ['reviewing', 'approved', 'declined', 'expired', 'signed'] },
]

/** Position (0-based) of a server step in the five visible steps. */
export function visibleStepIndex(step: LoanApplicationStep): number {
  return applicationStepTitles.findIndex((entry) => entry.steps.includes(step))
}

/** Chinese names and one-line explanations of the repayment methods. */
export const repaymentMethodText: Record<RepaymentMethod, { name: string; explain: string }> = {
  'equal-instalment': {
    name: REPAYMENT_METHOD_NAMES['equal-instalment'],
    explain: '每月还款额相同，前期利息占比高',
  },
  'equal-principal': {
    name: REPAYMENT_METHOD_NAMES['equal-principal'],
    explain: '每月还相同本金，月供逐月减少，总利息较少',
  },
  'interest-first': {
    name: REPAYMENT_METHOD_NAMES['interest-first'],
    explain: '每月只还利息，到期一次还清本金',
  },
}
