// Campaign sharing (推广): a sharer's link (code) for an event or a product, visits through it,
// the figures of 我的推广 and the branch bulletin (每日通报). Not the product referral (转介).
import { Type, type Static } from '@sinclair/typebox'
import {
  BULLETIN_PERIODS,
  CAMPAIGN_CODE_LENGTH,
  CAMPAIGN_CODE_PATTERN,
  CAMPAIGN_KINDS,
  CAMPAIGN_VIAS,
  CAMPAIGN_VISITOR_PATTERN,
  EVENT_SIGNUP_STATUSES,
} from './constants'
import { Id, IsoDate, IsoDateTime, StringEnum } from './common'

const CampaignCode = Type.String({
  title: '推广码',
  pattern: CAMPAIGN_CODE_PATTERN,
  maxLength: CAMPAIGN_CODE_LENGTH,
})

/** Path of /staff/campaign-links/:code routes. */
export const CampaignCodeParams = Type.Object({ code: CampaignCode })
export type CampaignCodeParams = Static<typeof CampaignCodeParams>

/** Body of POST /campaign-visits. */
export const CampaignVisitRequest = Type.Object(
  {
    code: CampaignCode,
    via: StringEnum(CAMPAIGN_VIAS, {
      title: '来源',
      description:
        'share/timeline: a chat card or timeline post; scene: mini-program code; link: https QR; h5',
    }),
    visitorToken: Type.Optional(Type.String({ pattern: CAMPAIGN_VISITOR_PATTERN, maxLength: 60 })),
  },
  { additionalProperties: false, description: 'A visit through a campaign link' },
)
export type CampaignVisitRequest = Static<typeof CampaignVisitRequest>

/** What a campaign link leads to. */
export const CampaignTarget = Type.Object({ kind: StringEnum(CAMPAIGN_KINDS), id: Id })
export type CampaignTarget = Static<typeof CampaignTarget>

/** Answer of a visit: what to open, whether it counted, and a token for an anonymous caller that had none. */
export const CampaignVisitResult = Type.Object(
  {
    target: Type.Optional(CampaignTarget),
    counted: Type.Boolean({ description: 'false for unknown or expired codes, own links, the mint cap' }),
    visitorToken: Type.Optional(
      Type.String({ description: 'New: store it and send it back (anonymous callers only)' }),
    ),
  },
  { description: 'Campaign visit' },
)
export type CampaignVisitResult = Static<typeof CampaignVisitResult>

/** Body of POST /campaign-links and /staff/campaign-links. */
export const CampaignLinkRequest = Type.Object(
  {
    kind: StringEnum(CAMPAIGN_KINDS, { title: '推广对象' }),
    targetId: Type.String({ title: '活动或产品', minLength: 1, maxLength: 64 }),
  },
  { additionalProperties: false, description: 'Which link to get (get-or-create)' },
)
export type CampaignLinkRequest = Static<typeof CampaignLinkRequest>

/** A sharer's link, ready to share and print. */
export const CampaignLink = Type.Object(
  {
    code: Type.String({ pattern: CAMPAIGN_CODE_PATTERN }),
    kind: StringEnum(CAMPAIGN_KINDS),
    targetId: Id,
    title: Type.String({ description: 'Event or product title' }),
    start: Type.Optional(IsoDateTime),
    end: Type.Optional(IsoDateTime),
    place: Type.Optional(Type.String({ description: 'Events: town and venue' })),
    aprText: Type.Optional(Type.String({ description: 'Loan products: the APR range in words' })),
    link: Type.String({ description: 'https link to copy and for the poster QR: <base><code>' }),
    weappPath: Type.String({ description: 'Chat share path: /packages/event/detail/index?id=<id>&r=<code>' }),
    timelineQuery: Type.String({ description: 'Timeline share query: id=<id>&r=<code>' }),
    scene: Type.String({ description: "A mini-program code's scene (the code itself)" }),
    sharerName: Type.String({ description: 'Staff: 张伟（戴南支行）; a customer: masked name' }),
    expiresAt: IsoDateTime,
  },
  { description: 'Campaign link' },
)
export type CampaignLink = Static<typeof CampaignLink>

/** Visits, sign-ups, check-ins and conversions through links. */
export const CampaignFigures = Type.Object({
  visits: Type.Integer({ description: 'People who opened a link, once per person and Beijing day' }),
  signups: Type.Integer({ description: 'Sign-ups credited, on the day made (cancelled ones included)' }),
  checkIns: Type.Integer({ description: 'Check-ins of credited sign-ups, on the check-in day' }),
  conversions: Type.Integer({
    description: 'Credited sign-ups followed within 30 days by a booking, loan application or coupon claim',
  }),
})
export type CampaignFigures = Static<typeof CampaignFigures>

