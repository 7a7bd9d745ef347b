import { useEffect } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { useLoanContract, useSettlementCertificate } from '@/features/loan/api/get-loan-papers'
import { ContractView } from '@/features/loan/components/contract-view'
import { SettlementCertificateView } from '@/features/loan/components/settlement-certificate'
import { routes } from '@/routes'

/** A loan's papers (?kind=contract|certificate&id=loan): the signed contract, or 结清证明. */
export default function LoanPaperPage() {
  const { kind, id = '' } = useRouter().params
  const certificate = kind === 'certificate'
  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: certificate ? '结清证明' : '借款合同' })
  }, [certificate])
  return (
    <PageShell>
      <RequireLogin
        reason="登录后查看借款文件"
        returnTo={`${routes.loanPaper}?kind=${kind ?? ''}&id=${id}`}
        role="customer"
      >
        {() => (certificate ? <Certificate id={id} /> : <Contract id={id} />)}
      </RequireLogin>
    </PageShell>
  )
}

function Contract({ id }: { id: string }) {
  const query = useLoanContract(id || undefined)
  return (
    <>
      <InlineError message={!id ? '未指定借款' : query.error?.message} onClick={() => void query.reload()} />
      {query.loading && !query.data ? <LoadingBlock /> : null}
      {query.data ? <ContractView contract={query.data} /> : null}
    </>
  )
}

function Certificate({ id }: { id: string }) {
  const query = useSettlementCertificate(id || undefined)
  return (
    <>
      <InlineError message={!id ? '未指定借款' : query.error?.message} onClick={() => void query.reload()} />
      {query.loading && !query.data ? <LoadingBlock /> : null}
      {query.data ? <SettlementCertificateView certificate={query.data} /> : null}
    </>
  )
}
