/** Keys of a merchant's own reads; nothing a merchant does here changes them but time. */
export const merchantKeys = {
  promoCode: () => ['promo-code'] as const,
}
