// What every route and hook may use, decorated on the app as `app.deps`; request decorations.
import type { SmsPurpose } from '../src/contract/constants'
import type { EndpointName } from '../src/contract/endpoints'
import type { FaultSettings } from '../src/contract/dev'
import type { MockMode, MockSecrets } from './config'
import type { SampleSize } from './seed/large-sample'
import type { Db } from './store/db'
import type { SessionRow } from './store/auth/sessions'
import type { UserRow } from './store/auth/users'

/** Shared services of one mock bank instance. */
export interface MockDeps {
  db: Db
  /** The clock; rules read time only through this so tests can move it. */
  now: () => Date
  /** Added to the base clock by PUT /dev/clock, so browser tests can move the mock's time. */
  clockOffsetMs: number
  /** Current fault settings (mutable through PUT /dev/faults). */
  faults: FaultSettings
  /** Called with every SMS code "sent" (purpose added for loan codes; two-argument callbacks still fit). */
  onSms: (phone: string, code: string, purpose: SmsPurpose) => void
  /** development or production (see config.ts). */
  mode: MockMode
  /** Server-only secrets: QR signatures, keyed hashes of SMS codes and card numbers. */
  secrets: MockSecrets
  /** Start of the links printed as promo QR codes, ending in /p/ (MOCK_PROMO_LINK_BASE). */
  promoLinkBase: string
  /** Start of campaign links (copied, shared, printed on posters), ending in /e/ (MOCK_CAMPAIGN_LINK_BASE). */
  campaignLinkBase: string
  /** The sample data a reset restores. */
  sample: SampleSize
}

/** Idempotency bookkeeping of one request. */
export interface RequestIdempotency {
  scope: { scope: string; method: string; url: string; key: string }
  /** Proves this request still holds the key when it stores its answer. */
  token: string
  /** claimed: work may run; stored: its answer is committed; replayed: a stored answer went out. */
  state: 'claimed' | 'stored' | 'replayed' | 'released'
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The endpoint-table operation a route serves. */
    endpoint?: EndpointName
  }
  interface FastifyInstance {
    deps: MockDeps
  }
  interface FastifyRequest {
    /** The logged-in user, or null. */
    user: UserRow | null
    /** The session that authenticated this request, and how it was presented. */
    authSession: (SessionRow & { via: 'cookie' | 'bearer' }) | null
    idempotency: RequestIdempotency | null
    /** Set by fault injection: destroy the socket instead of answering. */
    dropConnection: boolean
  }
}

/** Current time in epoch milliseconds from the app's clock. */
export function nowMs(deps: MockDeps): number {
  return deps.now().getTime()
}
