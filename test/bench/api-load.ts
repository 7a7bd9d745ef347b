// Short autocannon runs against the mock bank on 127.0.0.1: a public and an authenticated read.
import autocannon from 'autocannon'
import { PRIVACY_VERSION } from '../../src/contract/constants'
import { readSmsCode } from '../e2e/support/mock-process'

/** Result of one load run. */
export interface LoadResult {
  route: string
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  requests: number
  /** Non-2xx answers plus transport errors and timeouts: should be 0. */
  failures: number
}

/** Load settings (defaults: 10 connections for 5 s). */
export interface LoadOptions {
  connections?: number
  durationSeconds?: number
}

const BENCH_PHONE = '13900000001'

async function postJson<T>(url: string, body: unknown): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (!res.ok) throw new Error(`POST ${url} answered ${res.status}: ${await res.text()}`)
  return (await res.json()) as T
}

/** Logs in through the dev SMS outbox and returns a bearer token. */
export async function loginBearer(mockUrl: string, phone = BENCH_PHONE): Promise<string> {
  await postJson(`${mockUrl}/api/v1/auth/sms-codes`, { phone })
  const code = await readSmsCode(mockUrl, phone)
  const { token } = await postJson<{ token?: string }>(`${mockUrl}/api/v1/auth/sms-login`, {
    phone,
    code,
    session: 'bearer',
    privacyVersion: PRIVACY_VERSION,
  })
  if (!token) throw new Error('sms-login answered without a bearer token')
  return token
}

/** Runs autocannon on one GET route. */
export async function loadRoute(
  mockUrl: string,
  route: string,
  headers: Record<string, string> = {},
  options: LoadOptions = {},
): Promise<LoadResult> {
  const result = await autocannon({
    url: `${mockUrl}${route}`,
    connections: options.connections ?? 10,
    duration: options.durationSeconds ?? 5,
    headers,
    timeout: 10,
  })
  return {
    route,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
  }
}

/**
 * Measures GET /api/v1/health, then as a whitelisted customer GET /api/v1/me, the loan entry page's
 * GET /api/v1/loan/overview (pre-approval, applications, credit line), the coupon list's first page
 * sorted by distance and (anonymous) the nearby merchants, one after the other.
 */
export async function measureApi(mockUrl: string, options: LoadOptions = {}): Promise<LoadResult[]> {
  const health = await loadRoute(mockUrl, '/api/v1/health', {}, options)
  const auth = { authorization: `Bearer ${await loginBearer(mockUrl)}` }
  const me = await loadRoute(mockUrl, '/api/v1/me', auth, options)
  const loanOverview = await loadRoute(mockUrl, '/api/v1/loan/overview', auth, options)
  const coupons = await loadRoute(
    mockUrl,
    '/api/v1/coupons/batches?sort=distance&lat=32.7451&lng=120.0702',
    auth,
    options,
  )
  const merchants = await loadRoute(mockUrl, '/api/v1/merchants?lat=32.7451&lng=120.0702', {}, options)
  return [health, me, loanOverview, coupons, merchants, ...(await measureCampaign(mockUrl, options))]
}

/** 张伟's seeded campaign link (mock/seed/campaign.ts): ten days of visits and a two-level chain. */
const SEEDED_CAMPAIGN_CODE = 'ZWDNSHAXH2'

/**
 * Campaign figures as a staff member reads them (a link's 30 days, the branch's week), and visits
 * through a link by one anonymous phone with its visitor token (each answered and deduplicated by day).
 */
async function measureCampaign(mockUrl: string, options: LoadOptions): Promise<LoadResult[]> {
  const staff = { authorization: `Bearer ${await loginBearer(mockUrl, '13900000101')}` }
  const { to } = (await (
    await fetch(`${mockUrl}/api/v1/staff/campaign-links/${SEEDED_CAMPAIGN_CODE}/stats`, { headers: staff })
  ).json()) as { to: string }
  const from = new Date(Date.parse(`${to}T00:00:00Z`) - 29 * 86_400_000).toISOString().slice(0, 10)
  const stats = await loadRoute(
    mockUrl,
    `/api/v1/staff/campaign-links/${SEEDED_CAMPAIGN_CODE}/stats?from=${from}&to=${to}`,
    staff,
    options,
  )
  const bulletin = await loadRoute(mockUrl, '/api/v1/staff/branch-bulletin?period=week', staff, options)
  const visit = { code: SEEDED_CAMPAIGN_CODE, via: 'share' }
  const { visitorToken } = await postJson<{ visitorToken?: string }>(
    `${mockUrl}/api/v1/campaign-visits`,
    visit,
  )
  const result = await autocannon({
    url: `${mockUrl}/api/v1/campaign-visits`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...visit, visitorToken }),
    connections: options.connections ?? 10,
    duration: options.durationSeconds ?? 5,
    timeout: 10,
  })
  const visits: LoadResult = {
    route: 'POST /api/v1/campaign-visits',
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
  }
  return [stats, bulletin, visits]
}

/** Markdown table: one row per route. */
export function apiTable(results: LoadResult[], options: LoadOptions = {}): string {
  const load = `${options.connections ?? 10} conn, ${options.durationSeconds ?? 5} s`
  return [
    `| mock API (${load}) | req/s | p50 ms | p99 ms | requests | failures |`,
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (r) =>
        `| ${r.route.startsWith('POST ') ? '' : 'GET '}${r.route} | ${Math.round(r.requestsPerSecond)} | ${r.p50Ms} | ${r.p99Ms} | ${r.requests} | ${r.failures} |`,
    ),
  ].join('\n')
}
