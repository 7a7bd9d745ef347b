import type { ErrorCode } from '@/contract/errors'
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Cell, CellGroup, Input } from '@nutui/nutui-react-taro'
import type { CouponLookupResult, MerchantRedemption } from '@/contract/redemptions'
import { CodeEntry } from '@/components/code-entry'
import { FormField } from '@/components/form-field'
import { InlineError } from '@/components/inline-error'
import { cameraScanAvailable, scanQrCode } from '@/platform/scan'
import { formatChineseDate } from '@/utils/date-text'
import { formatFen } from '@/utils/money'
import { useLookupCoupon, useRedeemCoupon } from '../api/redemptions'
import { readOrderAmount, readRedeemCode, termsAtTill } from '../model/redeem-form'
import { newRequestNo } from '../model/request-no'
import './redeem-panel.scss'

const CAMERA_UNAVAILABLE = '无法打开摄像头，请在浏览器中允许使用摄像头，或输入顾客券上的12位券码'
/**
 * The look-up is no longer good (the ticket died while the page waited, or a retry under this request
 * number met another amount or a reversal): the coupon must be looked up again, with a new number.
 */
const LOOK_UP_AGAIN: string[] = [
  'REDEEM_TICKET_INVALID',
  'REQUEST_NO_REUSED',
  'REDEMPTION_REVERSED',
] satisfies ErrorCode[]

/** A coupon found at the till, with the request number every retry of its redemption reuses. */
interface Found {
  lookup: CouponLookupResult
  requestNo: string
}

/** The till: scan the customer's coupon or type its code, check it, type the order amount, redeem. */
export function RedeemPanel() {
  const [code, setCode] = useState('')
  const [codeError, setCodeError] = useState<string>()
  const [scanError, setScanError] = useState<string>()
  const [from, setFrom] = useState<'scan' | 'code'>()
  const [found, setFound] = useState<Found>()
  const [done, setDone] = useState<MerchantRedemption>()
  const lookup = useLookupCoupon()

  const look = async (source: 'scan' | 'code', body: { token: string } | { code: string }) => {
    setFrom(source)
    setDone(undefined)
    const result = await lookup.execute(body)
    if (result.ok) setFound({ lookup: result.data, requestNo: newRequestNo() })
    return result.ok
  }
  const scan = async () => {
    setScanError(undefined)
    const result = await scanQrCode({ hint: '请将顾客优惠券上的二维码放入画面中' })
    if (result.ok) await look('scan', { token: result.text.trim() })
    else if (result.reason === 'camera-unavailable') setScanError(CAMERA_UNAVAILABLE)
  }
  const sendCode = async () => {
    const typed = readRedeemCode(code)
    setCodeError(typed.ok ? undefined : typed.message)
    if (typed.ok && (await look('code', { code: typed.value }))) setCode('')
  }
  const restart = (message?: string) => {
    setFound(undefined)
    setScanError(message)
    setFrom('scan')
  }

  if (done) return <RedeemedCard redemption={done} onNext={() => setDone(undefined)} />
  if (found) {
    return (
      <CouponCheck
        found={found}
        onCancel={() => restart()}
        onExpired={(message) => restart(message)}
        onRedeemed={(redemption) => {
          setFound(undefined)
          setDone(redemption)
        }}
      />
    )
  }
  const refusal = (source: 'scan' | 'code') => (from === source ? lookup.error?.message : undefined)
  return (
    <View className="cc-redeem">
      {cameraScanAvailable ? (
        <View className="cc-redeem__scan">
          <Button type="primary" size="large" block loading={lookup.pending} onClick={() => void scan()}>
            扫描顾客券码
          </Button>
          <InlineError message={scanError ?? refusal('scan')} />
        </View>
      ) : null}
      <CodeEntry
        label="券码"
        hint="顾客优惠券二维码下方的12位数字"
        error={codeError ?? refusal('code')}
        name="redeemCode"
        type="digit"
        placeholder="请输入12位券码"
        maxLength={16}
        value={code}
        onChange={(value) => {
          setCode(value)
          setCodeError(undefined)
          lookup.clearError()
        }}
        submitLabel="查询"
        pending={lookup.pending}
        onSubmit={() => void sendCode()}
      />
    </View>
  )
}

