import type { BookingScope } from '@/contract/bookings'
import type { GeoPoint } from '@/platform/location'

/**
 * Keys of the counter's cached reads. The first element is the domain a change invalidates:
 * a booking changes 'bookings' and 'slots'; branches change only when the bank says so.
 */
export const counterKeys = {
  branches: (near?: GeoPoint) => ['branches', near?.lat, near?.lng] as const,
  branch: (branchId: string) => ['branches', branchId] as const,
  days: (branchId: string, serviceId: string) => ['slots', branchId, serviceId] as const,
  slots: (branchId: string, serviceId: string, date: string) => ['slots', branchId, serviceId, date] as const,
  bookings: (scope: BookingScope) => ['bookings', scope] as const,
  booking: (bookingId: string) => ['bookings', 'one', bookingId] as const,
}

/** Domains a booking, a change or a cancellation makes stale. */
export const BOOKING_CHANGES = ['bookings', 'slots', 'messages'] as const
