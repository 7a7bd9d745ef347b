import type { BookingStatus } from '@/contract/constants'

const labels: Record<BookingStatus, { text: string; tone: 'primary' | 'success' | 'default' | 'warning' }> = {
  booked: { text: '已预约', tone: 'primary' },
  arrived: { text: '已到店', tone: 'success' },
  cancelled: { text: '已取消', tone: 'default' },
  missed: { text: '已过期', tone: 'warning' },
}

/** The Chinese label and tag tone of a booking status. */
export function bookingStatusLabel(status: BookingStatus) {
  return labels[status]
}
