import { useRouter } from '@tarojs/taro'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { useStatement } from '@/features/merchant/api/redemptions'
import { StatementView } from '@/features/merchant/components/statement-view'
import { usePageRefresh } from '@/services/query/use-page-refresh'
import { routes } from '@/routes'
import { isLocalDate } from '@/utils/calendar-date'

function DayStatement({ date }: { date: string }) {
  const statement = useStatement(date)
  usePageRefresh(statement)
  if (statement.loading && !statement.data) return <LoadingBlock />
  return (
    <>
      <InlineError message={statement.error?.message} onClick={() => void statement.reload()} />
      {statement.data ? <StatementView statement={statement.data} /> : null}
    </>
  )
}

export default function MerchantStatementPage() {
  const date = useRouter().params.date ?? ''
  return (
    <PageShell>
      <RequireLogin
        reason="请使用商户手机号登录"
        returnTo={`${routes.merchantStatement}?date=${date}`}
        role="merchant"
      >
        {() =>
          isLocalDate(date) ? (
            <DayStatement date={date} />
          ) : (
            <InlineError message="对账单日期无效，请从核销记录进入" />
          )
        }
      </RequireLogin>
    </PageShell>
  )
}
