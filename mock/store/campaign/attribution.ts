// First-touch attribution at sign-up, inside the sign-up's transaction: bind the device's anonymous
// visitor, reuse an earlier attribution of the same person and event (cancel and re-sign keeps the
// first touch), else the earliest visit within 30 days on another sharer's link for the event (not a
// sharer this person brought: no two-person loop). The chain (root staff, depth) is frozen here.
import { CAMPAIGN_ATTRIBUTION_DAYS } from '../../../src/contract/constants'
import type { Db } from '../db'
import { bindVisitor } from './visitors'

const DAY_MS = 24 * 60 * 60 * 1000

interface Attribution {
  attribution_id: string
  attributed_at: number
  attribution_via: string
  credit_staff_id: string | null
  credit_depth: number
}

/** Credits the new sign-up (or nobody). Runs inside the sign-up's immediate transaction. */
export function attributeSignup(
  db: Db,
  input: { eventId: string; userId: string; signupId: string; visitorId?: string; nowMs: number },
): void {
  const { eventId, userId, signupId, nowMs } = input
  if (input.visitorId) bindVisitor(db, input.visitorId, userId, nowMs)
  const earlier = db
    .prepare(
      `SELECT attribution_id, attributed_at, attribution_via, credit_staff_id, credit_depth FROM event_signups
       WHERE event_id = ? AND user_id = ? AND attribution_id IS NOT NULL AND id != ? ORDER BY seq LIMIT 1`,
    )
    .get(eventId, userId, signupId) as Attribution | undefined
  const chosen = earlier ?? firstTouch(db, input)
  if (!chosen) return
  db.prepare(
    `UPDATE event_signups SET attribution_id = ?, attributed_at = ?, attribution_via = ?,
       credit_staff_id = ?, credit_depth = ? WHERE id = ?`,
  ).run(
    chosen.attribution_id,
    chosen.attributed_at,
    chosen.attribution_via,
    chosen.credit_staff_id,
    chosen.credit_depth,
    signupId,
  )
}

function firstTouch(
  db: Db,
  input: { eventId: string; userId: string; nowMs: number },
): Attribution | undefined {
  const visit = db
    .prepare(
      `SELECT v.code, v.first_at, v.via, l.sharer_id, st.user_id IS NOT NULL AS sharer_is_staff
       FROM campaign_visits v
       JOIN campaign_links l ON l.code = v.code AND l.kind = 'event' AND l.target_id = :event
       LEFT JOIN staff st ON st.user_id = l.sharer_id
       WHERE (v.visitor = 'user:' || :user
              OR v.visitor IN (SELECT 'anon:' || id FROM campaign_visitors WHERE user_id = :user))
         AND v.first_at <= :now AND v.first_at >= :since
         AND l.sharer_id != :user
         AND NOT EXISTS (SELECT 1 FROM event_signups p JOIN campaign_links pl ON pl.code = p.attribution_id
                         WHERE p.event_id = :event AND p.user_id = l.sharer_id AND pl.sharer_id = :user)
       ORDER BY v.first_at, v.rowid LIMIT 1`,
    )
    .get({
      event: input.eventId,
      user: input.userId,
      now: input.nowMs,
      since: input.nowMs - CAMPAIGN_ATTRIBUTION_DAYS * DAY_MS,
    }) as
    { code: string; first_at: number; via: string; sharer_id: string; sharer_is_staff: number } | undefined
  if (!visit) return undefined
  let credit: { credit_staff_id: string | null; credit_depth: number } = {
    credit_staff_id: visit.sharer_id,
    credit_depth: 1,
  }
  if (!visit.sharer_is_staff) {
    // A customer sharer passes on the credit of their own active sign-up for the event.
    const parent = db
      .prepare(
        `SELECT credit_staff_id, credit_depth FROM event_signups
         WHERE event_id = ? AND user_id = ? AND status != 'cancelled' ORDER BY seq DESC LIMIT 1`,
      )
      .get(input.eventId, visit.sharer_id) as
      { credit_staff_id: string | null; credit_depth: number | null } | undefined
    credit = {
      credit_staff_id: parent?.credit_staff_id ?? null,
      credit_depth: (parent?.credit_depth ?? 0) + 1,
    }
  }
  return { attribution_id: visit.code, attributed_at: visit.first_at, attribution_via: visit.via, ...credit }
}
