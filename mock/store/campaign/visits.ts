// Recording a visit through a campaign link: once per visitor, code and Beijing day. Unknown and
// expired codes are answered silently (nobody credited); the sharer's own visits do not count.
import type { CampaignVia } from '../../../src/contract/constants'
import type { CampaignVisitResult } from '../../../src/contract/campaign'
import { beijingDate } from '../../../src/utils/beijing-time'
import type { Db } from '../db'
import { findCampaignLink } from './codes'
import { bindVisitor, mintVisitor, visitorExists, visitorTokenOf } from './visitors'

/** Counts one visit and answers what to open. One immediate transaction. */
export function recordCampaignVisit(
  db: Db,
  input: {
    code: string
    via: CampaignVia
    /** The id of a signed token the caller presented (already checked), if any. */
    visitorId?: string
    user: { id: string } | null
    callerHash: string
    secret: string
    nowMs: number
  },
): CampaignVisitResult {
  return db
    .transaction((): CampaignVisitResult => {
      const link = findCampaignLink(db, input.code)
      if (!link) return { counted: false }
      const target = { kind: link.kind, id: link.target_id }
      if (input.nowMs >= link.expires_at) return { counted: false, target }
      const answer: CampaignVisitResult = { counted: true, target }
      const known = input.visitorId !== undefined && visitorExists(db, input.visitorId)
      let visitor: string
      if (input.user) {
        visitor = `user:${input.user.id}`
        // "Opened anonymously, logged in, opened again" is one person.
        if (known) bindVisitor(db, input.visitorId!, input.user.id, input.nowMs)
      } else if (known) {
        visitor = `anon:${input.visitorId}`
      } else {
        const minted = mintVisitor(db, input.callerHash, input.nowMs)
        if (!minted) return { counted: false, target }
        visitor = `anon:${minted}`
        answer.visitorToken = visitorTokenOf(minted, input.secret)
      }
      if (input.user?.id === link.sharer_id) return { counted: false, target }
      db.prepare(
        'INSERT OR IGNORE INTO campaign_visits (code, visitor, date, via, first_at) VALUES (?, ?, ?, ?, ?)',
      ).run(link.code, visitor, beijingDate(input.nowMs), input.via, input.nowMs)
      return answer
    })
    .immediate()
}
