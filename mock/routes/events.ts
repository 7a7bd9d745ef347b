// Campaign events: browsing (anyone), signing up, cancelling and the check-in pass (customers),
// templates, publishing and check-in at the venue (staff).
import type { FastifyInstance } from 'fastify'
import { DEFAULT_PAGE_SIZE } from '../../src/contract/common'
import type { EventDetail } from '../../src/contract/events'
import { toBeijingIso } from '../../src/utils/beijing-time'
import { nowMs } from '../deps'
import { bankError, notFound } from '../errors'
import type { EndpointHandlers } from '../http/endpoints'
import { readVisitorToken } from '../store/campaign/visitors'
import { createEvent, eventTemplates } from '../store/events/create-event'
import { checkInAtEvent, checkInAtVenue, venueCode } from '../store/events/event-check-in'
import { signEventPass } from '../store/events/event-pass'
import { findEvent, hostedEvents, listEvents, toEventDetail, toEventSummary } from '../store/events/events'
import { staffBranch } from '../store/counter/check-in'
import {
  cancelEventSignup,
  findSignup,
  latestSignupOf,
  mySignups,
  signUpForEvent,
  signupStatus,
  toEventSignup,
  toMySignup,
} from '../store/events/signups'
import { offsetOf } from '../store/paging'

/** Handlers of the campaign event operations. */
export function eventHandlers(app: FastifyInstance) {
  const { db } = app.deps

  /** The caller's own sign-up; anyone else's reads as missing. */
  const ownSignup = (userId: string, id: string) => {
    const signup = findSignup(db, id)
    if (!signup || signup.user_id !== userId) throw notFound('报名记录不存在')
    return signup
  }

  return {
    listEvents: (request) => {
      const { town, type, scope, cursor, limit } = request.query
      const now = nowMs(app.deps)
      const offset = offsetOf(cursor)
      const size = limit ?? DEFAULT_PAGE_SIZE
      const page = listEvents(db, { town, type, scope: scope ?? 'upcoming', offset, limit: size }, now)
      return {
        items: page.rows.map((row) => toEventSummary(db, row, now)),
        nextCursor: page.more ? String(offset + size) : null,
      }
    },

    getEvent: (request) => {
      const now = nowMs(app.deps)
      const event = findEvent(db, request.params.id)
      if (!event) throw notFound('活动不存在')
      const view: EventDetail = toEventDetail(db, event, now)
      const user = request.user
      const mine = user?.role === 'customer' ? latestSignupOf(db, event.id, user.id) : undefined
      if (mine) view.mySignup = toMySignup(db, mine, event, now)
      return view
    },

    signUpForEvent: (request) => {
      const now = nowMs(app.deps)
      const visitorId = readVisitorToken(request.body.visitorToken, app.deps.secrets.data)
      const row = signUpForEvent(db, request.user!.id, request.params.id, request.body, now, visitorId)
      return toEventSignup(db, row, now)
    },

    listMyEventSignups: (request) => ({ items: mySignups(db, request.user!.id, nowMs(app.deps)) }),

    cancelEventSignup: (request) => {
      const now = nowMs(app.deps)
      return toEventSignup(db, cancelEventSignup(db, request.user!.id, request.params.id, now), now)
    },

    getEventPass: (request) => {
      const now = nowMs(app.deps)
      const signup = ownSignup(request.user!.id, request.params.id)
      const event = findEvent(db, signup.event_id)!
      const status = signupStatus(signup, event, now)
      if (status !== 'registered')
        throw bankError('EVENT_PASS_UNAVAILABLE', {
          message: status === 'checked-in' ? '您已签到，无需再出示签到码' : undefined,
        })
      return {
        token: signEventPass(app.deps.secrets.qr, signup.id, Math.floor(event.end_at / 1000)),
        code: signup.check_in_code,
        expiresAt: toBeijingIso(event.end_at),
      }
    },

    listEventTemplates: (request) => eventTemplates(db, request.user!.id),

    createEvent: (request) => {
      const now = nowMs(app.deps)
      return toEventDetail(db, createEvent(db, request.user!.id, request.body, now), now)
    },

    listHostedEvents: (request) => {
      const now = nowMs(app.deps)
      const branchId = staffBranch(db, request.user!.id)
      return { items: hostedEvents(db, branchId, now).map((row) => toEventSummary(db, row, now)) }
    },

    checkInAtEvent: (request) =>
      checkInAtEvent(db, request.user!.id, request.body, app.deps.secrets.qr, nowMs(app.deps)),

    getEventVenueCode: (request) =>
      venueCode(db, request.user!.id, request.params.id, app.deps.secrets.qr, nowMs(app.deps)),

    checkInAtVenue: (request) => {
      const now = nowMs(app.deps)
      const { id } = request.params
      const row = checkInAtVenue(db, request.user!.id, id, request.body.venueToken, app.deps.secrets.qr, now)
      return toMySignup(db, row, findEvent(db, row.event_id)!, now)
    },
  } satisfies Partial<EndpointHandlers>
}
