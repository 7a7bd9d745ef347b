import Taro, { useRouter } from '@tarojs/taro'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { useApplicationContract } from '@/features/loan/api/sign-contract'
import { SignContract } from '@/features/loan/components/sign-contract'
import { routes } from '@/routes'

/** The approved contract, signed with an SMS code (?id=application). */
export default function LoanSignPage() {
  const id = useRouter().params.id ?? ''
  const contract = useApplicationContract(id || undefined)
  return (
    <PageShell>
      <RequireLogin reason="登录后签署合同" returnTo={`${routes.loanSign}?id=${id}`} role="customer">
        {(user) => (
          <>
            <InlineError
              message={!id ? '未指定申请' : contract.error?.message}
              onClick={() => void contract.reload()}
            />
            {contract.loading && !contract.data ? <LoadingBlock /> : null}
            {contract.data ? (
              <SignContract
                applicationId={id}
                contract={contract.data}
                phoneMasked={user.phoneMasked}
                onSigned={() => {
                  Taro.showToast({ title: '签署成功，额度已生效', icon: 'none' })
                  void Taro.redirectTo({ url: routes.loanDrawdown })
                }}
              />
            ) : null}
          </>
        )}
      </RequireLogin>
    </PageShell>
  )
}
