import { useEffect, useState } from 'react'
import { Text } from '@tarojs/components'
import { NoticeBar } from '@nutui/nutui-react-taro'
import { ChoiceGrid } from '@/components/choice-grid'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { useBranches } from '@/features/counter/api/get-branches'
import { BranchCard } from '@/features/counter/components/branch-card'
import { groupByTown } from '@/features/counter/model/branch-list'
import { locateUser, type LocationResult } from '@/platform/location'
import { usePageRefresh } from '@/services/query/use-page-refresh'
import './index.scss'

const ALL_TOWNS = '全部乡镇'

export default function BranchesPage() {
  // Location is asked once; whatever the answer, the list works (by town when it is unknown).
  const [location, setLocation] = useState<LocationResult | 'locating'>('locating')
  const [town, setTown] = useState(ALL_TOWNS)
  useEffect(() => {
    void locateUser().then(setLocation)
  }, [])
  const near = location !== 'locating' && location.ok ? location.point : undefined
  const branches = useBranches(near, location !== 'locating')
  usePageRefresh(branches)

  if (location === 'locating' || (branches.loading && !branches.data)) {
    return (
      <PageShell>
        <LoadingBlock text={location === 'locating' ? '正在定位最近的网点…' : '正在加载网点…'} />
      </PageShell>
    )
  }

  const items = branches.data ?? []
  const groups = groupByTown(items)
  const shown = near
    ? items
    : groups.filter((g) => town === ALL_TOWNS || g.town === town).flatMap((g) => g.branches)
  return (
    <PageShell>
      {!near ? (
        <NoticeBar
          scrollable={false}
          wrap
          content={
            !location.ok && location.reason === 'denied'
              ? '未获得定位权限，已按乡镇列出网点，可选择您所在的乡镇'
              : '暂时无法定位，已按乡镇列出网点'
          }
        />
      ) : (
        <Text className="branches-page__hint">已按距离由近到远排列</Text>
      )}
      {!near ? (
        <ChoiceGrid
          columns={4}
          choices={[ALL_TOWNS, ...groups.map((g) => g.town)].map((name) => ({ key: name, label: name }))}
          selected={town}
          onSelect={setTown}
        />
      ) : null}
      <InlineError message={branches.error && `${branches.error.message}（下拉刷新重试）`} />
      {shown.map((branch) => (
        <BranchCard key={branch.id} branch={branch} />
      ))}
    </PageShell>
  )
}
