import { useRouter } from '@tarojs/taro'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { useReferral } from '@/features/referral/api/get-referral'
import { ReferralTimeline } from '@/features/referral/components/referral-timeline'
import { preferredTimeLabels, referralStatusLabels } from '@/features/referral/model/referral-labels'
import { usePageRefresh } from '@/services/query/use-page-refresh'

export default function ReferralPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const referral = useReferral(id || undefined)
  usePageRefresh(referral)
  const data = referral.data

  return (
    <PageShell>
      <InlineError
        message={!id ? '未指定申请' : referral.error?.message}
        onClick={() => void referral.reload()}
      />
      {referral.loading && !data ? <LoadingBlock /> : null}
      {data ? (
        <>
          <CellGroup>
            <Cell title="产品" extra={data.product.name} />
            <Cell title="当前状态" extra={referralStatusLabels[data.status]} />
            <Cell title="客户经理" extra={`${data.manager.nameMasked}（${data.town}）`} />
            <Cell title="方便联系时间" extra={preferredTimeLabels[data.preferredTime]} />
            {data.note ? <Cell title="备注" description={data.note} /> : null}
          </CellGroup>
          {data.merchantApplication ? (
            <CellGroup title="入驻申请">
              <Cell title="店铺名称" extra={data.merchantApplication.shopName} />
              <Cell
                title="统一社会信用代码"
                extra={data.merchantApplication.creditCode}
                description={
                  data.merchantApplication.creditCodeCheck === 'failed'
                    ? '校验位不符，客户经理将人工核验'
                    : undefined
                }
              />
              <Cell title="附近网点" extra={data.merchantApplication.branch.name} />
            </CellGroup>
          ) : null}
          <ReferralTimeline referral={data} />
        </>
      ) : null}
    </PageShell>
  )
}
