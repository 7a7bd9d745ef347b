import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { recordCampaignVisit } from '@/features/campaign/api/record-campaign-visit'
import { parseCampaignEntry } from '@/features/campaign/model/campaign-entry'
import { routes } from '@/routes'
import './index.scss'

const openEvents = () => void Taro.switchTab({ url: routes.events })

/**
 * Where a campaign QR or a copied link lands (weapp: `scene` or `q`; H5: `c`): records the visit and
 * opens what it leads to, replacing this page so going back does not land here again. A code the
 * bank does not know leads to the 活动 list without a word (nobody is credited; the visitor still
 * finds the events); only a failed network asks to try again.
 */
export default function CampaignLandingPage() {
  const { params } = useRouter()
  const [failed, setFailed] = useState(false)
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    const entry = parseCampaignEntry(params)
    if ('error' in entry) return openEvents()
    let current = true
    setFailed(false)
    recordCampaignVisit(entry.code, entry.via).then(
      ({ target }) => {
        if (!current) return
        if (!target) return openEvents()
        const page = target.kind === 'event' ? routes.event : routes.product
        void Taro.redirectTo({ url: `${page}?id=${encodeURIComponent(target.id)}` })
      },
      () => current && setFailed(true),
    )
    return () => {
      current = false
    }
    // The parameters of one page load do not change; `attempt` is the 重试 button.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt])

  return (
    <PageShell>
      {failed ? (
        <View className="campaign-landing">
          <Text className="campaign-landing__title">网络不给力，邀请暂时打不开</Text>
          <Text className="campaign-landing__detail">请检查网络后重试，也可以先看看近期活动</Text>
          <Button type="primary" size="large" block onClick={() => setAttempt((n) => n + 1)}>
            重试
          </Button>
          <Button fill="outline" size="large" block onClick={openEvents}>
            看看近期活动
          </Button>
        </View>
      ) : (
        <LoadingBlock text="正在打开邀请…" />
      )}
    </PageShell>
  )
}
