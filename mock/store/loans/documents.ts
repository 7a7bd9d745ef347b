// The three authorisations a Sunshine e-loan applicant reads and agrees to, in the order shown.
// Kept in code (not the store): a new text means a new version, which every open application must
// agree to again. Sample wording for a demo bank, not legal advice.
import type { LoanConsentDocument } from '../../../src/contract/constants'
import type { LoanDocument } from '../../../src/contract/loans'

/** The bank named in every document. */
export const LOAN_BANK_NAME = '兴化农村商业银行（示例）'
/** Complaints hotline printed in every document. */
export const LOAN_HOTLINE = '0523-00000000（示例）'
/** Current version of every loan document, the contract template included. */
export const LOAN_DOCUMENT_VERSION = '2026-11-01'

type ConsentDocument = LoanDocument & { id: LoanConsentDocument }

const creditReport: ConsentDocument = {
  id: 'credit-report',
  title: '征信查询授权书',
  version: LOAN_DOCUMENT_VERSION,
  summary: `同意${LOAN_BANK_NAME}为审批和管理阳光e贷查询、报送您的个人信用信息。`,
  paragraphs: [
    `${LOAN_BANK_NAME}（以下简称“本行”）：本人因申请“阳光e贷”个人信用贷款，特此授权本行按本授权书的约定查询、使用和报送本人的信用信息。`,
    '一、查询内容：本人在中国人民银行征信中心金融信用信息基础数据库中的个人信用报告，包括身份信息、信贷交易信息、公共信息及查询记录；以及经依法设立的其他征信机构提供的本人信用信息。',
    '二、查询用途：仅用于审核本人的贷款申请、确定授信额度与利率、贷后管理（含额度有效期内的定期复核），以及处理本人提出的异议。本行不得将查询结果用于上述用途以外的任何目的，也不会向第三方出售。',
    '三、信息报送：本人同意本行按照《征信业管理条例》等规定，将本人的基本信息、借款、还款及逾期等信用信息报送至金融信用信息基础数据库。如发生逾期，不良记录将依法保存，自不良行为终止之日起保存5年。',
    '四、授权期限：自本人同意之日起，至本人在本行的阳光e贷申请被拒绝之日，或所有借款本息全部结清且授信额度到期之日止。',
    '五、撤回授权：本人可在借款申请提交前随时撤回本授权，撤回后本行将无法继续审批本次申请；借款发放后，为履行贷后管理及报送义务所需的查询与报送不因撤回而停止。',
    '六、本人已知悉：本行查询征信会在本人信用报告中留下“贷款审批”或“贷后管理”的查询记录。',
    `七、如对本授权书或信用信息有疑问、异议或投诉，可拨打本行客服电话${LOAN_HOTLINE}，或前往本行任一营业网点办理。本行将在15个工作日内答复。`,
  ],
}

const personalInfo: ConsentDocument = {
  id: 'personal-info',
  title: '个人信息处理授权书',
  version: LOAN_DOCUMENT_VERSION,
  summary: '同意本行为办理阳光e贷收集、使用和保存您的身份、联系方式、收入和银行卡信息。',
  paragraphs: [
    `为向您提供“阳光e贷”服务，${LOAN_BANK_NAME}（以下简称“本行”）将依据《中华人民共和国个人信息保护法》处理您的个人信息。请您仔细阅读本授权书的全部条款。`,
    '一、收集的信息：姓名、身份证号码、手机号码、借款人类型、年收入、借款用途、申请金额与期限、收款银行卡号，以及您在申请过程中主动填写的其他资料。',
    '二、使用目的：核验您的身份；评估您的还款能力并作出授信决定；签订和履行借款合同；发放贷款与收取还款；向您发送验证码及还款提醒；履行反洗钱、监管报送等法定义务。',
    '三、保存期限：借款合同履行期间及结清后5年，法律法规另有规定的从其规定。申请未获批准的，相关信息保存至拒绝之日起1年后删除或匿名化。',
    '四、共享与委托：本行不会向第三方出售您的个人信息。为完成上述目的，本行可能将必要信息提供给征信机构、清算机构及受本行委托的技术服务商，并要求其采取不低于本行的保护措施，仅在委托范围内处理。',
    '五、您的权利：您可以查阅、复制、更正您的个人信息，可以撤回本授权或要求删除；撤回不影响撤回前基于授权已进行的处理，但可能导致本行无法继续为您办理或提供贷款服务。',
    '六、信息安全：本行采取加密传输、访问控制、去标识化展示（如银行卡号仅显示前四位和后四位）等措施保护您的个人信息。',
    `七、联系我们：如有疑问或投诉，请拨打本行客服电话${LOAN_HOTLINE}，本行将在15个工作日内答复。`,
  ],
}

const faceBiometric: ConsentDocument = {
  id: 'face-biometric',
  title: '人脸识别及生物识别信息处理授权书',
  version: LOAN_DOCUMENT_VERSION,
  summary: '单独同意本行为核验您本人身份采集并比对您的人脸图像（敏感个人信息）。',
  paragraphs: [
    `人脸信息属于敏感个人信息。依据《中华人民共和国个人信息保护法》，${LOAN_BANK_NAME}（以下简称“本行”）在处理前须取得您的单独同意。`,
    '一、处理内容：在您办理“阳光e贷”申请时，通过摄像头采集您的面部图像及活体检测过程中的动作或朗读数字，并与您在本行登记的身份信息进行比对。',
    '二、处理目的：仅用于确认是您本人在申请贷款，防止他人冒用您的身份。本行不会将人脸信息用于营销、画像或其他目的。',
    '三、必要性与影响：人脸识别是线上办理信用贷款核实本人意愿的必要环节。如您不同意，可以携带身份证前往本行营业网点办理，不影响您申请贷款的权利。',
    '四、保存期限：比对结果（是否通过及时间）随贷款档案保存；原始人脸图像在比对完成后30日内删除，不会长期保存。',
    '五、安全措施：人脸信息加密传输、加密存储，仅限经授权的系统在核验环节调用，不向任何第三方提供。',
    '六、撤回同意：您可以随时撤回本同意；撤回后本行将停止处理您的人脸信息，已完成的核验结果不受影响。',
    `七、如有疑问或投诉，请拨打本行客服电话${LOAN_HOTLINE}。`,
  ],
}

/** The authorisations, in the order the customer reads them. */
export const LOAN_CONSENT_DOCS: readonly ConsentDocument[] = [creditReport, personalInfo, faceBiometric]
