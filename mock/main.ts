// Starts the mock bank. Environment:
// MOCK_MODE=development|production (production unless set: npm start and npm run mock set development),
// PORT (3100), HOST (127.0.0.1; production only), MOCK_DB (mock/.data/bank.db), LOG_LEVEL (warn),
// MOCK_QR_SECRET and MOCK_DATA_SECRET (required in production), MOCK_TRUST_PROXY (the gateway's
// addresses, e.g. 10.0.0.0/8 or loopback), MOCK_DEV_ENDPOINTS=0 to turn the dev tools off in
// development too, MOCK_PROMO_LINK_BASE (https://<H5 host>/p/: the links promo QR codes print),
// MOCK_CAMPAIGN_LINK_BASE (https://<H5 host>/e/: campaign links and posters),
// MOCK_SAMPLE=large for ~40 more merchants and 1,000 coupon batches (a new or reset store), and the
// fault settings of http/faults.ts.
import type { EndpointName } from '../src/contract/endpoints'
import { isLoopback, SECRET_ENV, type MockMode } from './config'
import { faultsFromEnv } from './http/faults'
import { sampleFromEnv } from './seed/large-sample'
import { buildApp } from './server'

function banner(mode: MockMode, devEndpoints: boolean, url: string): string {
  const rule = '='.repeat(78)
  const lines =
    mode === 'development'
      ? [
          `MOCK BANK — DEVELOPMENT MODE — ${url}`,
          devEndpoints
            ? 'Dev tools /api/v1/dev/* are ON (SMS outbox, clock, faults, reset), for this machine only.'
            : 'Dev tools /api/v1/dev/* are off (MOCK_DEV_ENDPOINTS=0).',
          'Secrets are the fixed development values in this repository. Never expose this server.',
        ]
      : [`MOCK BANK — PRODUCTION MODE — ${url}`, 'Dev tools are off; secrets come from the environment.']
  return [rule, ...lines.map((line) => `  ${line}`), rule].join('\n')
}

async function main(): Promise<void> {
  const mode: MockMode = process.env.MOCK_MODE === 'development' ? 'development' : 'production'
  const port = Number(process.env.PORT ?? 3100)
  const host = process.env.HOST ?? '127.0.0.1'
  if (mode === 'development' && !isLoopback(host)) {
    throw new Error(`In development mode the mock listens on 127.0.0.1 only (HOST=${host} refused).`)
  }
  const devEndpoints = mode === 'development' && process.env.MOCK_DEV_ENDPOINTS !== '0'
  const app = await buildApp({
    mode,
    secrets: { qr: process.env[SECRET_ENV.qr], data: process.env[SECRET_ENV.data] },
    devEndpoints,
    trustProxy: process.env.MOCK_TRUST_PROXY || undefined,
    crashAfterCommit: process.env.MOCK_CRASH_AFTER_COMMIT as EndpointName | undefined,
    dbFile: process.env.MOCK_DB ?? 'mock/.data/bank.db',
    promoLinkBase: process.env.MOCK_PROMO_LINK_BASE || undefined,
    campaignLinkBase: process.env.MOCK_CAMPAIGN_LINK_BASE || undefined,
    // Request logs are JSON lines: useful when asked for (LOG_LEVEL=info), noise beside the H5 dev server.
    logLevel: process.env.LOG_LEVEL ?? 'warn',
    faults: faultsFromEnv(process.env),
    sample: sampleFromEnv(process.env.MOCK_SAMPLE),
    onSms: (phone, code, purpose) =>
      console.log(`[sms] ${phone} code ${code}${purpose === 'login' ? '' : ` (${purpose})`}`),
  })
  const close = () => {
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.on('SIGINT', close)
  process.on('SIGTERM', close)
  await app.listen({ port, host })
  console.log(banner(mode, devEndpoints, `http://${host}:${port}/api/v1`))
  console.log(`OpenAPI: http://${host}:${port}/api/openapi.json`)
  if (mode === 'development') {
    console.log('SMS codes are not sent: they are printed here as "[sms] <phone> code <code>".')
  }
}

main().catch((error: Error) => {
  console.error(`mock bank not started: ${error.message}`)
  process.exit(1)
})
