// The issuing banks' records of the sample cards: who holds each and the phone its bank texts. A card
// not listed here is taken as the applicant's own, reserved to the phone they log in with (the mock
// cannot know every card); one listed under someone else is refused.
import { SEED_CUSTOMERS } from './households'

/** A sample card on its bank's record. */
export interface SeedCard {
  cardNumber: string
  holderName: string
  holderIdNumber: string
  reservedPhone: string
}

const holder = (phone: string) => {
  const customer = SEED_CUSTOMERS.find((c) => c.phone === phone)!
  return { holderName: customer.name!, holderIdNumber: customer.idNumber! }
}

export const SEED_CARDS: SeedCard[] = [
  // 王建国's own debit card at this bank, reserved to his phone.
  { cardNumber: '6210981234567890121', ...holder('13900000001'), reservedPhone: '13900000001' },
  // 李秀英's card, reserved to the phone of her household's other member (not the one she logs in with).
  { cardNumber: '6231380000000000021', ...holder('13900000002'), reservedPhone: '13900000012' },
  // 陈立新's card.
  { cardNumber: '6231380000000000047', ...holder('13900000004'), reservedPhone: '13900000004' },
]
