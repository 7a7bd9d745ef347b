// Campaign sharing (推广): visits through links (anyone), links for customers who signed up for an
// event, staff links for events and products, 我的推广's figures and people, the branch bulletin.
import type { FastifyInstance } from 'fastify'
import type { CampaignLinkSummary } from '../../src/contract/campaign'
import { CAMPAIGN_STATS_MAX_DAYS, type CampaignKind } from '../../src/contract/constants'
import { beijingDate } from '../../src/utils/beijing-time'
import { addDays, isLocalDate } from '../../src/utils/calendar-date'
import { nowMs } from '../deps'
import { bankError, fieldError, notFound } from '../errors'
import { callerAddress } from '../http/caller-address'
import type { EndpointHandlers } from '../http/endpoints'
import { branchBulletin, branchOfStaff, bulletinRange } from '../store/campaign/bulletin'
import { findCampaignLink, getOrCreateLink, type CampaignLinkRow } from '../store/campaign/codes'
import { linkExpiry, linkView } from '../store/campaign/links'
import { peopleOfLink } from '../store/campaign/people'
import { linkDays, linkTotals, sumFigures } from '../store/campaign/stats'
import { recordCampaignVisit } from '../store/campaign/visits'
import { callerHashOf, readVisitorToken } from '../store/campaign/visitors'
import { findEvent } from '../store/events/events'
import { latestSignupOf } from '../store/events/signups'

/** Handlers of the campaign operations. */
export function campaignHandlers(app: FastifyInstance) {
  const { db, secrets } = app.deps

  /** The sharer's link (201 when issued now); a new link for an ended event is refused. */
  const issue = (
    sharerId: string,
    kind: CampaignKind,
    targetId: string,
    reply: { code: (n: number) => unknown },
  ) => {
    const now = nowMs(app.deps)
    const expiresAt = linkExpiry(db, kind, targetId, now)
    const { row, created } = getOrCreateLink(db, {
      sharerId,
      kind,
      targetId,
      nowMs: now,
      expiresAt,
      mayCreate: () => {
        if (kind === 'event' && now >= findEvent(db, targetId)!.end_at)
          throw bankError('CAMPAIGN_TARGET_CLOSED')
      },
    })
    reply.code(created ? 201 : 200)
    return linkView(db, row, app.deps.campaignLinkBase)
  }

  /** One of the caller's own links; another's code is 404 like an unknown one, so codes cannot be probed. */
  const ownLink = (code: string, userId: string): CampaignLinkRow => {
    const link = findCampaignLink(db, code)
    if (!link || link.sharer_id !== userId) throw notFound('推广链接不存在')
    return link
  }

  const summaryOf = (row: CampaignLinkRow, now: number): CampaignLinkSummary => {
    const view = linkView(db, row, app.deps.campaignLinkBase)
    return {
      ...view,
      totals: linkTotals(db, row.code),
      // The view already read the event: its end says whether it is over.
      ended: view.end !== undefined && now >= Date.parse(view.end),
      expired: now >= row.expires_at,
    }
  }

  /** A real YYYY-MM-DD from the query, else the default. */
  const dateParam = (field: string, value: string | undefined, fallback: string): string => {
    if (value === undefined) return fallback
    if (!isLocalDate(value)) throw fieldError(field, '日期无效')
    return value
  }

  return {
    recordCampaignVisit: (request) =>
      recordCampaignVisit(db, {
        code: request.body.code,
        via: request.body.via,
        visitorId: readVisitorToken(request.body.visitorToken, secrets.data),
        user: request.user,
        callerHash: callerHashOf(callerAddress(request.ip).caller, secrets.data),
        secret: secrets.data,
        nowMs: nowMs(app.deps),
      }),

    getMyCampaignLink: (request, reply) => {
      const { kind, targetId } = request.body
      const userId = request.user!.id
      if (kind === 'event') {
        if (!findEvent(db, targetId)) return issue(userId, kind, targetId, reply)
        const signup = latestSignupOf(db, targetId, userId)
        if (signup && signup.status !== 'cancelled') return issue(userId, kind, targetId, reply)
      }
      throw bankError('CAMPAIGN_LINK_NOT_ALLOWED', {
        message: kind === 'event' ? '报名参加该活动后即可邀请亲友' : '产品推广链接仅限客户经理使用',
      })
    },

    getStaffCampaignLink: (request, reply) =>
      issue(request.user!.id, request.body.kind, request.body.targetId, reply),

    listStaffCampaignLinks: (request) => {
      const now = nowMs(app.deps)
      const rows = db
        .prepare('SELECT * FROM campaign_links WHERE sharer_id = ? ORDER BY created_at DESC, code')
        .all(request.user!.id) as CampaignLinkRow[]
      return { items: rows.map((row) => summaryOf(row, now)) }
    },

    getCampaignStats: (request) => {
      const link = ownLink(request.params.code, request.user!.id)
      const today = beijingDate(nowMs(app.deps))
      const to = dateParam('to', request.query.to, today)
      const from = dateParam('from', request.query.from, addDays(to, -13))
      if (from > to) throw fieldError('from', '开始日期不能晚于结束日期')
      if (addDays(from, CAMPAIGN_STATS_MAX_DAYS - 1) < to)
        throw fieldError('from', `最多查看 ${CAMPAIGN_STATS_MAX_DAYS} 天的数据`)
      const days = linkDays(db, link.code, from, to)
      return { code: link.code, from, to, days, totals: sumFigures(days) }
    },

    listCampaignPeople: (request) =>
      peopleOfLink(db, ownLink(request.params.code, request.user!.id), nowMs(app.deps)),

    getBranchBulletin: (request) => {
      const userId = request.user!.id
      const branch = branchOfStaff(db, userId)
      const { branchId, period = 'day' } = request.query
      if (!branch || (branchId !== undefined && branchId !== branch.id))
        throw bankError('NOT_YOUR_BRANCH', { message: '只能查看本网点的每日通报' })
      const date = dateParam('date', request.query.date, beijingDate(nowMs(app.deps)))
      return branchBulletin(db, { branch, period, ...bulletinRange(period, date), callerId: userId })
    },
  } satisfies Partial<EndpointHandlers>
}