interface CouponCheckProps {
  found: Found
  onCancel: () => void
  onExpired: (message: string) => void
  onRedeemed: (redemption: MerchantRedemption) => void
}

/** The coupon found: what it is and whose, the order amount, and 确认核销. */
function CouponCheck({ found, onCancel, onExpired, onRedeemed }: CouponCheckProps) {
  const { coupon, ticket } = found.lookup
  const [amount, setAmount] = useState('')
  const [amountError, setAmountError] = useState<string>()
  const redeem = useRedeemCoupon()
  const confirm = async () => {
    const typed = readOrderAmount(amount, coupon.thresholdFen)
    setAmountError(typed.ok ? undefined : typed.message)
    if (!typed.ok) return
    const result = await redeem.execute({ ticket, orderAmountFen: typed.value, requestNo: found.requestNo })
    if (result.ok) onRedeemed(result.data)
    else if (LOOK_UP_AGAIN.includes(result.error.code)) onExpired(result.error.message)
  }
  // A refusal about the amount shows under the amount; any other under the button.
  const fieldRefusal =
    redeem.error?.code === 'ORDER_BELOW_THRESHOLD'
      ? redeem.error.message
      : redeem.error?.fieldErrors.orderAmountFen
  return (
    <View className="cc-redeem">
      <CellGroup title="顾客优惠券">
        <Cell title={coupon.title} description={coupon.ruleText} />
        <Cell title="顾客" extra={coupon.ownerMasked} />
        <Cell title="有效期至" extra={formatChineseDate(coupon.validUntil)} />
        {termsAtTill(coupon).map(([what, amount]) => (
          <Cell key={what} title={what} extra={amount} />
        ))}
      </CellGroup>
      <FormField
        label="本单金额（元）"
        error={amountError ?? fieldRefusal}
        hint={coupon.type === 'penny' ? '按商品原价录入本单金额' : '顾客本单消费的原价金额'}
      >
        <Input
          name="orderAmount"
          type="digit"
          placeholder="如 128.50"
          value={amount}
          onChange={(value) => {
            setAmount(value)
            setAmountError(undefined)
            redeem.clearError()
          }}
        />
      </FormField>
      <View className="cc-redeem__actions">
        <Button type="primary" size="large" block loading={redeem.pending} onClick={() => void confirm()}>
          确认核销
        </Button>
        <InlineError message={fieldRefusal ? undefined : redeem.error?.message} />
        <Button fill="none" block disabled={redeem.pending} onClick={onCancel}>
          取消，换一张券
        </Button>
      </View>
    </View>
  )
}

/** The redemption went through: what to charge the customer. */
function RedeemedCard({ redemption, onNext }: { redemption: MerchantRedemption; onNext: () => void }) {
  const toPay = redemption.orderAmountFen - redemption.discountFen
  return (
    <View className="cc-redeem" role="status">
      <Text className="cc-redeem__ok">✓ 核销成功</Text>
      <CellGroup>
        <Cell title={redemption.couponTitle} description={redemption.ruleText} />
        <Cell title="顾客" extra={redemption.ownerMasked} />
        <Cell title="本单金额" extra={`¥${formatFen(redemption.orderAmountFen)}`} />
        <Cell title="优惠金额" extra={`-¥${formatFen(redemption.discountFen)}`} />
        <Cell title="顾客实付" extra={`¥${formatFen(toPay)}`} />
        <Cell title="流水号" extra={redemption.requestNo} />
      </CellGroup>
      <View className="cc-redeem__actions">
        <Button type="primary" size="large" block onClick={onNext}>
          继续核销
        </Button>
      </View>
    </View>
  )
}
