import { Text, View } from '@tarojs/components'
import type { SettlementCertificate } from '@/contract/loans'
import { formatBeijing } from '@/utils/beijing-format'
import { formatFen } from '@/utils/money'
import './contract-view.scss'

/** 结清证明: the bank's statement that the loan is paid off, with its number and date. */
export function SettlementCertificateView({ certificate }: { certificate: SettlementCertificate }) {
  return (
    <View className="cc-contract" role="document">
      <Text className="cc-contract__title">贷款结清证明</Text>
      <Text className="cc-contract__meta">证明编号 {certificate.certificateNumber}</Text>
      <View className="cc-contract__section">
        <Text className="cc-contract__paragraph">借款人：{certificate.borrowerNameMasked}</Text>
        <Text className="cc-contract__paragraph">身份证号：{certificate.idNumberMasked}</Text>
        <Text className="cc-contract__paragraph">合同编号：{certificate.contractNumber}</Text>
        <Text className="cc-contract__paragraph">借款本金：¥{formatFen(certificate.principalFen)}</Text>
        <Text className="cc-contract__paragraph">
          借款日期：{formatBeijing(certificate.drawnAt, 'YYYY-MM-DD')} · 结清日期：
          {formatBeijing(certificate.settledAt, 'YYYY-MM-DD')}
        </Text>
      </View>
      <View className="cc-contract__section">
        <Text className="cc-contract__paragraph">{certificate.statement}</Text>
        <Text className="cc-contract__paragraph">
          {certificate.issuer}
          {'\n'}
          {formatBeijing(certificate.issuedAt, 'YYYY年M月D日')}
        </Text>
      </View>
    </View>
  )
}
