/** Keys of merchant reads; a redemption or reversal invalidates the whole 'redemptions' domain, and the
 * promo code's figures change only with time. */
export const merchantKeys = {
  days: () => ['redemptions', 'days'] as const,
  statement: (date: string) => ['redemptions', 'statement', date] as const,
  promoCode: () => ['promo-code'] as const,
}
