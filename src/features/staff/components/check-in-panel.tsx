import type { ErrorCode } from '@/contract/errors'
import { useState } from 'react'
import { useSWRConfig } from 'swr'
import { Text, View } from '@tarojs/components'
import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro'
import type { CheckInRequest, StaffBooking } from '@/contract/bookings'
import { CodeEntry } from '@/components/code-entry'
import { InlineError } from '@/components/inline-error'
import { cameraScanAvailable, scanQrCode } from '@/platform/scan'
import { formatSlot } from '@/utils/beijing-format'
import { useCheckIn } from '../api/check-in'
import { staffKeys } from '../api/query-keys'
import { codeProof } from '../model/check-in-proof'
import { TodayBookings } from './today-bookings'
import './check-in-panel.scss'

/** Where a check-in was started, so its refusal shows next to that control. */
type Source = 'scan' | 'code' | { bookingId: string }

const CAMERA_UNAVAILABLE = '无法打开摄像头，请在浏览器中允许使用摄像头，或输入客户的签到码'
/** A QR code the bank refused: the customer can show it again, or read out the code under it. */
const QR_REFUSED: string[] = ['QR_INVALID', 'QR_EXPIRED'] satisfies ErrorCode[]
/** Refusals that mean today's list on screen is older than the bank's. */
const LIST_OUT_OF_DATE: string[] = ['ALREADY_ARRIVED', 'BOOKING_CANCELLED'] satisfies ErrorCode[]

/** Check a customer in: scan the booking QR, type the check-in code under it, or pick today's booking. */
export function CheckInPanel() {
  const [code, setCode] = useState('')
  const [codeError, setCodeError] = useState<string>()
  const [scanError, setScanError] = useState<string>()
  const [source, setSource] = useState<Source>()
  const [arrived, setArrived] = useState<StaffBooking>()
  const submit = useCheckIn()
  const { mutate } = useSWRConfig()

  const send = async (from: Source, body: CheckInRequest): Promise<boolean> => {
    setSource(from)
    setArrived(undefined)
    const result = await submit.execute(body)
    if (result.ok) setArrived(result.data.booking)
    // Someone checked the customer in or the booking was cancelled meanwhile: today's list shows it.
    else if (LIST_OUT_OF_DATE.includes(result.error.code)) void mutate(staffKeys.todayBookings())
    return result.ok
  }
  const scan = async () => {
    setScanError(undefined)
    const result = await scanQrCode({ hint: '请将客户的预约二维码放入画面中' })
    if (result.ok) await send('scan', { qrPayload: result.text.trim() })
    else if (result.reason === 'camera-unavailable') setScanError(CAMERA_UNAVAILABLE)
  }
  const sendCode = async () => {
    const proof = codeProof(code)
    setCodeError(proof.ok ? undefined : proof.message)
    if (proof.ok && (await send('code', proof.body))) setCode('')
  }
  const errorFor = (from: 'scan' | 'code') => (source === from ? submit.error?.message : undefined)
  const scanRefusal = errorFor('scan')

  return (
    <View className="cc-check-in">
      {cameraScanAvailable ? (
        <View className="cc-check-in__scan">
          <Button type="primary" size="large" block loading={submit.pending} onClick={() => void scan()}>
            扫描客户预约码
          </Button>
          <InlineError message={scanError ?? scanRefusal} />
          {scanRefusal && QR_REFUSED.includes(submit.error?.code ?? '') ? (
            <Text className="cc-check-in__hint">请客户打开预约详情重新出示，或输入二维码下方的签到码</Text>
          ) : null}
        </View>
      ) : null}
      <CodeEntry
        label="签到码"
        hint="客户预约详情中二维码下方的6位数字"
        error={codeError ?? errorFor('code')}
        name="checkInCode"
        placeholder="请输入6位签到码"
        maxLength={7}
        value={code}
        onChange={(value) => {
          setCode(value)
          setCodeError(undefined)
          submit.clearError()
        }}
        submitLabel="确认签到"
        pending={submit.pending}
        onSubmit={() => void sendCode()}
      />
      {arrived ? <ArrivedCard booking={arrived} /> : null}
      <TodayBookings
        checking={submit.pending}
        refusal={
          typeof source === 'object' ? { bookingId: source.bookingId, error: submit.error } : undefined
        }
        onCheckIn={(bookingId, body) => send({ bookingId }, body)}
        onTyping={submit.clearError}
      />
    </View>
  )
}

/** The customer just checked in, with what to check at the counter. */
function ArrivedCard({ booking }: { booking: StaffBooking }) {
  return (
    <View className="cc-check-in__result" role="status">
      <Text className="cc-check-in__ok">✓ 已签到</Text>
      <CellGroup>
        <Cell title="客户" extra={`${booking.customerNameMasked ?? ''} ${booking.customerPhoneMasked}`} />
        <Cell title="业务" extra={booking.service.name} />
        <Cell title="时间" description={formatSlot(booking.slotStart, booking.slotEnd)} />
        <Cell title="预约号" extra={booking.number} />
        <Cell title="请核对" description={booking.service.bring.join('、')} />
      </CellGroup>
    </View>
  )
}
