// Campaign events (活动): templates, published events, sign-ups with a waitlist, and check-in at the
// venue. Not the product referral (转介): these are the bank's own meetings that customers sign up for.
import { Type, type Static } from '@sinclair/typebox'
import {
  CAMPAIGN_VISITOR_PATTERN,
  EVENT_CAPACITY_MAX,
  EVENT_CHECK_IN_CODE_LENGTH,
  EVENT_DESCRIPTION_MAX_LENGTH,
  EVENT_PARTY_MAX,
  EVENT_SCOPES,
  EVENT_SIGNUP_STATUSES,
  EVENT_STATES,
  EVENT_TYPES,
  MOBILE_PHONE_PATTERN,
  PERSON_NAME_PATTERN,
  ONE_LINE_TEXT_PATTERN,
  PLAIN_TEXT_PATTERN,
} from './constants'
import { Id, IsoDateTime, Page, PageQuery, StringEnum } from './common'
import { Product } from './products'

/** Path of /events/:id routes. */
export const EventParams = Type.Object({
  id: Type.String({ title: '活动', minLength: 1, maxLength: 64 }),
})
export type EventParams = Static<typeof EventParams>

/** Path of /event-signups/:id routes. */
export const EventSignupParams = Type.Object({
  id: Type.String({ title: '报名', minLength: 1, maxLength: 64 }),
})
export type EventSignupParams = Static<typeof EventSignupParams>

/** Query of GET /events. */
export const EventListQuery = Type.Object(
  {
    ...PageQuery.properties,
    town: Type.Optional(Type.String({ title: '乡镇', minLength: 1, maxLength: 20 })),
    type: Type.Optional(StringEnum(EVENT_TYPES, { title: '活动类型' })),
    scope: Type.Optional(
      StringEnum(EVENT_SCOPES, {
        title: '时间',
        description: 'upcoming (default): soonest first; past: latest first',
      }),
    ),
  },
  { additionalProperties: false, description: 'Event list' },
)
export type EventListQuery = Static<typeof EventListQuery>

/** One line of an event's agenda. */
export const AgendaItem = Type.Object({
  time: Type.String({ description: 'e.g. 14:00' }),
  item: Type.String({ description: 'e.g. 签到入场' }),
})
export type AgendaItem = Static<typeof AgendaItem>

/** The branch that hosts an event. */
export const EventHost = Type.Object({ id: Id, name: Type.String(), phone: Type.String() })
export type EventHost = Static<typeof EventHost>

/** An event as the list shows it. */
export const EventSummary = Type.Object(
  {
    id: Id,
    type: StringEnum(EVENT_TYPES),
    title: Type.String(),
    town: Type.String(),
    venue: Type.String(),
    address: Type.String(),
    lat: Type.Number(),
    lng: Type.Number(),
    host: EventHost,
    start: IsoDateTime,
    end: IsoDateTime,
    capacity: Type.Integer({ description: 'People, parties counted in full' }),
    placesLeft: Type.Integer({
      description: 'People who can still register (0: new sign-ups join the waitlist)',
    }),
    waitlisted: Type.Integer({ description: 'Sign-ups on the waitlist' }),
    state: StringEnum(EVENT_STATES),
  },
  { description: 'Event' },
)
export type EventSummary = Static<typeof EventSummary>

/** Answer of GET /events. */
export const EventPage = Page(EventSummary, 'A page of events')
export type EventPage = Static<typeof EventPage>

/** Answer of GET /staff/events: the events the caller's branch hosts that have not ended. */
export const HostedEventList = Type.Object(
  { items: Type.Array(EventSummary) },
  { description: "The branch's events still to come or under way" },
)
export type HostedEventList = Static<typeof HostedEventList>

