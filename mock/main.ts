// Starts the mock bank: PORT (3100), host 127.0.0.1, MOCK_DB (mock/.data/bank.db), LOG_LEVEL (info).
import { faultsFromEnv } from './http/faults'
import { buildApp } from './server'

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3100)
  const app = await buildApp({
    dbFile: process.env.MOCK_DB ?? 'mock/.data/bank.db',
    logLevel: process.env.LOG_LEVEL ?? 'info',
    faults: faultsFromEnv(process.env),
    devEndpoints: process.env.MOCK_DEV_ENDPOINTS !== '0',
    onSms: (phone, code) => console.log(`[sms] ${phone} code ${code}`),
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
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
