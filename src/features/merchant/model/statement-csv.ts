// A day's statement as CSV for the merchant's spreadsheet: UTF-8 with a BOM (Excel on Windows reads
// Chinese then), CRLF lines, quoted fields, and cells that start like a formula defused.
import type { Statement } from '@/contract/redemptions'
import { formatBeijing } from '@/utils/beijing-format'
import { formatFen } from '@/utils/money'

/** One CSV cell: quoted when needed; a leading = + - @ gets a ' so a spreadsheet shows it as text. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

const yuan = (fen: number) => formatFen(fen).replace(/,/g, '')

/** The statement as CSV text: a header, one line per redemption, then the settled totals. */
export function statementCsv(statement: Statement): string {
  const rows: string[][] = [
    ['核销时间', '流水号', '优惠券', '规则', '顾客', '订单金额(元)', '优惠金额(元)', '状态'],
    ...statement.lines.map((line) => [
      formatBeijing(line.redeemedAt, 'YYYY-MM-DD HH:mm:ss'),
      line.requestNo,
      line.couponTitle,
      line.ruleText,
      line.ownerMasked,
      yuan(line.orderAmountFen),
      yuan(line.discountFen),
      line.reversedAt ? '已撤销' : '已核销',
    ]),
    [
      `合计（${statement.totals.count}笔，不含已撤销）`,
      '',
      '',
      '',
      '',
      yuan(statement.totals.orderAmountFen),
      yuan(statement.totals.discountFen),
      '',
    ],
  ]
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`
}

/** The file name: 对账单-戴南好邻居超市（示例）-2026-11-20.csv, without characters file systems refuse. */
export const statementFileName = (statement: Statement) =>
  `对账单-${statement.shopName.replace(/[\\/:*?"<>|]/g, '')}-${statement.date}.csv`
