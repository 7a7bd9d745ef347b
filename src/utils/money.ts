// Money travels and is computed as integer fen (分); yuan appear only when text is drawn.

/** Formats fen as yuan with thousands separators and two decimals: 5000000 -> "50,000.00". */
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new Error(`formatFen needs integer fen, got ${fen}`)
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  const yuan = Math.floor(abs / 100)
  const cents = String(abs % 100).padStart(2, '0')
  return `${sign}${yuan.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`
}

/** Whole yuan without ".00", cents when there are some: 100000 -> "1,000", 123456 -> "1,234.56". */
export function formatFenShort(fen: number): string {
  return formatFen(fen).replace(/\.00$/, '')
}

/** Formats fen as "¥50,000.00". */
export function formatYuan(fen: number): string {
  return `¥${formatFen(fen)}`
}

/** Formats a rate in basis points as a percentage: 395 -> "3.95%". */
export function formatRateBp(bp: number): string {
  if (!Number.isSafeInteger(bp)) throw new Error(`formatRateBp needs integer basis points, got ${bp}`)
  return `${(bp / 100).toFixed(2)}%`
}

/** An APR range as "3.95%–6.50%", or one figure when both ends are equal. */
export function formatRateRange(minBp: number, maxBp: number): string {
  return minBp === maxBp ? formatRateBp(minBp) : `${formatRateBp(minBp)}–${formatRateBp(maxBp)}`
}

/**
 * Parses what a user typed as yuan ("50000", "50,000.5", "￥1,000.00") into integer fen, by string
 * arithmetic so no binary fraction creeps in. Undefined when it is not an amount.
 */
export function parseYuanToFen(text: string): number | undefined {
  const cleaned = text.replace(/[,，\s¥￥]/g, '')
  const match = /^(\d{1,12})(?:\.(\d{0,2}))?$/.exec(cleaned)
  if (!match) return undefined
  const fen = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
  return Number.isSafeInteger(fen) ? fen : undefined
}
