// The disbursement card of an application, checked as banks do on four factors (number, holder's name and
// ID number, a code to the card's reserved phone); kept only masked (plus a keyed hash), never echoed.
import { createHmac } from 'node:crypto'
import type { LoanCard } from '../../../src/contract/loans'
import { isValidCardNumber } from '../../../src/utils/bank-card'
import { CARD_CHECK_REFUSALS_PER_DAY } from '../../../src/contract/constants'
import { ERROR_MESSAGES } from '../../../src/contract/errors/messages'
import { bankError, fieldError } from '../../errors'
import type { UserRow } from '../auth/users'
import type { DailyRefusals } from '../daily-refusals'
import type { Db } from '../db'
import { findEditableDraft } from './applications'

/**
 * Sample cards whose balance never covers an instalment (another bank's debit card): the due-date debit
 * fails, so the overdue path can be walked. Luhn-valid, so they can be entered as any card.
 */
export const LOW_BALANCE_SAMPLE_CARDS = ['6222020000000000885']

/**
 * The keyed hash the bank matches a card by without keeping its number; unkeyed, the few billion card
 * numbers of one BIN would give it back in seconds.
 */
export const cardHash = (secret: string, cardNumber: string) =>
  createHmac('sha256', secret).update(cardNumber).digest('hex')

/** BIN prefixes of the bank's own debit cards (sample values). */
const OWN_BANK_PREFIXES = ['621098', '623138']

/** '6228480000000000003' → '6228 **** **** 0003' (first four and last four only). */
export const maskCardNumber = (n: string) => `${n.slice(0, 4)} **** **** ${n.slice(-4)}`

/** Which bank issued the card, as far as the mock can tell. */
export const bankNameOf = (n: string) =>
  OWN_BANK_PREFIXES.some((prefix) => n.startsWith(prefix)) ? '兴化农商银行' : '他行借记卡'

/** Stored card columns as the LoanCard view (null when no card yet). */
export function cardView(row: {
  card_masked: string | null
  card_last_four: string | null
  card_bank: string | null
}): LoanCard | null {
  if (!row.card_masked) return null
  return { numberMasked: row.card_masked, lastFour: row.card_last_four!, bankName: row.card_bank! }
}

/** Who the card's bank says holds it, and the phone it texts; none for cards outside the sample records. */
function cardHolder(db: Db, cardNumber: string) {
  return db
    .prepare('SELECT holder_name, holder_id_number, reserved_phone FROM card_holders WHERE card_number = ?')
    .get(cardNumber) as { holder_name: string; holder_id_number: string; reserved_phone: string } | undefined
}

/**
 * The first three factors of the card check, before any code is sent: the draft is editable, the
 * number is valid, no other customer bound the card, and its holder is the borrower (name and ID
 * number). Answers the phone the fourth factor, the code, goes to: the card's reserved phone.
 */
export function checkCard(db: Db, borrower: UserRow, id: string, cardNumber: string, secret: string): string {
  findEditableDraft(db, borrower.id, id)
  if (!isValidCardNumber(cardNumber)) throw fieldError('cardNumber', '银行卡号有误，请核对后重新输入')
  // A card belongs to one person: once another customer has bound it, it is theirs.
  const heldByOther = db
    .prepare('SELECT 1 FROM loan_applications WHERE card_hash = ? AND customer_id != ? LIMIT 1')
    .get(cardHash(secret, cardNumber), borrower.id)
  if (heldByOther) throw cardRefusal()
  const holder = cardHolder(db, cardNumber)
  if (!holder) return borrower.phone
  if (holder.holder_name !== borrower.real_name || holder.holder_id_number !== borrower.id_number)
    throw cardRefusal()
  return holder.reserved_phone
}

/** The refusal of a card that is not the borrower's (one answer whatever the reason), under the field. */
function cardRefusal() {
  const message = ERROR_MESSAGES.CARD_CHECK_FAILED
  return bankError('CARD_CHECK_FAILED', { message, details: { fields: [{ field: 'cardNumber', message }] } })
}

/** Refused cards: CARD_CHECK_REFUSALS_PER_DAY a day, so card numbers cannot be tried out. */
export const CARD_CHECK_REFUSALS: DailyRefusals = {
  table: 'card_check_refusals',
  perDay: CARD_CHECK_REFUSALS_PER_DAY,
  code: 'CARD_CHECK_TOO_MANY_ATTEMPTS',
}

/** Sets the draft's card once all four factors passed (checkCard, then the reserved phone's code). */
export function saveCard(db: Db, borrower: UserRow, id: string, cardNumber: string, secret: string): void {
  db.transaction(() => {
    checkCard(db, borrower, id, cardNumber, secret)
    db.prepare(
      'UPDATE loan_applications SET card_masked = ?, card_last_four = ?, card_bank = ?, card_hash = ? WHERE id = ?',
    ).run(
      maskCardNumber(cardNumber),
      cardNumber.slice(-4),
      bankNameOf(cardNumber),
      cardHash(secret, cardNumber),
      id,
    )
  }).immediate()
}