/** The caller's own sign-up, as it shows on the event page and in 我的活动. */
export const MyEventSignup = Type.Object(
  {
    id: Id,
    name: Type.String(),
    phoneMasked: Type.String({ description: 'e.g. 139****0001' }),
    village: Type.String(),
    partySize: Type.Integer(),
    status: StringEnum(EVENT_SIGNUP_STATUSES),
    waitlistPosition: Type.Optional(Type.Integer({ description: 'While waitlisted: 1 is next in line' })),
    signedUpAt: IsoDateTime,
    checkedInAt: Type.Optional(IsoDateTime),
    cancelledAt: Type.Optional(IsoDateTime),
    canCancel: Type.Boolean({ description: 'Registered or waitlisted and the event has not started' }),
  },
  { description: 'My sign-up' },
)
export type MyEventSignup = Static<typeof MyEventSignup>

/** An event in full: the bank's sanitised description, agenda, what attendees get, products with APR. */
export const EventDetail = Type.Composite(
  [
    EventSummary,
    Type.Object({
      descriptionHtml: Type.String({
        description: "Rich text sanitised by the bank to what WeChat's rich-text node shows",
      }),
      agenda: Type.Array(AgendaItem),
      benefits: Type.Array(Type.String(), { description: 'What attendees get' }),
      products: Type.Array(Product, { description: 'Loan products always with aprMinBp and aprMaxBp' }),
      mySignup: Type.Optional(MyEventSignup),
    }),
  ],
  { description: 'Event in full' },
)
export type EventDetail = Static<typeof EventDetail>

/** Body of POST /events/:id/signups. */
export const EventSignupRequest = Type.Object(
  {
    name: Type.String({ title: '姓名', pattern: PERSON_NAME_PATTERN, maxLength: 20 }),
    phone: Type.Optional(
      Type.String({
        title: '手机号',
        pattern: MOBILE_PHONE_PATTERN,
        description:
          'Omitted: the phone the customer logged in with (the app shows it masked, never in full)',
      }),
    ),
    village: Type.String({ title: '村（社区）', minLength: 2, maxLength: 30, pattern: PLAIN_TEXT_PATTERN }),
    partySize: Type.Integer({ title: '参加人数', minimum: 1, maximum: EVENT_PARTY_MAX }),
    visitorToken: Type.Optional(
      Type.String({
        pattern: CAMPAIGN_VISITOR_PATTERN,
        maxLength: 60,
        description:
          'The token /campaign-visits gave this device before login; binds its visits to the customer',
      }),
    ),
  },
  { additionalProperties: false, description: 'Sign-up' },
)
export type EventSignupRequest = Static<typeof EventSignupRequest>

/** A sign-up with its event: a row of 我的活动, and the answer of signing up or cancelling. */
export const EventSignup = Type.Composite([MyEventSignup, Type.Object({ event: EventSummary })], {
  description: 'Sign-up with its event',
})
export type EventSignup = Static<typeof EventSignup>

/** Answer of GET /event-signups: the customer's sign-ups, upcoming events first. */
export const MyEventSignups = Type.Object({ items: Type.Array(EventSignup) }, { description: 'My events' })
export type MyEventSignups = Static<typeof MyEventSignups>

/** Answer of GET /event-signups/:id/pass: what staff scan or type at the venue. */
export const EventPass = Type.Object(
  {
    token: Type.String({ description: 'CC1.E.<signupId>.<exp>.<sig>: signed, dead after the event' }),
    code: Type.String({ description: `${EVENT_CHECK_IN_CODE_LENGTH} digits for staff to type` }),
    expiresAt: IsoDateTime,
  },
  { description: 'Check-in pass' },
)
export type EventPass = Static<typeof EventPass>

/** Body of POST /staff/event-check-ins: a scanned pass, or an event and the code typed. */
export const EventCheckInRequest = Type.Object(
  {
    qrPayload: Type.Optional(Type.String({ title: '二维码', minLength: 1, maxLength: 200 })),
    eventId: Type.Optional(Type.String({ title: '活动', minLength: 1, maxLength: 64 })),
    code: Type.Optional(
      Type.String({
        title: '签到码',
        pattern: `^\\d{${EVENT_CHECK_IN_CODE_LENGTH}}$`,
        maxLength: EVENT_CHECK_IN_CODE_LENGTH,
      }),
    ),
  },
  { additionalProperties: false, description: 'One of: { qrPayload } scanned; { eventId, code } typed' },
)
export type EventCheckInRequest = Static<typeof EventCheckInRequest>

