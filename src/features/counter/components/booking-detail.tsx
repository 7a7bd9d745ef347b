import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Cell, CellGroup, Tag } from '@nutui/nutui-react-taro'
import type { Booking } from '@/contract/bookings'
import { InlineError } from '@/components/inline-error'
import { QrCode } from '@/components/qr-code'
import { openMap } from '@/platform/map'
import { callPhone } from '@/platform/phone'
import { remindOf, reminderLabel } from '@/platform/reminder'
import { routes } from '@/routes'
import { formatBeijing, formatSlot } from '@/utils/beijing-format'
import { formatFen } from '@/utils/money'
import { useCancelBooking } from '../api/cancel-booking'
import { bookingStatusLabel } from '../model/booking-status'
import { groupCheckInCode } from '../model/check-in-code'
import './booking-detail.scss'

/** Props of a booking's detail. */
export interface BookingDetailProps {
  booking: Booking
  onChanged: (booking: Booking) => void
}

const reminderToast = {
  'calendar-file': '已生成日历文件，请在日历中保存',
  subscribed: '已订阅，到店前会提醒您',
  declined: '您未允许提醒',
  unavailable: '暂不支持提醒，可在消息中心查看',
}

/** The code to show at the counter, where and when, what to bring, and what can still be changed. */
export function BookingDetail({ booking, onChanged }: BookingDetailProps) {
  const status = bookingStatusLabel(booking.status)
  const cancel = useCancelBooking(booking.id)
  const active = booking.status === 'booked'

  const confirmCancel = async () => {
    const answer = await Taro.showModal({
      title: '取消预约',
      content: `确定取消 ${formatSlot(booking.slotStart, booking.slotEnd)} 的预约吗？`,
      confirmText: '取消预约',
      cancelText: '再想想',
    })
    if (!answer.confirm) return
    const result = await cancel.execute()
    if (result.ok) onChanged(result.data)
  }
  const remind = async () => {
    const outcome = await remindOf({
      uid: `booking-${booking.number}`,
      title: `${booking.service.name}（${booking.branch.name}）`,
      start: booking.slotStart,
      end: booking.slotEnd,
      location: booking.branch.address,
      description: `预约号 ${booking.number}；请携带：${booking.service.bring.join('、')}`,
      alarmMinutesBefore: 60,
    })
    void Taro.showToast({ title: reminderToast[outcome], icon: 'none' })
  }

  return (
    <View className="cc-booking">
      <View className="cc-booking__head">
        <Tag type={status.tone}>{status.text}</Tag>
        <Text className="cc-booking__number">预约号 {booking.number}</Text>
        {active ? (
          <>
            <QrCode value={booking.qrPayload} label={`预约二维码，预约号 ${booking.number}`} />
            <Text className="cc-booking__hint">到店后请向柜员出示此二维码</Text>
            <Text
              className="cc-booking__code"
              aria-label={`签到码 ${booking.checkInCode.split('').join(' ')}`}
            >
              签到码 {groupCheckInCode(booking.checkInCode)}
            </Text>
            <Text className="cc-booking__hint">无法扫码时，请把签到码告诉柜员</Text>
          </>
        ) : null}
        {booking.status === 'arrived' && booking.arrivedAt ? (
          <Text className="cc-booking__hint">
            已于 {formatBeijing(booking.arrivedAt, 'M月D日 HH:mm')} 到店签到
          </Text>
        ) : null}
      </View>
      <CellGroup>
        <Cell title="业务" extra={booking.service.name} />
        <Cell title="时间" description={formatSlot(booking.slotStart, booking.slotEnd)} />
        <Cell title="网点" description={booking.branch.address} extra={booking.branch.name} />
        {booking.amountFen ? <Cell title="取现金额" extra={`¥${formatFen(booking.amountFen)}`} /> : null}
        <Cell title="请携带" description={booking.service.bring.join('、')} />
        {booking.note ? <Cell title="备注" description={booking.note} /> : null}
      </CellGroup>
      <View className="cc-booking__actions">
        <Button size="small" fill="outline" onClick={() => void callPhone(booking.branch.phone)}>
          联系网点
        </Button>
        <Button
          size="small"
          fill="outline"
          onClick={() =>
            void openMap({
              lat: booking.branch.lat,
              lng: booking.branch.lng,
              name: booking.branch.name,
              address: booking.branch.address,
            })
          }
        >
          导航
        </Button>
        {active ? (
          <Button size="small" fill="outline" onClick={() => void remind()}>
            {reminderLabel}
          </Button>
        ) : null}
      </View>
      {active ? (
        <View className="cc-booking__manage">
          {booking.canCancel ? (
            <>
              <Button
                block
                fill="outline"
                type="primary"
                onClick={() =>
                  Taro.navigateTo({ url: `${routes.book}?bookingId=${encodeURIComponent(booking.id)}` })
                }
              >
                改约
              </Button>
              <Button
                block
                fill="outline"
                type="danger"
                loading={cancel.pending}
                onClick={() => void confirmCancel()}
              >
                取消预约
              </Button>
            </>
          ) : (
            <Text className="cc-booking__hint">
              距预约时间不足1小时，已不能取消或改约，如有变化请联系网点
            </Text>
          )}
          <Text className="cc-booking__hint">
            可在 {formatBeijing(booking.cancelDeadline, 'M月D日 HH:mm')} 前取消或改约
          </Text>
          <InlineError message={cancel.error?.message} />
        </View>
      ) : null}
    </View>
  )
}
