/** Keys of staff reads; a status change invalidates 'staff-referrals', a check-in 'staff-bookings'. */
export const staffKeys = {
  todayBookings: () => ['staff-bookings', 'today'] as const,
  referrals: () => ['staff-referrals'] as const,
  referral: (referralId: string) => ['staff-referrals', referralId] as const,
}
