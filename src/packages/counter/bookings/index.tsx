import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Tabs } from '@nutui/nutui-react-taro'
import type { BookingScope } from '@/contract/bookings'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { RequireLogin } from '@/features/auth/components/require-login'
import { useBookings } from '@/features/counter/api/get-bookings'
import { BookingCard } from '@/features/counter/components/booking-card'
import { usePageRefresh } from '@/services/query/use-page-refresh'
import { routes } from '@/routes'
import './index.scss'

const scopes: { value: BookingScope; title: string; empty: string }[] = [
  { value: 'upcoming', title: '待办理', empty: '暂无待办理的预约' },
  { value: 'past', title: '已办理/过期', empty: '暂无历史预约' },
  { value: 'cancelled', title: '已取消', empty: '暂无已取消的预约' },
]

function BookingList({ scope }: { scope: (typeof scopes)[number] }) {
  const bookings = useBookings(scope.value)
  usePageRefresh(bookings)
  if (bookings.loading && !bookings.data) return <LoadingBlock />
  return (
    <View>
      <InlineError message={bookings.error?.message} onClick={() => void bookings.reload()} />
      {bookings.data?.length === 0 ? (
        <View className="bookings-page__empty">
          <Text>{scope.empty}</Text>
          {scope.value === 'upcoming' ? (
            <Button type="primary" onClick={() => Taro.navigateTo({ url: routes.branches })}>
              去预约
            </Button>
          ) : null}
        </View>
      ) : null}
      {bookings.data?.map((booking) => (
        <BookingCard key={booking.id} booking={booking} />
      ))}
    </View>
  )
}

export default function BookingsPage() {
  const [scope, setScope] = useState<BookingScope>('upcoming')
  return (
    <PageShell>
      <RequireLogin reason="登录后查看您的预约" returnTo={routes.bookings} role="customer">
        {() => (
          <Tabs value={scope} onChange={(value) => setScope(value as BookingScope)}>
            {scopes.map((item) => (
              <Tabs.TabPane key={item.value} title={item.title} value={item.value}>
                {scope === item.value ? <BookingList scope={item} /> : null}
              </Tabs.TabPane>
            ))}
          </Tabs>
        )}
      </RequireLogin>
    </PageShell>
  )
}
