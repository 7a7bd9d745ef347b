// The disbursement card of an application: Luhn-checked, kept only masked (plus a hash), never echoed.
import { createHmac } from 'node:crypto'
import type { LoanCard } from '../../../src/contract/loans'
import { isValidCardNumber } from '../../../src/utils/bank-card'
import { bankError, fieldError } from '../../errors'
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

/** Sets the draft's card; a bad check digit is 400 on cardNumber, a non-draft 409. */
export function saveCard(db: Db, customerId: string, id: string, cardNumber: string, secret: string): void {
  db.transaction(() => {
    findEditableDraft(db, customerId, id)
    if (!isValidCardNumber(cardNumber)) throw fieldError('cardNumber', '银行卡号有误，请核对后重新输入')
    const hash = cardHash(secret, cardNumber)
    // A card belongs to one person: once another customer has bound it, it is theirs.
    const heldByOther = db
      .prepare('SELECT 1 FROM loan_applications WHERE card_hash = ? AND customer_id != ? LIMIT 1')
      .get(hash, customerId)
    if (heldByOther) {
      const message = '该银行卡已绑定在他人名下，请使用您本人名下的银行卡'
      throw bankError('CARD_HELD_BY_OTHER', {
        message,
        details: { fields: [{ field: 'cardNumber', message }] },
      })
    }
    db.prepare(
      'UPDATE loan_applications SET card_masked = ?, card_last_four = ?, card_bank = ?, card_hash = ? WHERE id = ?',
    ).run(maskCardNumber(cardNumber), cardNumber.slice(-4), bankNameOf(cardNumber), hash, id)
  }).immediate()
}
