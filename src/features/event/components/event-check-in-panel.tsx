import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro'
import { EVENT_CHECK_IN_CODE_LENGTH } from '@/contract/constants'
import type { EventCheckInRequest, EventCheckInResult, EventSummary } from '@/contract/events'
import { CodeEntry } from '@/components/code-entry'
import { FormField } from '@/components/form-field'
import { InlineError } from '@/components/inline-error'
import { cameraScanAvailable, scanQrCode } from '@/platform/scan'
import { routes } from '@/routes'
import { useEventCheckIn } from '../api/staff'

import { OptionList } from './option-list'
import './event-check-in-panel.scss'
import { eventTimeText } from '@/utils/event-time'

const CAMERA_UNAVAILABLE = '无法打开摄像头，请在浏览器中允许使用摄像头，或输入客户的签到码'
const CODE_RE = new RegExp(`^\\d{${EVENT_CHECK_IN_CODE_LENGTH}}$`)

/** Props of the venue check-in. */
export interface EventCheckInPanelProps {
  /** The host branch's events still to come or under way, to type a code against. */
  events: EventSummary[]
}

/** Scan an attendee's pass, or pick the event and type the 6-digit code under it. */
export function EventCheckInPanel({ events }: EventCheckInPanelProps) {
  const [eventId, setEventId] = useState(events[0]?.id ?? '')
  const [code, setCode] = useState('')
  const [codeError, setCodeError] = useState<string>()
  const [scanError, setScanError] = useState<string>()
  const [source, setSource] = useState<'scan' | 'code'>()
  const [arrived, setArrived] = useState<EventCheckInResult>()
  const submit = useEventCheckIn()

  const send = async (from: 'scan' | 'code', body: EventCheckInRequest) => {
    setSource(from)
    setArrived(undefined)
    const result = await submit.execute(body)
    if (result.ok) setArrived(result.data)
    return result.ok
  }
  const scan = async () => {
    setScanError(undefined)
    const result = await scanQrCode({ hint: '请将客户的活动签到码放入画面中' })
    if (result.ok) await send('scan', { qrPayload: result.text.trim() })
    else if (result.reason === 'camera-unavailable') setScanError(CAMERA_UNAVAILABLE)
  }
  const sendCode = async () => {
    const typed = code.replace(/[\s-]/g, '')
    const message = !eventId
      ? '请先选择活动'
      : !CODE_RE.test(typed)
        ? `请输入客户签到页上的${EVENT_CHECK_IN_CODE_LENGTH}位签到码`
        : undefined
    setCodeError(message)
    if (!message && (await send('code', { eventId, code: typed }))) setCode('')
  }
  const errorFor = (from: 'scan' | 'code') => (source === from ? submit.error?.message : undefined)

  return (
    <View className="cc-event-check-in">
      {cameraScanAvailable ? (
        <View className="cc-event-check-in__scan">
          <Button type="primary" size="large" block loading={submit.pending} onClick={() => void scan()}>
            扫描客户签到码
          </Button>
          <InlineError message={scanError ?? errorFor('scan')} />
        </View>
      ) : null}
      {events.length ? (
        <FormField label="活动">
          <OptionList
            label="活动"
            options={events.map((e) => ({ key: e.id, title: e.title, detail: eventTimeText(e) }))}
            selected={eventId}
            onSelect={setEventId}
          />
          <Button
            fill="outline"
            block
            onClick={() =>
              void Taro.navigateTo({ url: `${routes.staffVenueCode}?id=${encodeURIComponent(eventId)}` })
            }
          >
            出示现场签到码
          </Button>
        </FormField>
      ) : (
        <Text className="cc-event-check-in__none">本网点暂无即将举办的活动，可扫码签到</Text>
      )}
      <CodeEntry
        label="签到码"
        hint="客户签到页二维码下方的6位数字"
        error={codeError ?? errorFor('code')}
        name="eventCheckInCode"
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
      {arrived ? (
        <View className="cc-event-check-in__result" role="status">
          <Text className="cc-event-check-in__ok">✓ 已签到</Text>
          <CellGroup>
            <Cell title="活动" description={arrived.eventTitle} />
            <Cell title="客户" extra={`${arrived.nameMasked} ${arrived.phoneMasked}`} />
            <Cell title="村（社区）" extra={arrived.village} />
            <Cell title="人数" extra={`${arrived.partySize}人`} />
          </CellGroup>
        </View>
      ) : null}
    </View>
  )
}