/** Row of 我的推广: a link with its all-time totals, and whether it is still worth sharing. */
export const CampaignLinkSummary = Type.Composite([
  CampaignLink,
  Type.Object({
    totals: CampaignFigures,
    ended: Type.Boolean({
      description: 'Events: the event has ended (its page still opens); products: false',
    }),
    expired: Type.Boolean({ description: 'Visits through the link no longer count (past expiresAt)' }),
  }),
])
export type CampaignLinkSummary = Static<typeof CampaignLinkSummary>

/** Answer of GET /staff/campaign-links: the caller's own links, newest first. */
export const StaffCampaignLinkList = Type.Object(
  { items: Type.Array(CampaignLinkSummary) },
  { description: 'My campaign links' },
)
export type StaffCampaignLinkList = Static<typeof StaffCampaignLinkList>

/** Query of GET /staff/campaign-links/:code/stats (default: the last 14 Beijing days to today). */
export const CampaignStatsQuery = Type.Object(
  { from: Type.Optional(IsoDate), to: Type.Optional(IsoDate) },
  { additionalProperties: false },
)
export type CampaignStatsQuery = Static<typeof CampaignStatsQuery>

/** One Beijing day of a link's figures. */
export const CampaignDay = Type.Composite([Type.Object({ date: IsoDate }), CampaignFigures])
export type CampaignDay = Static<typeof CampaignDay>

/** Answer of GET …/:code/stats: every day from..to, zeros included, oldest first. */
export const CampaignStats = Type.Object(
  {
    code: Type.String(),
    from: IsoDate,
    to: IsoDate,
    days: Type.Array(CampaignDay),
    totals: CampaignFigures,
  },
  { description: 'Figures of a link by day' },
)
export type CampaignStats = Static<typeof CampaignStats>

/** A person the level-1 person brought (level 2), as staff may see them. */
export const CampaignPersonBrought = Type.Object({
  signupId: Id,
  nameMasked: Type.String(),
  phoneMasked: Type.String(),
  status: StringEnum(EVENT_SIGNUP_STATUSES),
  signedUpAt: IsoDateTime,
})
export type CampaignPersonBrought = Static<typeof CampaignPersonBrought>

/** A person a link brought (level 1) and those they brought to the same event (level 2). */
export const CampaignPerson = Type.Object({
  signupId: Id,
  nameMasked: Type.String(),
  phoneMasked: Type.String(),
  village: Type.String(),
  status: StringEnum(EVENT_SIGNUP_STATUSES),
  signedUpAt: IsoDateTime,
  converted: Type.Boolean(),
  brought: Type.Array(CampaignPersonBrought),
})
export type CampaignPerson = Static<typeof CampaignPerson>

/** Answer of GET …/:code/people. */
export const CampaignPeople = Type.Object(
  { items: Type.Array(CampaignPerson), level2Count: Type.Integer() },
  { description: 'People a link brought' },
)
export type CampaignPeople = Static<typeof CampaignPeople>

/** Query of GET /staff/branch-bulletin. */
export const BranchBulletinQuery = Type.Object(
  {
    period: Type.Optional(StringEnum(BULLETIN_PERIODS, { title: '周期' })),
    date: Type.Optional(IsoDate),
    branchId: Type.Optional(Type.String({ title: '网点', minLength: 1, maxLength: 64 })),
  },
  { additionalProperties: false },
)
export type BranchBulletinQuery = Static<typeof BranchBulletinQuery>

/** One staff member's row of the bulletin. */
export const BulletinRow = Type.Composite([
  Type.Object({
    rank: Type.Integer({ description: '1 = most sign-ups; equal figures share a rank' }),
    staffName: Type.String(),
    staffCode: Type.String(),
    isMe: Type.Boolean(),
  }),
  CampaignFigures,
])
export type BulletinRow = Static<typeof BulletinRow>

/** Answer of GET /staff/branch-bulletin: every staff member of the branch, ranked. */
export const BranchBulletin = Type.Object(
  {
    branch: Type.Object({ id: Id, name: Type.String() }),
    period: StringEnum(BULLETIN_PERIODS),
    from: IsoDate,
    to: IsoDate,
    rows: Type.Array(BulletinRow),
    totals: CampaignFigures,
  },
  { description: 'Branch bulletin' },
)
export type BranchBulletin = Static<typeof BranchBulletin>
