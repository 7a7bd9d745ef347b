import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { BORROWER_TYPES, LOAN_PURPOSES } from '@/contract/constants'
import type { LoanApplication } from '@/contract/loans'
import { ChoiceGrid } from '@/components/choice-grid'
import { FormField } from '@/components/form-field'
import { InlineError } from '@/components/inline-error'
import { formatFen, formatRateRange } from '@/utils/money'
import { LOAN_TERM_TEXT, loanAmountHint } from '@/utils/rule-text'
import { useSubmitApplication } from '../../api/application-steps'
import {
  applicationErrorsFromApi,
  checkApplication,
  type ApplicationErrors,
  type ApplicationValues,
} from '../../model/application-form'
import { borrowerTypeLabels, purposeLabels } from '../../model/loan-labels'
import type { DraftSaveState } from '../../hooks/use-application-draft'
import './apply-steps.scss'

/** Props of the application form. */
export interface DetailsStepProps {
  application: LoanApplication
  values: ApplicationValues
  onChange: (field: keyof ApplicationValues, value: string) => void
  errors: ApplicationErrors
  onErrors: (errors: ApplicationErrors) => void
  saveState: DraftSaveState
  onSubmitted: (application: LoanApplication) => void
  /** Called just before the application is sent whole (drafts still to be saved are dropped). */
  onSubmitting?: () => void
}

const saveStateText: Record<DraftSaveState, string> = {
  saved: '草稿已保存',
  saving: '正在保存草稿…',
  unsaved: '草稿已存于本机',
}

/** Who is borrowing, for what, how much and how long; checked as typed, saved as a draft. */
export function DetailsStep(props: DetailsStepProps) {
  const { application, values, onChange, errors, onErrors, saveState, onSubmitted, onSubmitting } = props
  const limit = application.preApproval
  const submit = useSubmitApplication(application.id)
  const edit = (field: keyof ApplicationValues) => (value: string) => {
    onChange(field, value)
    if (errors[field] || errors.form) onErrors({ ...errors, [field]: undefined, form: undefined })
  }

  const send = async () => {
    const checked = checkApplication(values, limit?.limitFen)
    if ('errors' in checked) return onErrors(checked.errors)
    onSubmitting?.()
    const result = await submit.execute(checked.request)
    if (result.ok) return onSubmitted(result.data)
    onErrors(applicationErrorsFromApi(result.error))
  }

  return (
    <View className="cc-apply-step">
      {limit ? (
        <View className="cc-apply-step__card">
          <Text>预授信额度 ¥{formatFen(limit.limitFen)}</Text>
          <Text className="cc-apply-step__apr">
            年化利率（单利）{formatRateRange(limit.aprMinBp, limit.aprMaxBp)}
          </Text>
        </View>
      ) : null}
      <FormField label="借款人类型" error={errors.borrowerType}>
        <ChoiceGrid
          columns={2}
          choices={BORROWER_TYPES.map((type) => ({ key: type, label: borrowerTypeLabels[type] }))}
          selected={values.borrowerType}
          onSelect={edit('borrowerType')}
        />
      </FormField>
      <FormField label="家庭年收入（元）" error={errors.income} hint="近一年家庭经营及务工等各项收入合计">
        <Input
          name="income"
          type="digit"
          placeholder="如 80000"
          value={values.income}
          onChange={edit('income')}
        />
      </FormField>
      <FormField label="借款用途" error={errors.purpose} hint="贷款不得用于购房、投资理财等">
        <ChoiceGrid
          columns={4}
          choices={LOAN_PURPOSES.map((purpose) => ({ key: purpose, label: purposeLabels[purpose] }))}
          selected={values.purpose}
          onSelect={edit('purpose')}
        />
      </FormField>
      <FormField
        label="申请金额（元）"
        error={errors.amount}
        hint={loanAmountHint(limit ? { fen: limit.limitFen, name: '预授信额度' } : undefined)}
      >
        <Input
          name="amount"
          type="digit"
          placeholder="如 50000"
          value={values.amount}
          onChange={edit('amount')}
        />
      </FormField>
      <FormField label="借款期限（月）" error={errors.term} hint={LOAN_TERM_TEXT}>
        <Input name="term" type="number" placeholder="如 12" value={values.term} onChange={edit('term')} />
      </FormField>
      <InlineError message={errors.form} />
      <View className="cc-apply-step__muted cc-apply-step__save" role="status">
        {saveStateText[saveState]}
      </View>
      <View className="cc-apply-step__actions">
        <Button type="primary" size="large" block loading={submit.pending} onClick={send}>
          提交申请
        </Button>
      </View>
    </View>
  )
}
