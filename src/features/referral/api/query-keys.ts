/** Keys of product and referral reads; a referral change invalidates 'referrals'. */
export const referralKeys = {
  products: () => ['products'] as const,
  towns: () => ['towns'] as const,
  referrals: () => ['referrals'] as const,
  referral: (referralId: string) => ['referrals', referralId] as const,
}
