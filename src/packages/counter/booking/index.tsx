import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { NoticeBar } from '@nutui/nutui-react-taro'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { PageShell } from '@/components/page-shell'
import { useBooking } from '@/features/counter/api/get-booking'
import { BookingDetail } from '@/features/counter/components/booking-detail'
import { usePageRefresh } from '@/services/query/use-page-refresh'
import { routes } from '@/routes'
import './index.scss'

export default function BookingPage() {
  const { params } = useRouter()
  const bookingId = params.id ?? ''
  const booking = useBooking(bookingId || undefined)
  // Back from "改约", or after the counter scanned the code: show the bank's current state.
  usePageRefresh(booking)

  return (
    <PageShell>
      {params.fresh && booking.data?.status === 'booked' ? (
        <NoticeBar
          scrollable={false}
          wrap
          content={
            params.fresh === 'moved'
              ? '改约成功！预约号不变，原时段已释放。'
              : '预约成功！确认信息已发送到消息中心。'
          }
        />
      ) : null}
      <InlineError
        message={!bookingId ? '未指定预约' : booking.error?.message}
        onClick={() => void booking.reload()}
      />
      {booking.loading && !booking.data ? <LoadingBlock /> : null}
      {booking.data ? (
        <BookingDetail
          booking={booking.data}
          onChanged={() => void Taro.showToast({ title: '已取消预约', icon: 'none' })}
        />
      ) : null}
      {booking.data ? (
        <View className="booking-page__all" onClick={() => Taro.navigateTo({ url: routes.bookings })}>
          查看我的全部预约 ›
        </View>
      ) : null}
    </PageShell>
  )
}
