import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import type { Booking } from '@/contract/bookings'
import { routes } from '@/routes'
import { formatSlot } from '@/utils/beijing-format'
import { bookingStatusLabel } from '../model/booking-status'
import './booking-card.scss'

/** Props of a booking in a list. */
export interface BookingCardProps {
  booking: Booking
}

/** A booking in "我的预约": what, where, when, and its status; tap for the code and actions. */
export function BookingCard({ booking }: BookingCardProps) {
  const status = bookingStatusLabel(booking.status)
  return (
    <View
      className="cc-booking-card"
      role="button"
      onClick={() => Taro.navigateTo({ url: `${routes.booking}?id=${encodeURIComponent(booking.id)}` })}
    >
      <View className="cc-booking-card__head">
        <Text className="cc-booking-card__service">{booking.service.name}</Text>
        <Tag type={status.tone}>{status.text}</Tag>
      </View>
      <Text className="cc-booking-card__line">{formatSlot(booking.slotStart, booking.slotEnd)}</Text>
      <Text className="cc-booking-card__line">{booking.branch.name}</Text>
      <Text className="cc-booking-card__number">预约号 {booking.number}</Text>
    </View>
  )
}
