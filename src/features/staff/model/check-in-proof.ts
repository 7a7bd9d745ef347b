import type { CheckInRequest } from '@/contract/bookings'
import { CHECK_IN_CODE_LENGTH, ID_TAIL_LENGTH } from '@/contract/constants'

/** What staff typed, read as a check-in request, or why it cannot be one. */
export type TypedProof = { ok: true; body: CheckInRequest } | { ok: false; message: string }

const CODE_RE = new RegExp(`^\\d{${CHECK_IN_CODE_LENGTH}}$`)
const ID_TAIL_RE = new RegExp(`^\\d{${ID_TAIL_LENGTH - 1}}[\\dX]$`)

/** Spaces and dashes read out with a code are not part of it. */
const clean = (typed: string) => typed.replace(/[\s-]/g, '').toUpperCase()

/** The check-in code typed in the page's code field. */
export function codeProof(typed: string): TypedProof {
  const code = clean(typed)
  if (!code) return { ok: false, message: `请输入客户预约页上的${CHECK_IN_CODE_LENGTH}位签到码` }
  if (!CODE_RE.test(code)) return { ok: false, message: `签到码为${CHECK_IN_CODE_LENGTH}位数字` }
  return { ok: true, body: { checkInCode: code } }
}

/** On a row of today's list: the customer's check-in code, or the last 4 characters of their ID number. */
export function rowProof(bookingId: string, typed: string, idTailCheckable: boolean): TypedProof {
  const value = clean(typed)
  const either = idTailCheckable
    ? `${CHECK_IN_CODE_LENGTH}位签到码或身份证后${ID_TAIL_LENGTH}位`
    : `${CHECK_IN_CODE_LENGTH}位签到码`
  if (!value) return { ok: false, message: `请输入客户的${either}` }
  if (CODE_RE.test(value)) return { ok: true, body: { bookingId, checkInCode: value } }
  if (idTailCheckable && ID_TAIL_RE.test(value)) return { ok: true, body: { bookingId, idTail: value } }
  return { ok: false, message: `请输入${either}` }
}
