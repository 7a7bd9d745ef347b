import { useMemo, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { SUNSHINE_LOAN_APR_RANGE_BP } from '@/contract/constants'
import { FormField } from '@/components/form-field'
import { useFormState } from '@/components/form-field/use-form-state'
import { buildSchedule, type Schedule } from '@/utils/loan-schedule'
import { formatFen, formatRateBp, formatRateRange } from '@/utils/money'
import { checkCalculator, type CalculatorValues } from '../model/calculator-form'
import { repaymentMethodText } from '../model/loan-labels'
import { RepaymentMethodField } from './repayment-method-field'
import { ScheduleTable } from './schedule-table'
import { LOAN_TERM_TEXT, loanAmountHint } from '@/utils/rule-text'
import './loan-calculator.scss'

/** Props of the loan calculator. */
export interface LoanCalculatorProps {
  /** First day of the loan (YYYY-MM-DD, Beijing), so due dates are real dates. */
  today: string
}

/** Amount, term, APR and method → the exact schedule, total interest and APR, all in fen. */
export function LoanCalculator({ today }: LoanCalculatorProps) {
  const form = useFormState<CalculatorValues>({
    amount: '50000',
    term: '12',
    apr: '3.95',
    method: 'equal-instalment',
  })
  const [schedule, setSchedule] = useState<Schedule>()

  const calculate = () => {
    const checked = checkCalculator(form.values)
    if ('errors' in checked) {
      form.setErrors(checked.errors)
      return setSchedule(undefined)
    }
    setSchedule(buildSchedule({ ...checked.input, startDate: today }))
  }
  const first = schedule?.instalments[0]
  const summary = useMemo(
    () =>
      schedule && first
        ? [
            {
              label: schedule.method === 'interest-first' ? '每月利息' : '首期月供',
              value: `¥${formatFen(first.paymentFen)}`,
            },
            { label: '利息总额', value: `¥${formatFen(schedule.totalInterestFen)}` },
            { label: '还款总额', value: `¥${formatFen(schedule.totalPaymentFen)}` },
          ]
        : [],
    [schedule, first],
  )

  return (
    <View className="cc-calculator">
      <FormField label="借款金额（元）" error={form.errors.amount} hint={loanAmountHint()}>
        <Input
          name="amount"
          type="digit"
          value={form.values.amount}
          onChange={form.change('amount')}
          placeholder="如 50000"
        />
      </FormField>
      <FormField label="借款期限（月）" error={form.errors.term} hint={LOAN_TERM_TEXT}>
        <Input
          name="term"
          type="number"
          value={form.values.term}
          onChange={form.change('term')}
          placeholder="如 12"
        />
      </FormField>
      <FormField
        label="年化利率（%）"
        error={form.errors.apr}
        hint={`阳光e贷年化利率 ${formatRateRange(SUNSHINE_LOAN_APR_RANGE_BP.min, SUNSHINE_LOAN_APR_RANGE_BP.max)}，以审批结果为准`}
      >
        <Input
          name="apr"
          type="digit"
          value={form.values.apr}
          onChange={form.change('apr')}
          placeholder="如 3.95"
        />
      </FormField>
      <RepaymentMethodField
        value={form.values.method}
        error={form.errors.method}
        onChange={form.change('method')}
      />
      <View className="cc-calculator__actions">
        <Button type="primary" size="large" block onClick={calculate}>
          计算
        </Button>
      </View>
      {schedule ? (
        <View className="cc-calculator__result" role="status">
          {/* The APR leads: Chinese lending rules want it at least as prominent as any other figure. */}
          <Text className="cc-calculator__apr">年化利率（单利）{formatRateBp(schedule.aprBp)}</Text>
          <View className="cc-calculator__summary">
            {summary.map((item) => (
              <View key={item.label} className="cc-calculator__figure">
                <Text className="cc-calculator__label">{item.label}</Text>
                <Text className="cc-calculator__value">{item.value}</Text>
              </View>
            ))}
          </View>
          <Text className="cc-calculator__note">
            {repaymentMethodText[schedule.method].name} · {schedule.termMonths}期 ·
            按月计息，四舍五入到分，尾差计入最后一期。仅供参考，以合同为准。
          </Text>
          <ScheduleTable instalments={schedule.instalments} />
        </View>
      ) : null}
    </View>
  )
}
