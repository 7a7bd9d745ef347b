// Builds the mock bank (without listening): store, hooks, routes and the OpenAPI document.
import swagger from '@fastify/swagger'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify from 'fastify'
import { OPENAPI_PATH, SESSION_COOKIE, type SmsPurpose } from '../src/contract/constants'
import type { EndpointName } from '../src/contract/endpoints'
import type { FaultSettings } from '../src/contract/dev'
import type { MockDeps } from './deps'
import { installAuth } from './http/auth'
import { installBodyParsing } from './http/body-parsing'
import { answerRouterError, handleClientError, installErrorHandling } from './http/error-handler'
import { installConnectionDrops, installFaults } from './http/faults'
import { registerEndpoints, type EndpointHandlers } from './http/endpoints'
import { installIdempotency } from './http/idempotency'
import { installSecurityHeaders } from './http/security-headers'
import { authHandlers } from './routes/auth'
import { counterHandlers } from './routes/counter'
import { couponHandlers } from './routes/coupons'
import { redemptionHandlers } from './routes/redemptions'
import { devHandlers } from './routes/dev'
import { campaignHandlers } from './routes/campaign'
import { eventHandlers } from './routes/events'
import { loanHandlers } from './routes/loans'
import { merchantJoinHandlers } from './routes/merchant-join'
import { messageHandlers } from './routes/messages'
import { referralHandlers } from './routes/referrals'
import { resetDatabase, seedDatabase } from './seed'
import type { SampleSize } from './seed/large-sample'
import { openDb } from './store/db'
import { resolveSecrets, type MockMode, type MockSecrets } from './config'

/** How to build one mock bank instance. */
export interface BuildAppOptions {
  /** SQLite file, or ':memory:' (default). A new store is seeded. */
  dbFile?: string
  /** Clock used by every rule (default: real time). */
  now?: () => Date
  /** Initial fault settings (default: none). */
  faults?: Partial<FaultSettings>
  /** Logger level (default 'silent'). */
  logLevel?: string
  /**
   * development: dev tools on (loopback callers only), fixed development secrets allowed;
   * production (default): dev tools off, every secret required.
   */
  mode?: MockMode
  /** Secrets (production needs all of them; development fills gaps with its fixed values). */
  secrets?: Partial<MockSecrets>
  /** Mount /dev endpoints (default: in development only; never in production). */
  devEndpoints?: boolean
  /**
   * Addresses of the reverse proxies in front, comma-separated (addresses, CIDRs or 'loopback');
   * default none. X-Forwarded-For and -Proto are believed only as far back as these proxies, so a
   * client cannot pick its own address by sending the header itself.
   */
  trustProxy?: string
  /** Development only: the process kills itself right after this operation commits (crash tests). */
  crashAfterCommit?: EndpointName
  /**
   * Hold every answer to the endpoint table: a business error the operation does not declare is
   * answered 500 (default true; the table is the contract a real backend copies).
   */
  contractChecks?: boolean
  /** Start of printed promo links, ending in /p/ (default: the H5 dev server's, DEFAULT_PROMO_LINK_BASE). */
  promoLinkBase?: string
  /** Start of campaign links, ending in /e/ (default: the H5 dev server's, DEFAULT_CAMPAIGN_LINK_BASE). */
  campaignLinkBase?: string
  /** Sample data a new or reset store is seeded with (default standard; MOCK_SAMPLE=large). */
  sample?: SampleSize
  /** Receives every SMS code sent (default: logged as "[sms] <phone> code <code>"). */
  onSms?: (phone: string, code: string, purpose: SmsPurpose) => void
}

/** Where printed promo links point in development: the H5 dev server. */
export const DEFAULT_PROMO_LINK_BASE = 'http://127.0.0.1:10086/p/'

/** Where campaign links point in development: the H5 dev server. */
export const DEFAULT_CAMPAIGN_LINK_BASE = 'http://127.0.0.1:10086/e/'

/** Maximum accepted request body. */
const BODY_LIMIT_BYTES = 64 * 1024

/** Builds the app; call `listen` or `inject` on the result, and `close` to release the store. */
export async function buildApp(options: BuildAppOptions = {}) {
  const mode = options.mode ?? 'production'
  const secrets = resolveSecrets(mode, options.secrets)
  const devEndpoints = mode === 'development' && (options.devEndpoints ?? true)
  const { db, created, upgraded } = openDb(options.dbFile ?? ':memory:')
  const sample = options.sample ?? 'standard'
  if (created) seedDatabase(db, sample)
  // A store from an older schema lacks the newer sample data: the mock restores the whole seed.
  else if (upgraded) resetDatabase(db, sample)
  const app = Fastify({
    logger: { level: options.logLevel ?? 'silent' },
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: options.trustProxy ?? false,
    clientErrorHandler: handleClientError,
    frameworkErrors: answerRouterError,
    ajv: {
      customOptions: {
        removeAdditional: false,
        coerceTypes: false,
        useDefaults: true,
        allErrors: true,
        verbose: true,
      },
    },
  }).withTypeProvider<TypeBoxTypeProvider>()
  const baseNow = options.now ?? (() => new Date())
  const deps: MockDeps = {
    db,
    now: () => new Date(baseNow().getTime() + deps.clockOffsetMs),
    clockOffsetMs: 0,
    faults: { delayMs: 0, jitterMs: 0, failRate: 0, dropRate: 0, ...options.faults },
    onSms:
      options.onSms ??
      ((phone, code, purpose) =>
        app.log.info(`[sms] ${phone} code ${code}${purpose === 'login' ? '' : ` (${purpose})`}`)),
    mode,
    secrets,
    promoLinkBase: options.promoLinkBase || DEFAULT_PROMO_LINK_BASE,
    campaignLinkBase: options.campaignLinkBase || DEFAULT_CAMPAIGN_LINK_BASE,
    sample,
  }
  app.decorate('deps', deps)
  app.addHook('onClose', async () => db.close())

  installErrorHandling(app, { contractChecks: options.contractChecks ?? true })
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: '云柜台 Mock Bank API',
        version: '1.0.0',
        description: 'Mock of the county bank API. Errors: { code, message, details? }.',
      },
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer' },
          cookieAuth: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
        },
      },
    },
  })
  installSecurityHeaders(app)
  installFaults(app)
  installAuth(app)
  installBodyParsing(app)
  installIdempotency(app)
  installConnectionDrops(app)

  const handlers = {
    ...authHandlers(app),
    ...counterHandlers(app),
    ...referralHandlers(app),
    ...messageHandlers(app),
    ...loanHandlers(app),
    ...couponHandlers(app),
    ...redemptionHandlers(app),
    ...merchantJoinHandlers(app),
    ...eventHandlers(app),
    ...campaignHandlers(app),
    ...devHandlers(app),
  } satisfies EndpointHandlers
  registerEndpoints(app, handlers, {
    devEndpoints,
    crashAfterCommit: mode === 'development' ? options.crashAfterCommit : undefined,
  })
  app.get(OPENAPI_PATH, { schema: { hide: true } }, async () => app.swagger())
  return app
}

/** The app type, for helpers and tests. */
export type MockApp = Awaited<ReturnType<typeof buildApp>>
