// Keyset paging for lists ordered newest first by (time, seq): a cursor names the last row a page
// showed, so new rows arriving meanwhile neither repeat nor push others off the next page.
import { fieldError } from '../errors'

/** Where a page ended: the time and sequence number of its last row. */
export interface Keyset {
  at: number
  seq: number
}

const CURSOR_RE = /^(\d{1,15})-(\d{1,15})$/

/** The cursor a client sends back for the page after `last`. */
export const encodeCursor = (last: Keyset) => `${last.at}-${last.seq}`

/** The keyset of a cursor the client sent; 400 on the cursor field when it is not one of ours. */
export function decodeCursor(cursor: string | undefined): Keyset | undefined {
  if (cursor === undefined) return undefined
  const m = CURSOR_RE.exec(cursor)
  if (!m) throw fieldError('cursor', '分页位置无效，请刷新后重试')
  return { at: Number(m[1]), seq: Number(m[2]) }
}

const OFFSET_CURSOR = /^\d{1,6}$/

/**
 * The offset a list cursor names (lists of a few hundred rows sorted in memory, e.g. coupon batches
 * and events); 400 on the cursor field when it is not one of ours.
 */
export function offsetOf(cursor: string | undefined): number {
  if (cursor === undefined) return 0
  if (!OFFSET_CURSOR.test(cursor)) throw fieldError('cursor', '分页位置无效，请刷新后重试')
  return Number(cursor)
}
