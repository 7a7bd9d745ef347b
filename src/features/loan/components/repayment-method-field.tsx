import { ChoiceGrid } from '@/components/choice-grid'
import { FormField } from '@/components/form-field'
import { REPAYMENT_METHODS, type RepaymentMethod } from '@/utils/loan-schedule'
import { repaymentMethodText } from '../model/loan-labels'

/** Props of the repayment-method choice. */
export interface RepaymentMethodFieldProps {
  value: string
  error?: string
  onChange: (method: string) => void
}

/** 等额本息 / 等额本金 / 先息后本, with a line on what the chosen one means. */
export function RepaymentMethodField({ value, error, onChange }: RepaymentMethodFieldProps) {
  return (
    <FormField label="还款方式" error={error} hint={repaymentMethodText[value as RepaymentMethod]?.explain}>
      <ChoiceGrid
        columns={3}
        choices={REPAYMENT_METHODS.map((method) => ({
          key: method,
          label: repaymentMethodText[method].name,
        }))}
        selected={value}
        onSelect={onChange}
      />
    </FormField>
  )
}
