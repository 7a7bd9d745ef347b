import { useState } from 'react'
import Taro from '@tarojs/taro'
import { LOAN_MIN_FEN } from '@/contract/constants'
import type { Loan } from '@/contract/loans'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { useLoanOverview } from '@/features/loan/api/get-loan-overview'
import { CreditLineCard } from '@/features/loan/components/credit-line-card'
import { DrawdownDone } from '@/features/loan/components/drawdown-done'
import { DrawdownForm } from '@/features/loan/components/drawdown-form'
import { PanelNote, StatusPanel } from '@/features/loan/components/status-panel'
import { usePageRefresh } from '@/services/query/use-page-refresh'
import { routes } from '@/routes'
import { formatBeijing } from '@/utils/beijing-format'
import { BELOW_LOAN_MIN_TEXT } from '@/utils/rule-text'

/** Draw money from the credit line; then see it arrive. */
export default function LoanDrawdownPage() {
  const [drawn, setDrawn] = useState<Loan>()
  return (
    <PageShell>
      <RequireLogin reason="登录后即可借款" returnTo={routes.loanDrawdown} role="customer">
        {(user) =>
          drawn ? (
            <DrawdownDone loan={drawn} />
          ) : (
            <Drawdown phoneMasked={user.phoneMasked} onDrawn={setDrawn} />
          )
        }
      </RequireLogin>
    </PageShell>
  )
}

function Drawdown({ phoneMasked, onDrawn }: { phoneMasked: string; onDrawn: (loan: Loan) => void }) {
  const overview = useLoanOverview()
  usePageRefresh(overview)
  const line = overview.data?.creditLine
  if (overview.error)
    return <InlineError message={overview.error.message} onClick={() => void overview.reload()} />
  if (!overview.data) return <LoadingBlock />
  if (!line || line.expired) {
    return (
      <StatusPanel
        title={line ? '额度已到期' : '您还没有可用额度'}
        actions={[
          { label: '去申请', primary: true, onClick: () => void Taro.redirectTo({ url: routes.loanHome }) },
        ]}
      >
        <PanelNote>申请阳光e贷并签署合同后即可借款。</PanelNote>
      </StatusPanel>
    )
  }
  return (
    <>
      <CreditLineCard line={line} />
      {line.availableFen < LOAN_MIN_FEN ? (
        <InlineError message={`${BELOW_LOAN_MIN_TEXT}，归还部分借款后可再借`} />
      ) : (
        <DrawdownForm
          line={line}
          today={formatBeijing(new Date().toISOString(), 'YYYY-MM-DD')}
          phoneMasked={phoneMasked}
          onDrawn={onDrawn}
        />
      )}
    </>
  )
}
