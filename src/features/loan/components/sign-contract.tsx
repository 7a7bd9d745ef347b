import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { LoanApplication, LoanContract } from '@/contract/loans'
import { InlineError } from '@/components/inline-error'
import { SmsCodeField, sendCodeOutcome } from '@/components/sms-code-field'
import { createIdempotencyKey } from '@/services/http/idempotency-key'
import { routes } from '@/routes'
import { sendSignCode, useSignContract } from '../api/sign-contract'
import { ContractView } from './contract-view'
import './apply/apply-steps.scss'

/** Props of contract signing. */
export interface SignContractProps {
  applicationId: string
  contract: LoanContract
  phoneMasked: string
  onSigned: (application: LoanApplication) => void
}

/** The contract in full, then the SMS code that signs it. */
export function SignContract({ applicationId, contract, phoneMasked, onSigned }: SignContractProps) {
  const [code, setCode] = useState('')
  const [codeError, setCodeError] = useState<string>()
  const sign = useSignContract(applicationId)

  const [expired, setExpired] = useState(false)
  const submit = async () => {
    if (!/^\d{6}$/.test(code)) return setCodeError('请输入6位短信验证码')
    const result = await sign.execute({ contractVersion: contract.version, smsCode: code })
    if (result.ok) return onSigned(result.data)
    setCodeError(result.error.fieldErrors.smsCode)
    setExpired(result.error.code === 'APPROVAL_EXPIRED')
  }

  return (
    <View className="cc-apply-step">
      <ContractView contract={contract} />
      <Text className="cc-apply-step__muted cc-apply-step__save">
        输入短信验证码即表示您已阅读并同意上述合同，与手写签名具有同等效力。
      </Text>
      <SmsCodeField
        value={code}
        onChange={(value) => {
          setCode(value)
          setCodeError(undefined)
          sign.clearError()
        }}
        error={codeError}
        send={() => {
          setExpired(false)
          return sendCodeOutcome(
            () => sendSignCode(applicationId, createIdempotencyKey()),
            (error) => setExpired(error.code === 'APPROVAL_EXPIRED'),
          )
        }}
        sentTo={phoneMasked}
      />
      <InlineError message={sign.error && !codeError ? sign.error.message : undefined} />
      {expired ? (
        <View className="cc-apply-step__actions">
          <Button size="large" block onClick={() => void Taro.redirectTo({ url: routes.loanApply })}>
            重新申请
          </Button>
        </View>
      ) : null}
      <View className="cc-apply-step__actions">
        <Button type="primary" size="large" block loading={sign.pending} onClick={submit}>
          确认签署
        </Button>
      </View>
    </View>
  )
}
