import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Text } from '@tarojs/components'
import { ChoiceGrid } from '@/components/choice-grid'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { useCampaignPeople, useCampaignStats } from '@/features/campaign/api/figures'
import { DailyFigures } from '@/features/campaign/components/daily-figures'
import { PeopleList } from '@/features/campaign/components/people-list'
import { figuresText } from '@/features/campaign/model/figures-words'
import { routes } from '@/routes'
import { usePageRefresh } from '@/services/query/use-page-refresh'
import { addDays } from '@/utils/calendar-date'
import { decodeOnce } from '@/utils/url-param'
import './index.scss'

const RANGES = [
  { key: '7', label: '近7天' },
  { key: '14', label: '近14天' },
  { key: '30', label: '近30天' },
]

function LinkStats({ code }: { code: string }) {
  const [days, setDays] = useState('14')
  // The bank's first answer says which day is today; other ranges end on that day too.
  const [today, setToday] = useState<string>()
  const range = today && days !== '14' ? { from: addDays(today, 1 - Number(days)), to: today } : undefined
  const stats = useCampaignStats(code, range)
  const people = useCampaignPeople(code)
  usePageRefresh(stats, people)
  if (stats.data && !today) setToday(stats.data.to)
  return (
    <>
      <ChoiceGrid choices={RANGES} selected={days} onSelect={setDays} columns={3} label="统计范围" />
      <InlineError
        message={
          stats.error &&
          (stats.error.code === 'NOT_FOUND' ? stats.error.message : `${stats.error.message}（点击重试）`)
        }
        onClick={stats.error?.code === 'NOT_FOUND' ? undefined : () => void stats.reload()}
      />
      {stats.loading && !stats.data ? <LoadingBlock /> : null}
      {stats.data ? (
        <>
          <Text className="campaign-stats__totals">合计：{figuresText(stats.data.totals)}</Text>
          <Text className="campaign-stats__note">转化：报名后 30 天内预约、申请贷款或领券</Text>
        </>
      ) : null}
      {people.data ? (
        <>
          <Text className="campaign-stats__heading">带来的客户</Text>
          <PeopleList people={people.data.items} level2Count={people.data.level2Count} />
        </>
      ) : null}
      {stats.data ? (
        <>
          <Text className="campaign-stats__heading">每日数据</Text>
          <DailyFigures days={stats.data.days} />
        </>
      ) : null}
    </>
  )
}

export default function CampaignStatsPage() {
  const { params } = useRouter()
  const code = params.code ?? ''
  const title = params.title ? decodeOnce(params.title) : undefined
  return (
    <PageShell>
      {title ? <Text className="campaign-stats__title">{title}</Text> : null}
      <RequireLogin
        reason="登录后查看推广数据"
        returnTo={`${routes.campaignStats}?code=${code}`}
        role="staff"
      >
        {() => (code ? <LinkStats code={code} /> : <InlineError message="未找到该推广链接" />)}
      </RequireLogin>
    </PageShell>
  )
}
