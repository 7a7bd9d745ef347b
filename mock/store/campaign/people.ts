// The people a link brought (level 1) and those they brought to the same event through their own
// links (level 2), masked as staff may see them. One row per person: their latest sign-up credited
// through that link (a cancel and sign-up again keeps the first touch, so it is the same link).
import type { CampaignPeople, CampaignPerson } from '../../../src/contract/campaign'
import { toBeijingIso } from '../../../src/utils/beijing-time'
import { maskName, maskPhone } from '../../../src/utils/mask'
import type { Db } from '../db'
import { findEvent } from '../events/events'
import { signupStatus, type EventSignupRow } from '../events/signups'
import type { CampaignLinkRow } from './codes'
import { converted, CONVERSION_WINDOW_MS } from './conversions'

/** Keeps a person's latest sign-up credited through the same link. */
const LATEST = `s.seq = (SELECT MAX(x.seq) FROM event_signups x
                          WHERE x.attribution_id = s.attribution_id AND x.user_id = s.user_id)`

/** Level 1 and level 2 of a link (an event link; a product link brings no sign-ups). */
export function peopleOfLink(db: Db, link: CampaignLinkRow, nowMs: number): CampaignPeople {
  const event = link.kind === 'event' ? findEvent(db, link.target_id) : undefined
  if (!event) return { items: [], level2Count: 0 }
  const level1 = db
    .prepare(
      `SELECT s.*, ${converted('s')} AS converted FROM event_signups s
        WHERE s.attribution_id = :code AND ${LATEST} ORDER BY s.seq`,
    )
    .all({ code: link.code, convMs: CONVERSION_WINDOW_MS }) as (EventSignupRow & { converted: number })[]
  const level2 = db
    .prepare(
      `SELECT s.*, l.sharer_id AS parent FROM event_signups s
         JOIN campaign_links l ON l.code = s.attribution_id
        WHERE l.kind = 'event' AND l.target_id = :event
          AND l.sharer_id IN (SELECT user_id FROM event_signups WHERE attribution_id = :code)
          AND ${LATEST} ORDER BY s.seq`,
    )
    .all({ code: link.code, event: event.id }) as (EventSignupRow & { parent: string })[]
  const masked = (s: EventSignupRow) => ({
    signupId: s.id,
    nameMasked: maskName(s.name),
    phoneMasked: maskPhone(s.phone),
    status: signupStatus(s, event, nowMs),
    signedUpAt: toBeijingIso(s.created_at),
  })
  const items: CampaignPerson[] = level1.map((s) => ({
    ...masked(s),
    village: s.village,
    converted: s.converted === 1,
    brought: level2.filter((b) => b.parent === s.user_id).map(masked),
  }))
  return { items, level2Count: items.reduce((n, p) => n + p.brought.length, 0) }
}
