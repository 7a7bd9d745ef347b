import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import type { CreditLine, Loan } from '@/contract/loans'
import { ChoiceGrid } from '@/components/choice-grid'
import { FormField } from '@/components/form-field'
import { useFormState } from '@/components/form-field/use-form-state'
import { InlineError } from '@/components/inline-error'
import { SmsCodeField, sendCodeOutcome } from '@/components/sms-code-field'
import { createIdempotencyKey } from '@/services/http/idempotency-key'
import { buildSchedule } from '@/utils/loan-schedule'
import { formatFen, formatRateBp } from '@/utils/money'
import { LOAN_AMOUNT_MIN_TEXT, LOAN_AMOUNT_STEP_TEXT, LOAN_TERM_TEXT } from '@/utils/rule-text'
import { sendDrawdownCode, useDrawdown } from '../api/drawdown'
import {
  checkDrawdown,
  drawdownErrorsFromApi,
  quickAmounts,
  type DrawdownValues,
} from '../model/drawdown-form'
import { RepaymentMethodField } from './repayment-method-field'
import { ScheduleTable } from './schedule-table'
import './apply/apply-steps.scss'
import './drawdown-form.scss'

/** Props of the drawdown form. */
export interface DrawdownFormProps {
  line: CreditLine
  /** Beijing date of today, YYYY-MM-DD: the preview's first day. */
  today: string
  phoneMasked: string
  onDrawn: (loan: Loan) => void
}

/** Amount, term and method; the full schedule, total interest and APR before the SMS code confirms. */
export function DrawdownForm({ line, today, phoneMasked, onDrawn }: DrawdownFormProps) {
  const form = useFormState<DrawdownValues & { smsCode: string }>({
    amount: '',
    term: '12',
    method: 'equal-instalment',
    smsCode: '',
  })
  const [showAll, setShowAll] = useState(false)
  const submit = useDrawdown()
  const checked = checkDrawdown(form.values, line.availableFen)
  // A 36-month schedule is a few dozen integer operations: recomputed on every keystroke.
  const preview =
    'terms' in checked
      ? buildSchedule({
          principalFen: checked.terms.amountFen,
          termMonths: checked.terms.termMonths,
          method: checked.terms.method,
          aprBp: line.aprBp,
          startDate: today,
        })
      : undefined

  const send = async () => {
    if ('errors' in checked) return form.setErrors(checked.errors)
    if (!/^\d{6}$/.test(form.values.smsCode)) return form.setFieldError('smsCode', '请输入6位短信验证码')
    const result = await submit.execute({ ...checked.terms, smsCode: form.values.smsCode })
    if (result.ok) return onDrawn(result.data)
    form.setErrors(drawdownErrorsFromApi(result.error))
  }

  const first = preview?.instalments[0]
  return (
    <View className="cc-apply-step">
      <FormField
        label="借款金额（元）"
        error={form.errors.amount}
        hint={`可借 ${formatFen(line.availableFen)} 元，${LOAN_AMOUNT_MIN_TEXT}，${LOAN_AMOUNT_STEP_TEXT}`}
      >
        <Input
          name="amount"
          type="digit"
          placeholder="请输入借款金额"
          value={form.values.amount}
          onChange={form.change('amount')}
        />
      </FormField>
      <ChoiceGrid
        label="快捷金额"
        columns={4}
        choices={quickAmounts(line.availableFen)}
        selected={form.values.amount}
        onSelect={form.change('amount')}
      />
      <FormField label="借款期限（月）" error={form.errors.term} hint={LOAN_TERM_TEXT}>
        <Input
          name="term"
          type="number"
          placeholder="请输入借款期限"
          value={form.values.term}
          onChange={form.change('term')}
        />
      </FormField>
      <RepaymentMethodField
        value={form.values.method}
        error={form.errors.method}
        onChange={form.change('method')}
      />
      {preview && first ? (
        <View className="cc-drawdown__preview" role="status">
          {/* The APR leads: no other rate on the page may be more prominent. */}
          <Text className="cc-apply-step__apr">年化利率（单利）{formatRateBp(preview.aprBp)}</Text>
          <View className="cc-drawdown__figures">
            <Text>
              {preview.method === 'interest-first' ? '每月利息' : '首期还款'} ¥{formatFen(first.paymentFen)}
            </Text>
            <Text>利息总额 ¥{formatFen(preview.totalInterestFen)}</Text>
            <Text>还款总额 ¥{formatFen(preview.totalPaymentFen)}</Text>
          </View>
          <Text className="cc-apply-step__muted">
            按月计息，月利率 = 年化利率 ÷ 12（单利）；每期还款日（见下方还款计划）当天从尾号{' '}
            {line.card.lastFour} 的收款卡自动扣款，逾期按合同计收罚息。可随时提前还款，不收违约金。
          </Text>
          <ScheduleTable instalments={showAll ? preview.instalments : preview.instalments.slice(0, 3)} />
          {preview.instalments.length > 3 ? (
            <Text className="cc-drawdown__toggle" onClick={() => setShowAll(!showAll)}>
              {showAll ? '收起还款计划' : `查看全部 ${preview.instalments.length} 期还款计划 ›`}
            </Text>
          ) : null}
        </View>
      ) : null}
      <SmsCodeField
        value={form.values.smsCode}
        onChange={form.change('smsCode')}
        error={form.errors.smsCode}
        send={() => sendCodeOutcome(() => sendDrawdownCode(createIdempotencyKey()))}
        sentTo={phoneMasked}
      />
      <InlineError message={form.errors.form} />
      <View className="cc-apply-step__actions">
        <Button type="primary" size="large" block loading={submit.pending} onClick={send}>
          确认借款
        </Button>
      </View>
    </View>
  )
}
