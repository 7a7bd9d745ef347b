import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { LoanApplication } from '@/contract/loans'
import { InlineError } from '@/components/inline-error'
import { captureFace, faceCheckIsSimulated } from '@/platform/face-check'
import { useAction } from '@/services/http/use-action'
import { requestFaceChallenge, verifyFace } from '../../api/application-steps'
import './apply-steps.scss'

/** Props of the face-check step. */
export interface FaceStepProps {
  application: LoanApplication
  onVerified: (application: LoanApplication) => void
}

/** Liveness by reading four digits aloud; this build simulates it and says so. */
export function FaceStep({ application, onVerified }: FaceStepProps) {
  const [digits, setDigits] = useState<string>()
  const [problem, setProblem] = useState<string>()
  const challenge = useAction((key) => requestFaceChallenge(application.id, key))
  const verify = useAction((key, challengeId: string, spoken: string) =>
    verifyFace(application.id, challengeId, spoken, key),
  )
  const [capturing, setCapturing] = useState(false)

  const start = async () => {
    setProblem(undefined)
    const issued = await challenge.execute()
    if (!issued.ok) return setProblem(issued.error.message)
    setDigits(issued.data.digits)
    setCapturing(true)
    const captured = await captureFace(issued.data.digits)
    setCapturing(false)
    if (!captured.ok) return setProblem(captured.reason)
    const checked = await verify.execute(issued.data.challengeId, captured.digits)
    if (!checked.ok) return setProblem(checked.error.message)
    onVerified(checked.data)
  }

  const busy = challenge.pending || capturing || verify.pending
  return (
    <View className="cc-apply-step">
      {faceCheckIsSimulated ? (
        <View className="cc-apply-step__notice" role="note">
          演示环境：本步骤为模拟人脸识别，不会打开摄像头，也不采集您的面部图像。正式上线后将由银行认证的人脸识别服务完成。
        </View>
      ) : null}
      <View className="cc-apply-step__card">
        <Text className="cc-apply-step__title">人脸识别</Text>
        <Text>请确认是本人操作：开始后，按提示读出屏幕上的4位数字。</Text>
        {digits ? (
          <View className="cc-apply-step__digits" ariaLabel={`请读出数字 ${digits.split('').join(' ')}`}>
            {digits}
          </View>
        ) : null}
        {capturing ? <View role="status">正在识别（模拟）…</View> : null}
        {verify.pending ? <View role="status">正在核验…</View> : null}
      </View>
      <InlineError message={problem} />
      <View className="cc-apply-step__actions">
        <Button type="primary" size="large" block loading={busy} disabled={busy} onClick={start}>
          {problem ? '重新识别' : '开始人脸识别'}
        </Button>
      </View>
    </View>
  )
}
