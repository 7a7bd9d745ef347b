// Campaign codes: one live code per sharer and target (get-or-create), random from the promo
// alphabet. Product links expire and are then replaced by a new code; the old keeps its history.
import { randomInt } from 'node:crypto'
import { CAMPAIGN_CODE_LENGTH, PROMO_CODE_ALPHABET, type CampaignKind } from '../../../src/contract/constants'
import type { Db } from '../db'

/** A campaign_links row. */
export interface CampaignLinkRow {
  code: string
  sharer_id: string
  kind: CampaignKind
  target_id: string
  created_at: number
  expires_at: number
}

/** A fresh code nobody holds (crypto.randomInt per character; retried on the rare collision). */
export function newCampaignCode(db: Db): string {
  const taken = db.prepare('SELECT 1 FROM campaign_links WHERE code = ?')
  for (;;) {
    let code = ''
    for (let i = 0; i < CAMPAIGN_CODE_LENGTH; i++)
      code += PROMO_CODE_ALPHABET[randomInt(PROMO_CODE_ALPHABET.length)]
    if (!taken.get(code)) return code
  }
}

/** The link with this code, if any. */
export function findCampaignLink(db: Db, code: string): CampaignLinkRow | undefined {
  return db.prepare('SELECT * FROM campaign_links WHERE code = ?').get(code) as CampaignLinkRow | undefined
}

/**
 * The sharer's live link for the target, else a new one expiring at `expiresAt`. `mayCreate` runs
 * only when a new link is needed (it throws when the target no longer takes new links). One
 * immediate transaction, so concurrent requests answer one code.
 */
export function getOrCreateLink(
  db: Db,
  input: {
    sharerId: string
    kind: CampaignKind
    targetId: string
    nowMs: number
    expiresAt: number
    mayCreate?: () => void
  },
): { row: CampaignLinkRow; created: boolean } {
  return db
    .transaction(() => {
      const live = db
        .prepare(
          `SELECT * FROM campaign_links WHERE sharer_id = ? AND kind = ? AND target_id = ?
           ORDER BY created_at DESC LIMIT 1`,
        )
        .get(input.sharerId, input.kind, input.targetId) as CampaignLinkRow | undefined
      // An event link is answered as it is even when past (我的推广 keeps past events).
      if (live && (live.kind === 'event' || live.expires_at > input.nowMs))
        return { row: live, created: false }
      input.mayCreate?.()
      const code = newCampaignCode(db)
      db.prepare(
        'INSERT INTO campaign_links (code, sharer_id, kind, target_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(code, input.sharerId, input.kind, input.targetId, input.nowMs, input.expiresAt)
      return { row: findCampaignLink(db, code)!, created: true }
    })
    .immediate()
}
