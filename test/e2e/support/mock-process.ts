// Runs the mock bank (mock/main.ts) as a child process on a free port with a fresh temp database.
import { spawn } from 'node:child_process'
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '../../..')
const API = '/api/v1'

/** How to start the mock. */
export interface MockOptions {
  /** Port (default: a free one). */
  port?: number
  /** Fastify log level (default 'warn'). */
  logLevel?: string
  /** File that receives the mock's stdout and stderr (default: kept in memory for error messages only). */
  logFile?: string
  /** Milliseconds to wait for /health (default 30 s). */
  startTimeoutMs?: number
  /** SQLite file to use and keep (default: a fresh one in a temp folder, removed on stop). */
  dbFile?: string
  /** More environment for the mock (e.g. MOCK_CRASH_AFTER_COMMIT). */
  env?: Record<string, string>
}

/** A running mock bank. */
export interface MockProcess {
  port: number
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41235 */
  url: string
  stop: () => Promise<void>
}

/** A port that is free right now on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Starts `node --import tsx mock/main.ts` and resolves once GET /api/v1/health answers 200. */
export async function startMock(options: MockOptions = {}): Promise<MockProcess> {
  const port = options.port ?? (await freePort())
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cc-mock-'))
  const env = {
    ...process.env,
    ...options.env,
    PORT: String(port),
    MOCK_DB: options.dbFile ?? path.join(dir, 'bank.db'),
    LOG_LEVEL: options.logLevel ?? 'warn',
    // The browser tests read SMS codes from the dev outbox and move the mock's clock.
    MOCK_MODE: 'development',
  }
  const child = spawn(process.execPath, ['--import', 'tsx', 'mock/main.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let tail = ''
  const log = options.logFile ? createWriteStream(options.logFile) : null
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-4000)
      log?.write(chunk)
    })
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  let alive = true
  void exited.then(() => (alive = false))

  const stop = async () => {
    if (alive) {
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
      await exited
      clearTimeout(timer)
    }
    log?.end()
    rmSync(dir, { recursive: true, force: true })
  }

  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + (options.startTimeoutMs ?? 30_000)
  while (Date.now() < deadline) {
    if (!alive) break
    const ok = await fetch(`${url}${API}/health`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return { port, url, stop }
    await sleep(200)
  }
  const reason = alive ? 'did not answer /health in time' : 'exited'
  await stop()
  throw new Error(`Mock bank ${reason} (port ${port}). Last output:\n${tail.trim() || '(none)'}`)
}

/** The newest SMS code the mock "sent" to this phone, from the dev outbox. */
export async function readSmsCode(mockUrl: string, phone: string): Promise<string> {
  const res = await fetch(`${mockUrl}${API}/dev/sms-outbox?phone=${encodeURIComponent(phone)}`)
  if (!res.ok) throw new Error(`sms-outbox answered ${res.status}: ${await res.text()}`)
  const { items } = (await res.json()) as { items: { code: string }[] }
  if (!items.length) throw new Error(`No SMS code was sent to ${phone}`)
  return items[0].code
}

/**
 * Test files share one bank: when this number was texted a login code within the last minute (by
 * another file), the bank's clock moves past the 60 s resend rule, so the next request is answered.
 */
export async function waitOutLoginCodeWindow(mockUrl: string, phone: string): Promise<void> {
  const outbox = await fetch(
    `${mockUrl}${API}/dev/sms-outbox?phone=${encodeURIComponent(phone)}&purpose=login`,
  )
  const { items } = (await outbox.json()) as { items: { sentAt: string }[] }
  if (!items.length) return
  const clock = (await (await fetch(`${mockUrl}${API}/dev/clock`)).json()) as { now: string }
  const age = (Date.parse(clock.now) - Date.parse(items[0].sentAt)) / 1000
  if (age < 61) await advanceMockClock(mockUrl, Math.ceil(61 - age))
}

/** Restores the mock's seed data (POST /dev/reset). */
export async function resetMock(mockUrl: string): Promise<void> {
  const res = await fetch(`${mockUrl}${API}/dev/reset`, { method: 'POST' })
  if (!res.ok) throw new Error(`dev/reset answered ${res.status}: ${await res.text()}`)
}

/** Moves the mock bank's clock forward (time rules such as the 60 s SMS resend follow it). */
export async function advanceMockClock(mockUrl: string, seconds: number): Promise<void> {
  const current = (await (await fetch(`${mockUrl}/api/v1/dev/clock`)).json()) as { offsetSeconds: number }
  const response = await fetch(`${mockUrl}/api/v1/dev/clock`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ offsetSeconds: current.offsetSeconds + seconds }),
  })
  if (!response.ok) throw new Error(`could not move the mock clock: ${response.status}`)
}

/** Ends every session of the user with this phone, as if they had expired. */
export async function expireMockSessions(mockUrl: string, phone: string): Promise<void> {
  const response = await fetch(`${mockUrl}/api/v1/dev/sessions/expire`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ phone }),
  })
  if (!response.ok) throw new Error(`could not expire sessions of ${phone}: ${response.status}`)
}
