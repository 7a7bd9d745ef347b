// Starts the mock bank: PORT (3100), host 127.0.0.1, MOCK_DB (mock/.data/bank.db), LOG_LEVEL (warn),
// MOCK_QR_SECRET (booking QR signing secret; a fixed dev secret when unset).
import { faultsFromEnv } from './http/faults'
import { buildApp } from './server'

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3100)
  const app = await buildApp({
    dbFile: process.env.MOCK_DB ?? 'mock/.data/bank.db',
    // Request logs are JSON lines: useful when asked for (LOG_LEVEL=info), noise beside the H5 dev server.
    logLevel: process.env.LOG_LEVEL ?? 'warn',
    faults: faultsFromEnv(process.env),
    devEndpoints: process.env.MOCK_DEV_ENDPOINTS !== '0',
    onSms: (phone, code, purpose) =>
      console.log(`[sms] ${phone} code ${code}${purpose === 'login' ? '' : ` (${purpose})`}`),
    qrSecret: process.env.MOCK_QR_SECRET,
  })
  const close = () => {
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.on('SIGINT', close)
  process.on('SIGTERM', close)
  await app.listen({ port, host: '127.0.0.1' })
  console.log(
    `mock bank on http://127.0.0.1:${port}/api/v1 · OpenAPI http://127.0.0.1:${port}/api/openapi.json`,
  )
  console.log('SMS codes are not sent: they are printed here as "[sms] <phone> code <code>".')
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
