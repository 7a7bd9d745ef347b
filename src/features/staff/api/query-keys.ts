/** Keys of a customer manager's reads; a status change invalidates 'staff-referrals'. */
export const staffKeys = {
  referrals: () => ['staff-referrals'] as const,
  referral: (referralId: string) => ['staff-referrals', referralId] as const,
}
