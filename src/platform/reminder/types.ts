/** What became of a reminder request. */
export type ReminderOutcome = 'calendar-file' | 'subscribed' | 'declined' | 'unavailable'
