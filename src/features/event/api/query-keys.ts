import type { EventScope, EventType } from '@/contract/constants'

/** What the 活动 list is narrowed by. */
export interface EventFilters {
  scope: EventScope
  town?: string
  type?: EventType
}

/**
 * Keys of the event reads. An event's answer carries the caller's own sign-up, so it is keyed by the
 * user. 'events' (the list, an event, 我的活动) goes stale with a sign-up or a cancel.
 */
export const eventKeys = {
  list: (f: EventFilters) => ['events', 'list', f.scope, f.town, f.type] as const,
  event: (id: string, userId?: string) => ['events', 'one', id, userId] as const,
  mine: () => ['events', 'mine'] as const,
  pass: (signupId: string) => ['event-pass', signupId] as const,
  templates: () => ['event-templates'] as const,
  hosted: () => ['events', 'hosted'] as const,
  venueCode: (eventId: string) => ['event-venue-code', eventId] as const,
}

/** Domains a sign-up or a cancel makes stale. */
export const SIGNUP_CHANGES = ['events', 'event-pass', 'messages'] as const
