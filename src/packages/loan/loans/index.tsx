import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Empty } from '@nutui/nutui-react-taro'
import { LOAN_MIN_FEN } from '@/contract/constants'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { useLoanOverview } from '@/features/loan/api/get-loan-overview'
import { useLoans } from '@/features/loan/api/get-loans'
import { CreditLineCard } from '@/features/loan/components/credit-line-card'
import { LoanCard } from '@/features/loan/components/loan-card'
import { usePageRefresh } from '@/services/query/use-page-refresh'
import { routes } from '@/routes'
import './index.scss'

/** The limit card, then each loan: active ones first, settled ones after. */
export default function LoansPage() {
  return (
    <PageShell>
      <RequireLogin reason="登录后查看您的贷款" returnTo={routes.loans} role="customer">
        {() => <Loans />}
      </RequireLogin>
    </PageShell>
  )
}

function Loans() {
  const overview = useLoanOverview()
  const loans = useLoans()
  const reload = () => Promise.all([overview.reload(), loans.reload()])
  usePageRefresh(overview, loans)
  const line = overview.data?.creditLine
  const error = overview.error ?? loans.error
  const active = (loans.data ?? []).filter((loan) => loan.status === 'active')
  const settled = (loans.data ?? []).filter((loan) => loan.status === 'settled')

  return (
    <View className="loans-page">
      <InlineError message={error?.message} onClick={() => void reload()} />
      {!overview.data || !loans.data ? (
        error ? null : (
          <LoadingBlock />
        )
      ) : (
        <>
          {line ? <CreditLineCard line={line} /> : null}
          {line && !line.expired && line.availableFen >= LOAN_MIN_FEN ? (
            <View className="loans-page__actions">
              <Button
                type="primary"
                size="large"
                block
                onClick={() => void Taro.navigateTo({ url: routes.loanDrawdown })}
              >
                借款
              </Button>
            </View>
          ) : null}
          {!line ? (
            <View className="loans-page__actions">
              <Empty description="您还没有阳光e贷额度" />
              <Button
                type="primary"
                size="large"
                block
                onClick={() => void Taro.navigateTo({ url: routes.loanHome })}
              >
                了解并申请阳光e贷
              </Button>
            </View>
          ) : null}
          {active.length > 0 ? <Text className="loans-page__heading">还款中</Text> : null}
          {active.map((loan) => (
            <LoanCard key={loan.id} loan={loan} />
          ))}
          {settled.length > 0 ? <Text className="loans-page__heading">已结清</Text> : null}
          {settled.map((loan) => (
            <LoanCard key={loan.id} loan={loan} />
          ))}
          {line && loans.data.length === 0 ? <Text className="loans-page__heading">暂无借款记录</Text> : null}
        </>
      )}
    </View>
  )
}
