import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Input, Tag } from '@nutui/nutui-react-taro'
import type { CheckInRequest, StaffBooking } from '@/contract/bookings'
import { FormField } from '@/components/form-field'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import type { ApiError } from '@/services/http/api-error'
import { usePageRefresh } from '@/services/query/use-page-refresh'
import { formatBeijing, formatTimeRange } from '@/utils/beijing-format'
import { formatDayLabel } from '@/utils/date-text'
import { useTodayBookings } from '../api/get-today-bookings'
import { rowProof } from '../model/check-in-proof'
import { staffBookingStatus } from '../model/staff-booking-status'
import './today-bookings.scss'

/** Props of today's list. */
export interface TodayBookingsProps {
  /** A check-in is running (one at a time on this page). */
  checking: boolean
  /** The bank's refusal of the last check-in started from a row. */
  refusal?: { bookingId: string; error?: ApiError }
  /** Checks the row's customer in; resolves true once the bank agreed. */
  onCheckIn: (bookingId: string, body: CheckInRequest) => Promise<boolean>
  /** Staff are correcting what they typed: the bank's last refusal no longer applies. */
  onTyping: () => void
}

/** "今日预约": the branch's bookings of today, each checked in after the customer's code or ID tail. */
export function TodayBookings({ checking, refusal, onCheckIn, onTyping }: TodayBookingsProps) {
  const today = useTodayBookings()
  usePageRefresh(today)
  const [open, setOpen] = useState<string>()
  if (today.loading && !today.data) return <LoadingBlock />
  const data = today.data
  return (
    <View className="cc-today" role="region" aria-label="今日预约">
      <View className="cc-today__head">
        <Text className="cc-today__title">今日预约</Text>
        {data ? (
          <Text className="cc-today__meta">
            {data.branchName} · {formatDayLabel(data.date)} · {data.items.length}个
          </Text>
        ) : null}
      </View>
      <InlineError message={today.error?.message} onClick={() => void today.reload()} />
      {data?.items.length === 0 ? <Text className="cc-today__empty">今天本网点暂无预约</Text> : null}
      {data?.items.map((booking) => (
        <TodayRow
          key={booking.id}
          booking={booking}
          open={open === booking.id}
          checking={checking}
          error={refusal?.bookingId === booking.id ? refusal.error?.message : undefined}
          onOpen={() => setOpen(open === booking.id ? undefined : booking.id)}
          onTyping={onTyping}
          onCheckIn={async (body) => {
            const ok = await onCheckIn(booking.id, body)
            if (ok) setOpen(undefined)
          }}
        />
      ))}
    </View>
  )
}

interface TodayRowProps {
  booking: StaffBooking
  open: boolean
  checking: boolean
  error?: string
  onOpen: () => void
  onCheckIn: (body: CheckInRequest) => Promise<void>
  onTyping: () => void
}

/** One booking: time, service, masked customer and status; 签到 opens the check of code or ID tail. */
function TodayRow({ booking, open, checking, error, onOpen, onCheckIn, onTyping }: TodayRowProps) {
  const [typed, setTyped] = useState('')
  const [typedError, setTypedError] = useState<string>()
  const status = staffBookingStatus(booking.status)
  const checkable = booking.status === 'booked' || booking.status === 'missed'
  const confirm = async () => {
    const proof = rowProof(booking.id, typed, booking.idTailCheckable)
    setTypedError(proof.ok ? undefined : proof.message)
    if (proof.ok) await onCheckIn(proof.body)
  }
  const customer = `${booking.customerNameMasked ?? '未实名'} ${booking.customerPhoneMasked}`
  return (
    <View className="cc-today__row" role="group" aria-label={`${booking.number} ${customer}`}>
      <View className="cc-today__line">
        <Text className="cc-today__time">{formatTimeRange(booking.slotStart, booking.slotEnd)}</Text>
        <Tag type={status.tone}>
          {booking.status === 'arrived' && booking.arrivedAt
            ? `已签到 ${formatBeijing(booking.arrivedAt, 'HH:mm')}`
            : status.text}
        </Tag>
      </View>
      <Text className="cc-today__service">{booking.service.name}</Text>
      <View className="cc-today__line">
        <Text className="cc-today__customer">{customer}</Text>
        {checkable ? (
          <Button size="small" type="primary" fill={open ? 'outline' : 'solid'} onClick={onOpen}>
            {open ? '收起' : '签到'}
          </Button>
        ) : null}
      </View>
      {open ? (
        <View className="cc-today__check">
          <FormField
            label={booking.idTailCheckable ? '客户的签到码或身份证后4位' : '客户的签到码'}
            error={typedError ?? error}
            extra={
              <Button type="primary" size="small" loading={checking} onClick={() => void confirm()}>
                确认签到
              </Button>
            }
          >
            <Input
              name="rowProof"
              placeholder={booking.idTailCheckable ? '6位签到码或身份证后4位' : '6位签到码'}
              maxLength={7}
              value={typed}
              onChange={(value) => {
                setTyped(value)
                setTypedError(undefined)
                onTyping()
              }}
            />
          </FormField>
        </View>
      ) : null}
    </View>
  )
}
