import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { BulletinPeriod } from '@/contract/constants'
import type { Me } from '@/contract/me'
import { ChoiceGrid } from '@/components/choice-grid'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { useBranchBulletin } from '@/features/campaign/api/figures'
import { BulletinTable } from '@/features/campaign/components/bulletin-table'
import { routes } from '@/routes'
import { usePageRefresh } from '@/services/query/use-page-refresh'
import { addDays } from '@/utils/calendar-date'
import { formatDayLabel } from '@/utils/date-text'
import './index.scss'

const PERIODS = [
  { key: 'day', label: '日报' },
  { key: 'week', label: '周报' },
]

function Bulletin({ user }: { user: Me }) {
  const [period, setPeriod] = useState<BulletinPeriod>('day')
  // Undefined: the bank's today. Its first answer tells the page which day that is.
  const [date, setDate] = useState<string>()
  const [today, setToday] = useState<string>()
  const bulletin = useBranchBulletin(period, date, user.id)
  usePageRefresh(bulletin)
  const data = bulletin.data
  if (data && !today && !date) setToday(data.to)
  const step = period === 'day' ? 1 : 7
  const move = (days: number) => data && setDate(addDays(data.from, days))
  const span = data
    ? period === 'day'
      ? formatDayLabel(data.from)
      : `${formatDayLabel(data.from)} 至 ${formatDayLabel(data.to)}`
    : ''
  return (
    <>
      <ChoiceGrid
        choices={PERIODS}
        selected={period}
        onSelect={(key) => setPeriod(key as BulletinPeriod)}
        columns={2}
        label="通报周期"
      />
      <View className="campaign-bulletin__stepper">
        <Button fill="outline" onClick={() => move(-step)}>
          {period === 'day' ? '前一天' : '上一周'}
        </Button>
        <Text className="campaign-bulletin__span">{span}</Text>
        {/* Nothing after today: the button is left out rather than greyed (unreadably faint). */}
        {data && today && data.to < today ? (
          <Button fill="outline" onClick={() => move(step)}>
            {period === 'day' ? '后一天' : '下一周'}
          </Button>
        ) : (
          <View className="campaign-bulletin__spacer" />
        )}
      </View>
      <InlineError
        message={bulletin.error && `${bulletin.error.message}（点击重试）`}
        onClick={() => void bulletin.reload()}
      />
      {bulletin.loading && !data ? <LoadingBlock /> : null}
      {data ? (
        <>
          <Text className="campaign-bulletin__branch">{data.branch.name}</Text>
          <BulletinTable bulletin={data} />
          <Text className="campaign-bulletin__note">
            按报名数排名，相同时依次比较签到、转化、访问。客户转发带来的报名计入最初推广的员工；转化指报名后
            30 天内预约、申请贷款或领券。
          </Text>
        </>
      ) : null}
    </>
  )
}

export default function BranchBulletinPage() {
  return (
    <PageShell>
      <RequireLogin reason="登录后查看本网点通报" returnTo={routes.branchBulletin} role="staff">
        {(user) => <Bulletin user={user} />}
      </RequireLogin>
    </PageShell>
  )
}
