// Campaign sharing (推广): visits through a link (anyone), a customer's link for an event they
// signed up for, staff links for events and products.
import { CampaignLink, CampaignLinkRequest, CampaignVisitRequest, CampaignVisitResult } from '../campaign'
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
} as const satisfies Record<string, EndpointSpec>
