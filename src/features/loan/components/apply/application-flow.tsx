import { useCallback, useEffect, useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button, Step, Steps } from '@nutui/nutui-react-taro'
import { SUNSHINE_LOAN_PRODUCT_ID } from '@/contract/constants'
import type { LoanApplication } from '@/contract/loans'
import type { Me } from '@/contract/me'
import { InlineError } from '@/components/inline-error'
import { LoadingBlock } from '@/components/loading-block'
import { routes } from '@/routes'
import type { ApiError } from '@/services/http/api-error'
import { useAction } from '@/services/http/use-action'
import { getApplication, startApplication } from '../../api/application-steps'
import { useApplicationDraft } from '../../hooks/use-application-draft'
import { valuesFromDraft, type ApplicationErrors, type ApplicationValues } from '../../model/application-form'
import { applicationStepTitles, visibleStepIndex } from '../../model/loan-labels'
import { PanelNote, StatusPanel } from '../status-panel'
import { CardStep } from './card-step'
import { ConsentsStep } from './consents-step'
import { ApprovalResult, DecisionProgress, DeclineResult, ExpiredResult, SignedResult } from './decision-view'
import { DetailsStep } from './details-step'
import { FaceStep } from './face-step'
import './apply-steps.scss'

/** How often the progress tracker asks how the decision is going. */
const POLL_MS = 1000

/** Starts (or resumes) the customer's application and shows the step it is at. */
export function ApplicationFlow({ user }: { user: Me }) {
  const [application, setApplication] = useState<LoanApplication>()
  const start = useAction((key) => startApplication(key))

  const begin = useCallback(async () => {
    if (!user.realNameVerified) return
    const result = await start.execute()
    if (result.ok) setApplication(result.data)
    // Runs once per real-name state; `start.execute` is a new function each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [user.realNameVerified])
  useEffect(() => void begin(), [begin])

  if (!user.realNameVerified) {
    return (
      <StatusPanel
        title="请先完成实名认证"
        actions={[
          {
            label: '去实名认证',
            primary: true,
            onClick: () => void Taro.navigateTo({ url: routes.realName }),
          },
        ]}
      >
        <PanelNote>申请贷款须由本人实名办理，认证后回到此页继续。</PanelNote>
      </StatusPanel>
    )
  }
  if (start.error && !application) return <StartRefused error={start.error} onRetry={() => void begin()} />
  if (!application) return <LoadingBlock text="正在读取您的申请…" />
  return (
    <ApplicationSteps
      key={application.id}
      application={application}
      user={user}
      onChange={setApplication}
      onStartAgain={() => {
        setApplication(undefined)
        void begin()
      }}
    />
  )
}

/** Why a new application cannot start now, and where to go instead. */
function StartRefused({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  return (
    <View className="cc-apply-step">
      <InlineError message={error.message} />

      <View className="cc-apply-step__actions">
        {error.code === 'CREDIT_LINE_EXISTS' || error.code === 'LOANS_OUTSTANDING' ? (
          <Button
            type="primary"
            size="large"
            block
            onClick={() => void Taro.redirectTo({ url: routes.loans })}
          >
            查看我的贷款
          </Button>
        ) : error.code === 'REAPPLY_TOO_SOON' ? (
          <Button
            type="primary"
            size="large"
            block
            onClick={() => void Taro.navigateTo({ url: `${routes.product}?id=${SUNSHINE_LOAN_PRODUCT_ID}` })}
          >
            请客户经理联系我
          </Button>
        ) : error.mayRetry ? (
          <Button type="primary" size="large" block onClick={onRetry}>
            重试
          </Button>
        ) : null}
      </View>
    </View>
  )
}

interface ApplicationStepsProps {
  application: LoanApplication
  user: Me
  onChange: (application: LoanApplication) => void
  onStartAgain: () => void
}

function ApplicationSteps({ application, user, onChange, onStartAgain }: ApplicationStepsProps) {
  const draft = useApplicationDraft(application)
  const [errors, setErrors] = useState<ApplicationErrors>({})
  const step = application.step
  const values = valuesFromDraft(draft.fields)

  // Each step starts at the top of the page.
  useEffect(() => void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined), [step])

  // While the bank decides, ask again every second; the stages move on their own.
  useEffect(() => {
    if (step !== 'reviewing') return undefined
    const timer = setTimeout(() => {
      getApplication(application.id)
        .then(onChange)
        .catch(() => onChange({ ...application }))
    }, POLL_MS)
    return () => clearTimeout(timer)
  }, [step, application, onChange])

  // Back from signing: read the application again.
  useDidShow(() => {
    if (step === 'approved')
      void getApplication(application.id)
        .then(onChange)
        .catch(() => undefined)
  })

  const current = visibleStepIndex(step)
  return (
    <View>
      <Steps value={current + 1} className="cc-apply-steps">
        {applicationStepTitles.map((entry, index) => (
          <Step key={entry.title} value={index + 1} title={entry.title} />
        ))}
      </Steps>
      {step === 'card' ? (
        <CardStep
          application={application}
          user={user}
          cardNumber={draft.fields.cardNumber ?? ''}
          onCardNumberChange={(value) => draft.update('cardNumber', value)}
          onSaved={(saved) => {
            // The bank keeps the card (masked); the device need not keep the full number.
            draft.update('cardNumber', '')
            onChange(saved)
          }}
        />
      ) : null}
      {step === 'consents' ? <ConsentsStep application={application} onAgreed={onChange} /> : null}
      {step === 'face' ? <FaceStep application={application} onVerified={onChange} /> : null}
      {step === 'details' ? (
        <DetailsStep
          application={application}
          values={values}
          onChange={(field: keyof ApplicationValues, value: string) => draft.update(field, value)}
          errors={errors}
          onErrors={setErrors}
          saveState={draft.saveState}
          onSubmitting={draft.settle}
          onSubmitted={onChange}
        />
      ) : null}
      {step === 'reviewing' ? <DecisionProgress application={application} /> : null}
      {step === 'approved' ? <ApprovalResult application={application} /> : null}
      {step === 'declined' ? <DeclineResult application={application} /> : null}
      {step === 'expired' ? <ExpiredResult onStartAgain={onStartAgain} /> : null}
      {step === 'signed' ? <SignedResult /> : null}
    </View>
  )
}
