// A campaign link as its sharer sees it: what it leads to, the link to copy and print, the share
// path and timeline query, and the sharer's name as the poster prints it.
import type { CampaignLink } from '../../../src/contract/campaign'
import {
  CAMPAIGN_EVENT_PAGE,
  CAMPAIGN_LINK_GRACE_DAYS,
  CAMPAIGN_PRODUCT_LINK_DAYS,
  CAMPAIGN_PRODUCT_PAGE,
  type CampaignKind,
} from '../../../src/contract/constants'
import { toBeijingIso } from '../../../src/utils/beijing-time'
import { maskName, maskPhone } from '../../../src/utils/mask'
import { formatRateRange } from '../../../src/utils/money'
import { notFound } from '../../errors'
import type { Db } from '../db'
import { findEvent } from '../events/events'
import { latestSignupOf } from '../events/signups'
import { findProduct } from '../referrals/products'
import type { CampaignLinkRow } from './codes'

const DAY_MS = 24 * 60 * 60 * 1000

/** When a new link for the target would expire; 404 for an unknown target. */
export function linkExpiry(db: Db, kind: CampaignKind, targetId: string, nowMs: number): number {
  if (kind === 'event') {
    const event = findEvent(db, targetId)
    if (!event) throw notFound('活动不存在')
    return event.end_at + CAMPAIGN_LINK_GRACE_DAYS * DAY_MS
  }
  if (!findProduct(db, targetId)) throw notFound('产品不存在')
  return nowMs + CAMPAIGN_PRODUCT_LINK_DAYS * DAY_MS
}

/**
 * '张伟 · 戴南支行' for staff. A customer by their masked name: the bank's, else the one they signed up
 * for the event with, else their masked phone (never a lone '*' a friend could not place).
 */
function sharerNameOf(db: Db, link: CampaignLinkRow): string {
  const userId = link.sharer_id
  const row = db
    .prepare(
      `SELECT u.role, u.phone, COALESCE(u.real_name, u.display_name, '') AS name, b.name AS branch
       FROM users u LEFT JOIN staff s ON s.user_id = u.id LEFT JOIN branches b ON b.id = s.branch_id
       WHERE u.id = ?`,
    )
    .get(userId) as { role: string; phone: string; name: string; branch: string | null }
  if (row.role === 'staff' && row.branch) return `${row.name} · ${row.branch}`
  if (row.name) return maskName(row.name)
  const signedUpAs = latestSignupOf(db, link.target_id, userId)
  return signedUpAs ? maskName(signedUpAs.name) : maskPhone(row.phone)
}

/** The link ready to share and print. */
export function linkView(db: Db, row: CampaignLinkRow, linkBase: string): CampaignLink {
  const view: CampaignLink = {
    code: row.code,
    kind: row.kind,
    targetId: row.target_id,
    title: '',
    link: linkBase + row.code,
    weappPath: `/${row.kind === 'event' ? CAMPAIGN_EVENT_PAGE : CAMPAIGN_PRODUCT_PAGE}?id=${row.target_id}&r=${row.code}`,
    timelineQuery: `id=${row.target_id}&r=${row.code}`,
    scene: row.code,
    sharerName: sharerNameOf(db, row),
    expiresAt: toBeijingIso(row.expires_at),
  }
  if (row.kind === 'event') {
    const event = findEvent(db, row.target_id)!
    view.title = event.title
    view.start = toBeijingIso(event.start_at)
    view.end = toBeijingIso(event.end_at)
    view.place = `${event.town} ${event.venue}`
  } else {
    const product = findProduct(db, row.target_id)!
    view.title = product.name
    if (product.aprMinBp !== undefined && product.aprMaxBp !== undefined)
      view.aprText = `年化利率（单利）${formatRateRange(product.aprMinBp, product.aprMaxBp)}`
  }
  return view
}
