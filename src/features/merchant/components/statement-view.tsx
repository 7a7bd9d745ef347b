import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro'
import type { MerchantRedemption, Statement } from '@/contract/redemptions'
import { InlineError } from '@/components/inline-error'
import { saveTextFile, saveTextLabel } from '@/platform/download'
import { formatBeijing } from '@/utils/beijing-format'
import { formatDayLabel } from '@/utils/date-text'
import { formatFen } from '@/utils/money'
import { useReverseRedemption } from '../api/redemptions'
import { statementCsv, statementFileName } from '../model/statement-csv'
import './statement.scss'

/** A day's statement: one line per redemption, the totals the bank settles, CSV, and 撤销核销 today. */
export function StatementView({ statement }: { statement: Statement }) {
  const reverse = useReverseRedemption()
  const [reversing, setReversing] = useState<string>()
  const [saveError, setSaveError] = useState<string>()

  const confirmReverse = async (line: MerchantRedemption) => {
    const answer = await Taro.showModal({
      title: '撤销核销',
      content: `撤销后优惠券将退回给顾客${line.ownerMasked}，请向顾客收回优惠金额¥${formatFen(line.discountFen)}。确定撤销吗？`,
      confirmText: '撤销',
      cancelText: '不撤销',
    })
    if (!answer.confirm) return
    setReversing(line.id)
    const result = await reverse.execute(line.id)
    if (result.ok) void Taro.showToast({ title: '已撤销，券已退回顾客', icon: 'none' })
  }
  const save = async () => {
    const outcome = await saveTextFile(statementFileName(statement), statementCsv(statement), 'text/csv')
    setSaveError(outcome.ok ? undefined : '导出失败，请稍后重试')
    if (outcome.ok && outcome.how === 'clipboard') {
      void Taro.showToast({ title: '对账单已复制，可粘贴到聊天或表格', icon: 'none' })
    }
  }

  const { totals } = statement
  return (
    <View className="cc-statement">
      <CellGroup title={`${statement.shopName} · ${formatDayLabel(statement.date)}`}>
        <Cell title="核销笔数" extra={`${totals.count}笔`} />
        <Cell title="订单金额" extra={`¥${formatFen(totals.orderAmountFen)}`} />
        <Cell title="优惠金额（银行结算）" extra={`¥${formatFen(totals.discountFen)}`} />
      </CellGroup>
      <View className="cc-statement__actions">
        <Button fill="outline" block disabled={statement.lines.length === 0} onClick={() => void save()}>
          {saveTextLabel}
        </Button>
        <InlineError message={saveError} />
      </View>
      {statement.lines.length === 0 ? (
        <Text className="cc-statement__empty">当天没有核销记录</Text>
      ) : (
        <CellGroup title="明细（已撤销的不计入合计）">
          {statement.lines.map((line) => (
            <View key={line.id} className="cc-statement__line">
              <Cell
                title={`${formatBeijing(line.redeemedAt, 'HH:mm')} ${line.ruleText}`}
                description={`顾客${line.ownerMasked} · 流水号 ${line.requestNo}`}
                extra={
                  <View className="cc-statement__figure">
                    <Text>订单¥{formatFen(line.orderAmountFen)}</Text>
                    <Text className={line.reversedAt ? 'cc-statement__reversed' : undefined}>
                      {line.reversedAt ? '已撤销' : `优惠¥${formatFen(line.discountFen)}`}
                    </Text>
                  </View>
                }
              />
              {line.canReverse ? (
                <View className="cc-statement__reverse">
                  <Button
                    size="small"
                    fill="outline"
                    loading={reverse.pending && reversing === line.id}
                    onClick={() => void confirmReverse(line)}
                  >
                    撤销核销
                  </Button>
                  <InlineError message={reversing === line.id ? reverse.error?.message : undefined} />
                </View>
              ) : null}
            </View>
          ))}
        </CellGroup>
      )}
    </View>
  )
}
