import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro'
import { SUNSHINE_LOAN_APR_RANGE_BP } from '@/contract/constants'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { useLoanOverview } from '@/features/loan/api/get-loan-overview'
import { LoanOffer } from '@/features/loan/components/loan-offer'
import { usePageRefresh } from '@/services/query/use-page-refresh'
import { useSession } from '@/services/session/use-session'
import { routes } from '@/routes'
import { formatRateRange } from '@/utils/money'
import { REPAYMENT_METHOD_NAMES, REPAYMENT_METHODS } from '@/utils/loan-schedule'
import { LOAN_AMOUNT_RANGE_TEXT, LOAN_TERM_TEXT } from '@/utils/rule-text'
import './index.scss'

const facts = [
  { title: '纯信用', text: '无需抵押、无需担保' },
  { title: '借款金额', text: `${LOAN_AMOUNT_RANGE_TEXT}，随借随还` },
  { title: '借款期限', text: LOAN_TERM_TEXT },
  { title: '还款方式', text: REPAYMENT_METHODS.map((method) => REPAYMENT_METHOD_NAMES[method]).join('、') },
  { title: '计息方式', text: '按月计息，月利率 = 年化利率 ÷ 12；提前还款按实际天数计息，单利' },
  { title: '提前还款', text: '随时可还，不收违约金' },
]

/** 阳光e贷: what it is, and what this customer can do now (limit, continue, draw, or start). */
export default function LoanHomePage() {
  const session = useSession()
  const customer = session.status === 'authenticated' && session.user.role === 'customer'
  const overview = useLoanOverview(customer)
  usePageRefresh(customer && overview)

  return (
    <PageShell>
      <View className="loan-home__banner">
        <Text className="loan-home__title">阳光e贷</Text>
        <Text className="loan-home__slogan">从授信到用款，最快十分钟</Text>
      </View>
      {customer ? (
        <>
          <InlineError message={overview.error?.message} onClick={() => void overview.reload()} />
          {overview.data ? <LoanOffer overview={overview.data} /> : overview.error ? null : <LoadingBlock />}
        </>
      ) : session.status === 'authenticated' ? (
        // Staff and merchants are logged in already: sending them to the login page would loop.
        <View className="loan-home__actions">
          <Text className="loan-home__apr">
            阳光e贷面向个人客户。您当前以{session.user.role === 'staff' ? '银行员工' : '合作商户'}
            身份登录，如需申请，请退出后用本人手机号以个人客户身份登录。
          </Text>
        </View>
      ) : (
        <View className="loan-home__actions">
          <Text className="loan-home__apr">
            年化利率（单利）{formatRateRange(SUNSHINE_LOAN_APR_RANGE_BP.min, SUNSHINE_LOAN_APR_RANGE_BP.max)}
            ，以审批结果为准
          </Text>
          <Button
            type="primary"
            size="large"
            block
            onClick={() =>
              void Taro.navigateTo({ url: `${routes.login}?redirect=${encodeURIComponent(routes.loanHome)}` })
            }
          >
            登录后测一测我的额度
          </Button>
        </View>
      )}
      <CellGroup title="产品介绍">
        {facts.map((fact) => (
          <Cell key={fact.title} title={fact.title} extra={fact.text} />
        ))}
        <Cell
          title="贷款计算器"
          extra="算一算月供 ›"
          onClick={() => void Taro.navigateTo({ url: routes.loanCalculator })}
        />
      </CellGroup>
      <Text className="loan-home__footnote">
        贷款额度、利率以银行审批为准。请理性借贷，按时还款，珍惜个人信用。本应用连接模拟银行系统，额度和放款均为演示。
      </Text>
    </PageShell>
  )
}
