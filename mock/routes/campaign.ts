// Campaign sharing (推广): visits through links (anyone), links for customers who signed up for an
// event, and staff links for events and products.
import type { FastifyInstance } from 'fastify'
import type { CampaignKind } from '../../src/contract/constants'
import { nowMs } from '../deps'
import { bankError } from '../errors'
import { callerAddress } from '../http/caller-address'
import type { EndpointHandlers } from '../http/endpoints'
import { getOrCreateLink } from '../store/campaign/codes'
import { linkExpiry, linkView } from '../store/campaign/links'
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
  } satisfies Partial<EndpointHandlers>
}
