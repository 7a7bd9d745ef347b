import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Input, Loading, TextArea } from '@nutui/nutui-react-taro'
import type { Booking, SlotAlternative } from '@/contract/bookings'
import type { BranchDetail, BranchService, Slot } from '@/contract/branches'
import { ChoiceGrid } from '@/components/choice-grid'
import { FormField } from '@/components/form-field'
import { useFormState } from '@/components/form-field/use-form-state'
import { InlineError } from '@/components/inline-error'
import { formatBeijing, formatSlot, formatTimeRange } from '@/utils/beijing-format'
import { formatDayLabel } from '@/utils/date-text'
import { bookingAmountHint } from '@/utils/booking-amount'
import { useBookSlot } from '../api/create-booking'
import { useSlotPicker } from '../hooks/use-slot-picker'
import { bookingErrorsFromApi, checkAmount, serviceRule, type BookingFormValues } from '../model/booking-form'
import './booking-form.scss'

/** Props of the booking form. */
export interface BookingFormProps {
  branch: BranchDetail
  service: BranchService
  /** Set when moving an existing booking to another slot. */
  rescheduling?: Booking
  onBooked: (booking: Booking) => void
}

const slotDetail: Record<Slot['status'], (slot: Slot) => string> = {
  available: (slot) => `余${slot.remaining}位`,
  full: () => '已约满',
  past: () => '已过时',
  notice: () => '需提前预约',
}

/** Day, half-hour slot, amount (large cash only) and a note; the bank decides, the form explains. */
export function BookingForm({ branch, service, rescheduling, onBooked }: BookingFormProps) {
  const picker = useSlotPicker(branch.id, service.id)
  const form = useFormState<BookingFormValues>({
    amount: rescheduling?.amountFen ? String(rescheduling.amountFen / 100) : '',
    note: rescheduling?.note ?? '',
  })
  const [slotError, setSlotError] = useState<string>()
  const [alternatives, setAlternatives] = useState<SlotAlternative[]>([])
  const submit = useBookSlot({ branchId: branch.id, serviceId: service.id, reschedulingId: rescheduling?.id })
  const rule = serviceRule(service)
  // While another day loads, the previous day's slots must not be tappable under the new date.
  const daySlots = (picker.slots.data ?? []).filter(
    (slot) => formatBeijing(slot.start, 'YYYY-MM-DD') === picker.date,
  )

  const confirm = async () => {
    const amount = checkAmount(service, form.values.amount)
    if (amount.error) form.setFieldError('amount', amount.error)
    if (!picker.slotStart) setSlotError('请选择预约时段')
    if (amount.error || !picker.slotStart) return
    const note = form.values.note.trim()
    const result = await submit.execute({
      slotStart: picker.slotStart,
      amountFen: amount.fen,
      note: note || undefined,
    })
    if (result.ok) return onBooked(result.data)
    const errors = bookingErrorsFromApi(result.error)
    form.setErrors({ amount: errors.amount, form: errors.form })
    setSlotError(errors.slot)
    setAlternatives(((result.error.details?.alternatives as SlotAlternative[] | undefined) ?? []).slice(0, 3))
    if (errors.slot) void picker.slots.reload()
  }

  const pickAlternative = (alternative: SlotAlternative) => {
    const date = formatBeijing(alternative.start, 'YYYY-MM-DD')
    picker.chooseDate(date)
    picker.setSlotStart(alternative.start)
    setSlotError(undefined)
    setAlternatives([])
  }

  return (
    <View className="cc-booking-form">
      <View className="cc-booking-form__summary">
        <Text className="cc-booking-form__title">{service.name}</Text>
        <Text className="cc-booking-form__sub">
          {branch.name} · 约{service.durationMinutes}分钟 · 请携带{service.bring.join('、')}
        </Text>
        {rescheduling ? (
          <Text className="cc-booking-form__sub">
            原预约：{formatSlot(rescheduling.slotStart, rescheduling.slotEnd)}（预约号 {rescheduling.number}{' '}
            不变）
          </Text>
        ) : null}
      </View>
      {rule ? <Text className="cc-booking-form__rule">{rule}</Text> : null}
      {service.needsAmount ? (
        <FormField label="取现金额（元）" error={form.errors.amount} hint={bookingAmountHint(service)}>
          <Input
            name="amount"
            type="digit"
            placeholder="如 50000"
            value={form.values.amount}
            onChange={form.change('amount')}
          />
        </FormField>
      ) : null}

      <Text className="cc-booking-form__section">选择日期</Text>
      {picker.days.loading && !picker.days.data ? <Loading>正在加载可预约日期…</Loading> : null}
      <InlineError message={picker.days.error?.message} onClick={() => void picker.days.reload()} />
      <ChoiceGrid
        label="选择日期"
        columns="scroll"
        choices={(picker.days.data ?? []).map((day) => ({
          key: day.date,
          label: formatDayLabel(day.date),
          detail: `${day.open}–${day.close}`,
        }))}
        selected={picker.date}
        onSelect={picker.chooseDate}
      />

      <Text className="cc-booking-form__section">选择时段</Text>
      {picker.slots.loading && daySlots.length === 0 ? <Loading>正在加载时段…</Loading> : null}
      <InlineError message={picker.slots.error?.message} onClick={() => void picker.slots.reload()} />
      <ChoiceGrid
        label="选择时段"
        columns={3}
        choices={daySlots.map((slot) => ({
          key: slot.start,
          label: formatTimeRange(slot.start, slot.end),
          detail: slotDetail[slot.status](slot),
          disabled: slot.status !== 'available',
        }))}
        selected={picker.slotStart}
        onSelect={(start) => {
          picker.setSlotStart(start)
          setSlotError(undefined)
        }}
      />
      {picker.slots.data && daySlots.length > 0 && daySlots.every((slot) => slot.status !== 'available') ? (
        <Text className="cc-booking-form__sub cc-booking-form__pad">当天已无可预约时段，请选择其他日期</Text>
      ) : null}
      <InlineError message={slotError} />
      {alternatives.length ? (
        <View className="cc-booking-form__alternatives">
          <Text className="cc-booking-form__sub">以下时段还有名额：</Text>
          {alternatives.map((alternative) => (
            <Button
              key={alternative.start}
              size="small"
              fill="outline"
              type="primary"
              onClick={() => pickAlternative(alternative)}
            >
              {formatSlot(alternative.start, alternative.end)} 余{alternative.remaining}位
            </Button>
          ))}
        </View>
      ) : null}

      {!rescheduling ? (
        <FormField label="备注（选填）" error={form.errors.note}>
          <TextArea
            placeholder="如需说明的事项，100字以内"
            maxLength={100}
            value={form.values.note}
            onChange={form.change('note')}
          />
        </FormField>
      ) : null}
      <InlineError message={form.errors.form} />
      <View className="cc-booking-form__actions">
        <Button type="primary" size="large" block loading={submit.pending} onClick={confirm}>
          {rescheduling ? '确认改约' : '确认预约'}
        </Button>
      </View>
    </View>
  )
}
