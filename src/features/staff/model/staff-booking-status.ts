import type { BookingStatus } from '@/contract/constants'

type Tone = 'primary' | 'success' | 'default' | 'warning'

// Words for the counter: a booking whose slot has passed can still be checked in that day.
const labels: Record<BookingStatus, { text: string; tone: Tone }> = {
  booked: { text: '待签到', tone: 'primary' },
  arrived: { text: '已签到', tone: 'success' },
  cancelled: { text: '已取消', tone: 'default' },
  missed: { text: '已过时段', tone: 'warning' },
}

/** The label and tag tone of a booking's status, as counter staff read it. */
export function staffBookingStatus(status: BookingStatus) {
  return labels[status]
}