/** Answer of GET /staff/events/:id/venue-code: the QR attendees scan to check themselves in. */
export const EventVenueCode = Type.Object(
  {
    eventId: Id,
    eventTitle: Type.String(),
    token: Type.String({ description: 'CC1.V.<eventId>.<exp>.<sig>: signed, lives 90 s' }),
    expiresAt: IsoDateTime,
  },
  { description: 'Venue check-in code' },
)
export type EventVenueCode = Static<typeof EventVenueCode>

/** Body of POST /event-signups/:id/venue-check-in: the venue code the attendee scanned. */
export const VenueCheckInRequest = Type.Object(
  { venueToken: Type.String({ title: '现场签到码', minLength: 1, maxLength: 200 }) },
  { additionalProperties: false, description: 'A scanned venue code' },
)
export type VenueCheckInRequest = Static<typeof VenueCheckInRequest>

/** Answer of POST /staff/event-check-ins: who just came in, masked. */
export const EventCheckInResult = Type.Object(
  {
    signupId: Id,
    eventId: Id,
    eventTitle: Type.String(),
    nameMasked: Type.String({ description: 'e.g. 王*国' }),
    phoneMasked: Type.String({ description: 'e.g. 139****0001' }),
    village: Type.String(),
    partySize: Type.Integer(),
    checkedInAt: IsoDateTime,
  },
  { description: 'Checked in' },
)
export type EventCheckInResult = Static<typeof EventCheckInResult>

/** A template staff publish events from. */
export const EventTemplate = Type.Object(
  {
    id: Id,
    type: StringEnum(EVENT_TYPES),
    title: Type.String({ description: 'Default title' }),
    descriptionHtml: Type.String(),
    agenda: Type.Array(AgendaItem),
    benefits: Type.Array(Type.String()),
    products: Type.Array(Product),
    defaultCapacity: Type.Integer(),
  },
  { description: 'Event template' },
)
export type EventTemplate = Static<typeof EventTemplate>

/** Answer of GET /staff/event-templates. */
export const EventTemplateList = Type.Object(
  { items: Type.Array(EventTemplate), towns: Type.Array(Type.String(), { description: 'Towns served' }) },
  { description: 'Templates' },
)
export type EventTemplateList = Static<typeof EventTemplateList>

/** Body of POST /staff/events: a template's event in a town, at a venue and a time. */
export const CreateEventRequest = Type.Object(
  {
    templateId: Type.String({ title: '活动模板', minLength: 1, maxLength: 64 }),
    title: Type.Optional(
      Type.String({ title: '活动名称', minLength: 2, maxLength: 40, pattern: ONE_LINE_TEXT_PATTERN }),
    ),
    town: Type.String({ title: '乡镇', minLength: 1, maxLength: 20 }),
    venue: Type.String({ title: '场地', minLength: 2, maxLength: 40, pattern: ONE_LINE_TEXT_PATTERN }),
    address: Type.String({ title: '地址', minLength: 4, maxLength: 80, pattern: ONE_LINE_TEXT_PATTERN }),
    lat: Type.Optional(Type.Number({ title: '纬度', minimum: -90, maximum: 90 })),
    lng: Type.Optional(Type.Number({ title: '经度', minimum: -180, maximum: 180 })),
    start: Type.String({
      title: '开始时间',
      description: 'ISO 8601 with offset',
      minLength: 10,
      maxLength: 40,
    }),
    end: Type.String({
      title: '结束时间',
      description: 'ISO 8601 with offset',
      minLength: 10,
      maxLength: 40,
    }),
    capacity: Type.Integer({ title: '人数上限', minimum: 1, maximum: EVENT_CAPACITY_MAX }),
    descriptionHtml: Type.Optional(
      Type.String({
        title: '活动介绍',
        maxLength: EVENT_DESCRIPTION_MAX_LENGTH,
        description: "The template's by default; sanitised by the bank before it is stored",
      }),
    ),
  },
  { additionalProperties: false, description: 'New event' },
)
export type CreateEventRequest = Static<typeof CreateEventRequest>
