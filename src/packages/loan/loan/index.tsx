import { useRouter } from '@tarojs/taro'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { useLoan } from '@/features/loan/api/get-loans'
import { LoanDetail } from '@/features/loan/components/loan-detail'
import { usePageRefresh } from '@/services/query/use-page-refresh'
import { routes } from '@/routes'

/** One loan (?id). */
export default function LoanPage() {
  const id = useRouter().params.id ?? ''
  return (
    <PageShell>
      <RequireLogin reason="登录后查看借款详情" returnTo={`${routes.loan}?id=${id}`} role="customer">
        {(user) => <LoanById id={id} phoneMasked={user.phoneMasked} />}
      </RequireLogin>
    </PageShell>
  )
}

function LoanById({ id, phoneMasked }: { id: string; phoneMasked: string }) {
  const query = useLoan(id || undefined)
  usePageRefresh(query)
  const loan = query.data
  return (
    <>
      <InlineError message={!id ? '未指定借款' : query.error?.message} onClick={() => void query.reload()} />
      {query.loading && !loan ? <LoadingBlock /> : null}
      {loan ? <LoanDetail loan={loan} phoneMasked={phoneMasked} /> : null}
    </>
  )
}
