import { useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro'
import type { Loan } from '@/contract/loans'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { getLoan } from '@/features/loan/api/loans'
import { LoanDetail } from '@/features/loan/components/loan-detail'
import { useQuery } from '@/services/http/use-query'
import { routes } from '@/routes'

/** One loan (?id). */
export default function LoanPage() {
  const id = useRouter().params.id ?? ''
  return (
    <PageShell>
      <RequireLogin reason="登录后查看借款详情" returnTo={`${routes.loan}?id=${id}`} role="customer">
        {() => <LoanById id={id} />}
      </RequireLogin>
    </PageShell>
  )
}

function LoanById({ id }: { id: string }) {
  const query = useQuery(id ? `loan:${id}` : null, () => getLoan(id))
  const [latest, setLatest] = useState<Loan>()
  const reload = () => query.reload().then(() => setLatest(undefined))
  useDidShow(() => void reload())
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()))
  const loan = latest ?? query.data
  return (
    <>
      <InlineError message={!id ? '未指定借款' : query.error?.message} onClick={() => void reload()} />
      {query.loading && !loan ? <LoadingBlock /> : null}
      {loan ? <LoanDetail loan={loan} onChange={setLatest} /> : null}
    </>
  )
}
