/** Keys of merchant reads; a redemption or reversal invalidates the whole 'redemptions' domain. */
export const merchantKeys = {
  days: () => ['redemptions', 'days'] as const,
  statement: (date: string) => ['redemptions', 'statement', date] as const,
}
