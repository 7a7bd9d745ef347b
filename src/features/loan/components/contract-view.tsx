import { Text, View } from '@tarojs/components'
import type { LoanContract } from '@/contract/loans'
import { formatBeijing } from '@/utils/beijing-format'
import './contract-view.scss'

/** A contract as the bank rendered it, every figure filled in. */
export function ContractView({ contract }: { contract: LoanContract }) {
  return (
    <View className="cc-contract">
      <Text className="cc-contract__title">{contract.title}</Text>
      <Text className="cc-contract__meta">
        合同编号 {contract.contractNumber} · 版本 {contract.version}
        {contract.signedAt ? ` · 签署于 ${formatBeijing(contract.signedAt, 'YYYY-MM-DD HH:mm')}` : ''}
      </Text>
      {contract.sections.map((section) => (
        <View key={section.heading} className="cc-contract__section">
          <Text className="cc-contract__heading">{section.heading}</Text>
          {section.paragraphs.map((paragraph, index) => (
            <Text key={index} className="cc-contract__paragraph">
              {paragraph}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
}
