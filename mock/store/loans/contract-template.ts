// Template of the Sunshine e-loan contract (阳光e贷个人借款合同), id 'loan-contract': the figures of
// one approval (and, for a drawn loan, of that drawdown) are filled in by the caller.
import {
  LOAN_MAX_FEN,
  LOAN_MIN_FEN,
  LOAN_TERM_MAX_MONTHS,
  LOAN_TERM_MIN_MONTHS,
} from '../../../src/contract/constants'
import type { LoanCard } from '../../../src/contract/loans'
import { formatChineseDate } from '../../../src/utils/date-text'
import { PENALTY_RULE_TEXT } from '../../../src/utils/rule-text'
import { REPAYMENT_METHOD_NAMES, type RepaymentMethod } from '../../../src/utils/loan-schedule'
import { LOAN_BANK_NAME, LOAN_DOCUMENT_VERSION, LOAN_HOTLINE } from './documents'
import { aprText, rmb } from './wording'

export const LOAN_CONTRACT_TITLE = '阳光e贷个人借款合同'
export const LOAN_CONTRACT_VERSION = LOAN_DOCUMENT_VERSION

/** One section of the contract. */
export interface ContractSection {
  heading: string
  paragraphs: string[]
}

/** The figures of an approved credit line. */
export interface LineTerms {
  contractNumber: string
  borrowerNameMasked: string
  idNumberMasked: string
  limitFen: number
  aprBp: number
  limitExpiresOn: string
  card: LoanCard
}

/** The figures of one drawdown. */
export interface DrawdownTerms {
  principalFen: number
  termMonths: number
  method: RepaymentMethod
  aprBp: number
  totalInterestFen: number
  firstDueDate: string
  lastDueDate: string
  drawnOn: string
}

const methods = Object.values(REPAYMENT_METHOD_NAMES).join('、')

/** The contract's sections with the line's figures filled in. */
export function lineSections(t: LineTerms): ContractSection[] {
  return [
    {
      heading: '第一条 合同当事人',
      paragraphs: [
        `贷款人：${LOAN_BANK_NAME}（以下简称“贷款人”）。`,
        `借款人：${t.borrowerNameMasked}，身份证号码${t.idNumberMasked}（以下简称“借款人”）。`,
        `合同编号：${t.contractNumber}。借款人通过线上渠道申请“阳光e贷”，经贷款人审批同意，双方订立本合同。`,
      ],
    },
    {
      heading: '第二条 授信额度与期限',
      paragraphs: [
        `贷款人向借款人提供可循环使用的信用贷款额度${rmb(t.limitFen)}，额度有效期至${formatChineseDate(t.limitExpiresOn)}。`,
        `额度有效期内，借款人可随借随还，已归还的本金恢复为可用额度。单笔借款金额为${rmb(LOAN_MIN_FEN)}至${rmb(LOAN_MAX_FEN)}，且为100元的整数倍，并不得超过当时的可用额度。`,
        `单笔借款期限为${LOAN_TERM_MIN_MONTHS}至${LOAN_TERM_MAX_MONTHS}个月，由借款人在每次借款时选择，借款到期日不受额度有效期届满的影响。`,
      ],
    },
    {
      heading: '第三条 利率与计息',
      paragraphs: [
        `本合同项下借款执行${aprText(t.aprBp)}，在借款期限内固定不变。`,
        '按期还款时按月计息，月利率=年化利率/12，以每期期初未还本金计算；提前还款时自上一还款日起按实际天数计息，日利率=年化利率/360。均为单利，不计复利。',
      ],
    },
    {
      heading: '第四条 放款与还款',
      paragraphs: [
        `借款发放至借款人本人账户：${t.card.bankName}（${t.card.numberMasked}）。`,
        `还款方式由借款人每次借款时在${methods}中选择；每期还款日为借款日在各月的对应日，当月无对应日的为该月最后一日。`,
        '借款人应在还款日前确保还款账户余额充足，贷款人按期扣收当期应还本息。',
      ],
    },
    {
      heading: '第五条 提前还款',
      paragraphs: [
        '借款人可随时申请提前归还全部借款，贷款人不收取违约金或手续费。',
        '提前还款时，借款人应归还全部未还本金及自上一还款日（或借款日）起至提前还款日前一日止的利息；已到期未还的款项须先行归还。',
      ],
    },
    {
      heading: '第六条 逾期与违约',
      paragraphs: [
        `每期还款日当天，贷款人从借款人的收款卡自动扣收当期应还本息；借款人应在还款日前确保卡内余额充足。借款人未按期足额还款的，贷款人将通过短信和本应用提醒借款人尽快归还，并自逾期次日起按${PENALTY_RULE_TEXT}。`,
        '贷款人将依法向金融信用信息基础数据库报送逾期信息，逾期可能影响借款人今后办理信贷业务；贷款人有权宣布借款提前到期并依法催收，催收行为遵守法律法规及监管规定。',
      ],
    },
    {
      heading: '第七条 个人信息与征信',
      paragraphs: [
        '借款人已阅读并同意《征信查询授权书》《个人信息处理授权书》《人脸识别及生物识别信息处理授权书》，上述授权书为本合同的组成部分。',
      ],
    },
    {
      heading: '第八条 争议解决',
      paragraphs: [
        `因本合同发生的争议，双方应协商解决；协商不成的，任何一方均可向贷款人所在地人民法院提起诉讼。借款人也可拨打贷款人客服电话${LOAN_HOTLINE}进行咨询或投诉。`,
      ],
    },
    {
      heading: '第九条 合同生效',
      paragraphs: [
        '借款人通过本人手机短信验证码确认签署，即视为借款人的电子签名，与手写签名具有同等法律效力。本合同自借款人签署之日起生效。',
      ],
    },
  ]
}

/** The extra section of a drawn loan (借款借据): what this drawdown is. */
export function drawdownSection(d: DrawdownTerms): ContractSection {
  return {
    heading: '借款借据',
    paragraphs: [
      `借款日期：${formatChineseDate(d.drawnOn)}；借款金额：${rmb(d.principalFen)}；借款期限：${d.termMonths}个月。`,
      `还款方式：${REPAYMENT_METHOD_NAMES[d.method]}；利率：${aprText(d.aprBp)}；按期还款的利息合计${rmb(d.totalInterestFen)}。`,
      `首期还款日：${formatChineseDate(d.firstDueDate)}；末期还款日：${formatChineseDate(d.lastDueDate)}。`,
    ],
  }
}
