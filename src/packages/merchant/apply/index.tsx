import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { MerchantApplication } from '@/contract/merchant-applications'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { useBranches } from '@/features/counter/api/get-branches'
import { ApplicationForm } from '@/features/merchant/components/application-form'
import { routes } from '@/routes'
import './index.scss'

const openReferral = (id: string) =>
  void Taro.redirectTo({ url: `${routes.referral}?id=${encodeURIComponent(id)}` })

function Submitted({ application }: { application: MerchantApplication }) {
  return (
    <View className="merchant-apply-page__done">
      <Text className="merchant-apply-page__title">入驻申请已提交</Text>
      <Text className="merchant-apply-page__text">
        {application.shopName}：已转{application.branch.name}客户经理 {application.manager.nameMasked}
        ，将尽快与您联系。
      </Text>
      {application.creditCodeWarning ? (
        <View className="merchant-apply-page__warning" role="status">
          {application.creditCodeWarning}
        </View>
      ) : null}
      <Button type="primary" size="large" block onClick={() => openReferral(application.referralId)}>
        查看进度
      </Button>
      <Button
        fill="outline"
        size="large"
        block
        onClick={() => void Taro.redirectTo({ url: routes.referrals })}
      >
        我的转介
      </Button>
    </View>
  )
}

/** 商户入驻: a shop outside the alliance applies; the branch's customer manager follows it up. */
export default function MerchantApplyPage() {
  const branches = useBranches(undefined, true)
  const [submitted, setSubmitted] = useState<MerchantApplication>()
  return (
    <PageShell>
      <RequireLogin reason="登录后即可申请商户入驻" returnTo={routes.merchantApply} role="customer">
        {(user) =>
          submitted ? (
            <Submitted application={submitted} />
          ) : branches.data ? (
            <ApplicationForm
              userId={user.id}
              branches={branches.data}
              onSubmitted={setSubmitted}
              onOpenExisting={openReferral}
            />
          ) : branches.error ? (
            <InlineError
              message={`${branches.error.message}（点击重试）`}
              onClick={() => void branches.reload()}
            />
          ) : (
            <LoadingBlock />
          )
        }
      </RequireLogin>
    </PageShell>
  )
}
