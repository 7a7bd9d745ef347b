import { useState } from 'react'
import Taro, { useReachBottom } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { InlineError } from '@/components/inline-error'
import { ListFooter } from '@/components/list-footer'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { useEvents } from '@/features/event/api/get-events'
import { useEventTowns } from '@/features/event/api/get-towns'
import type { EventFilters } from '@/features/event/api/query-keys'
import { EventCard } from '@/features/event/components/event-card'
import { EventFiltersBar } from '@/features/event/components/event-filters'
import { usePageRefresh } from '@/services/query/use-page-refresh'
import { routes } from '@/routes'
import './index.scss'

export default function EventsPage() {
  const [filters, setFilters] = useState<EventFilters>({ scope: 'upcoming' })
  const events = useEvents(filters)
  const towns = useEventTowns()
  usePageRefresh(events)
  useReachBottom(events.loadMore)

  return (
    <PageShell>
      <EventFiltersBar
        filters={filters}
        towns={towns.data?.items.map((t) => t.name) ?? []}
        onChange={setFilters}
      />
      <View className="events-page__links">
        <View role="button" onClick={() => void Taro.navigateTo({ url: routes.myEvents })}>
          我的活动
        </View>
      </View>
      <InlineError
        message={events.error && `${events.error.message}（点击重试）`}
        onClick={() => void events.reload()}
      />
      {events.loading ? (
        <LoadingBlock />
      ) : events.firstPage ? (
        <>
          {events.items.length ? (
            events.items.map((event) => <EventCard key={event.id} event={event} />)
          ) : (
            <Text className="cc-event-list__empty">
              {filters.scope === 'past' ? '暂无往期活动' : '暂无即将开始的活动'}
            </Text>
          )}
          <ListFooter list={events} />
        </>
      ) : null}
    </PageShell>
  )
}
