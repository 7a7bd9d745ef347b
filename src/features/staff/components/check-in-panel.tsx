import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Cell, CellGroup, TextArea } from '@nutui/nutui-react-taro'
import type { CheckInResult } from '@/contract/bookings'
import { FormField } from '@/components/form-field'
import { InlineError } from '@/components/inline-error'
import { cameraScanAvailable, scanQrCode } from '@/platform/scan'
import { formatSlot } from '@/utils/beijing-format'
import { useCheckIn } from '../api/check-in'
import './check-in-panel.scss'

/** Scan (or, in a browser, paste) a customer's booking code and mark them as arrived. */
export function CheckInPanel() {
  const [code, setCode] = useState('')
  const [arrived, setArrived] = useState<CheckInResult['booking']>()
  const submit = useCheckIn()

  const [missing, setMissing] = useState(false)
  const send = async (payload: string) => {
    setMissing(!payload.trim())
    if (!payload.trim()) return
    setArrived(undefined)
    const result = await submit.execute(payload.trim())
    if (result.ok) {
      setArrived(result.data.booking)
      setCode('')
    }
  }
  const scan = async () => {
    const result = await scanQrCode()
    if (result.ok) await send(result.text)
  }

  return (
    <View className="cc-check-in">
      {cameraScanAvailable ? (
        <View className="cc-check-in__scan">
          <Button type="primary" size="large" block loading={submit.pending} onClick={() => void scan()}>
            扫描客户预约码
          </Button>
        </View>
      ) : null}
      <FormField
        label={cameraScanAvailable ? '或输入预约码' : '预约码'}
        hint={cameraScanAvailable ? undefined : '网页版无法调用摄像头扫码，请粘贴客户出示的预约码内容'}
        error={missing ? '请输入或粘贴客户的预约码' : submit.error?.message}
      >
        <TextArea placeholder="CC1.B.…" value={code} onChange={setCode} maxLength={200} />
      </FormField>
      <View className="cc-check-in__actions">
        <Button type="primary" fill="outline" block loading={submit.pending} onClick={() => void send(code)}>
          确认到店
        </Button>
      </View>
      {arrived ? (
        <View className="cc-check-in__result" role="status">
          <Text className="cc-check-in__ok">✓ 已签到</Text>
          <CellGroup>
            <Cell title="客户" extra={`${arrived.customerNameMasked ?? ''} ${arrived.customerPhoneMasked}`} />
            <Cell title="业务" extra={arrived.service.name} />
            <Cell title="时间" extra={formatSlot(arrived.slotStart, arrived.slotEnd)} />
            <Cell title="预约号" extra={arrived.number} />
            <Cell title="请核对" description={arrived.service.bring.join('、')} />
          </CellGroup>
        </View>
      ) : null}
      {!arrived && submit.error ? <InlineError message="请核对后重新扫码，或请客户刷新预约码" /> : null}
    </View>
  )
}
