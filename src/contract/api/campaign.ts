// Campaign sharing (推广): visits through a link (anyone), a customer's link for an event they
// signed up for, staff links for events and products, 我的推广's figures and people, the branch bulletin.
import {
  BranchBulletin,
  BranchBulletinQuery,
  CampaignCodeParams,
  CampaignLink,
  CampaignLinkRequest,
  CampaignPeople,
  CampaignStats,
  CampaignStatsQuery,
  CampaignVisitRequest,
  CampaignVisitResult,
  StaffCampaignLinkList,
} from '../campaign'
import type { EndpointSpec } from './spec'

const tag = 'campaign'

export const CAMPAIGN_API = {
  recordCampaignVisit: {
    tag,
    summary: '推广链接访问',
    description:
      'Counts a visit once per visitor, code and Beijing day. An unknown code answers counted:false ' +
      'with no target, an expired one (30 days after its event ends; product links after 180 days) ' +
      'counted:false with its target: nobody is credited and no error tells them apart. Without a ' +
      'session the bank mints an anonymous visitor token (at most 50 per caller address and day; ' +
      'beyond that the visit is answered, not counted); a session binds a presented token to the ' +
      'user. The sharer opening their own link is not a visit.',
    body: CampaignVisitRequest,
    response: { 200: CampaignVisitResult },
    errors: [],
  },
  getMyCampaignLink: {
    tag,
    summary: '我的邀请链接',
    description:
      "Get-or-create the customer's link for an event they hold a sign-up for (registered, " +
      'waitlisted or checked in); customers get no product links. Asking again answers the same code.',
    body: CampaignLinkRequest,
    response: { 200: CampaignLink, 201: CampaignLink },
    errors: ['CAMPAIGN_LINK_NOT_ALLOWED', 'CAMPAIGN_TARGET_CLOSED'],
  },
  getStaffCampaignLink: {
    tag: 'staff',
    summary: '推广链接（员工）',
    description:
      "Get-or-create the staff member's link for any published event (any branch) or catalogue " +
      'product: 201 when issued, 200 when it existed. A new link for an ended event is refused.',
    body: CampaignLinkRequest,
    response: { 200: CampaignLink, 201: CampaignLink },
    errors: ['CAMPAIGN_TARGET_CLOSED'],
  },
  listStaffCampaignLinks: {
    tag: 'staff',
    summary: '我的推广',
    description:
      "The caller's own links, newest first, each with its all-time figures (as getCampaignStats " +
      'counts them), whether its event has ended and whether visits through it still count.',
    response: { 200: StaffCampaignLinkList },
    errors: [],
  },
  getCampaignStats: {
    tag: 'staff',
    summary: '推广数据（按日）',
    description:
      'Figures of one of the caller’s links for every Beijing day from..to (default: the 14 days to ' +
      'today; at most 31 days), zeros included, oldest first. Visits: people who opened the link, once ' +
      'per person and day (an anonymous visitor bound at sign-up is that person). Sign-ups credited to ' +
      'the link on the day made (cancelled later still count); check-ins on the check-in day; ' +
      'conversions on the sign-up day: a counter booking, loan application or coupon claim within 30 ' +
      'days after the sign-up. Another staff member’s code answers 404, as an unknown one.',
    params: CampaignCodeParams,
    query: CampaignStatsQuery,
    response: { 200: CampaignStats },
    errors: [],
  },
  listCampaignPeople: {
    tag: 'staff',
    summary: '推广带来的客户',
    description:
      'People who signed up through one of the caller’s links (level 1, with village, status and ' +
      'whether they converted) and those they brought to the same event through their own links ' +
      '(level 2). Names and phones masked. Another staff member’s code answers 404.',
    params: CampaignCodeParams,
    response: { 200: CampaignPeople },
    errors: [],
  },
  getBranchBulletin: {
    tag: 'staff',
    summary: '每日通报',
    description:
      "Every staff member of the caller's branch (zeros included) with visits, sign-ups, check-ins " +
      'and conversions credited through the whole chain (a customer brought by them who brings ' +
      'others) for a day or the Monday–Sunday week of `date` (default today), ranked by sign-ups, ' +
      'then check-ins, conversions and visits; equal figures share a rank. Another branch: 403.',
    query: BranchBulletinQuery,
    response: { 200: BranchBulletin },
    errors: ['NOT_YOUR_BRANCH'],
  },
} as const satisfies Record<string, EndpointSpec>
