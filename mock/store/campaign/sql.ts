// SQL fragments the campaign figures share: the bank's day of an instant, and who a visit was.
import { BEIJING_OFFSET_MINUTES } from '../../../src/utils/beijing-time'

/** SQL for the Beijing date (YYYY-MM-DD) of an epoch-ms column: the bank's days end at 16:00 UTC. */
export const beijingDay = (column: string): string =>
  `date(${column} / 1000 + ${BEIJING_OFFSET_MINUTES * 60}, 'unixepoch')`

/** Joins the anonymous visitor of a visit `v` as `cv` (no row for user visits). */
export const VISITOR_JOIN = `LEFT JOIN campaign_visitors cv ON v.visitor LIKE 'anon:%' AND cv.id = substr(v.visitor, 6)`

/** The person behind a visit (needs VISITOR_JOIN): a bound anonymous visitor is its user. */
export const PERSON_OF_VISIT = `CASE WHEN cv.user_id IS NOT NULL THEN 'user:' || cv.user_id ELSE v.visitor END`

/** Whole-history bounds for a date BETWEEN. */
export const ALL_DAYS = { from: '0000-01-01', to: '9999-12-31' } as const

/**
 * SQL true when the event_signups row aliased `s` is the person's first credited sign-up for its
 * event. A cancel and a new sign-up keep the first credit (attribution is reused), so only the first
 * counts: otherwise one cooperating customer could raise a sharer's figures without end.
 */
export const firstCredited = (s: string): string =>
  `NOT EXISTS (SELECT 1 FROM event_signups e WHERE e.event_id = ${s}.event_id AND e.user_id = ${s}.user_id
     AND e.attribution_id IS NOT NULL AND e.seq < ${s}.seq)`
