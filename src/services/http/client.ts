import axios, { type AxiosRequestConfig, type Method } from 'axios'
import type { EndpointInput, EndpointResult } from '@/contract/api'
import { API_BASE_PATH, CSRF_HEADER, IDEMPOTENCY_KEY_HEADER } from '@/contract/constants'
import { ENDPOINTS, fillPath, type EndpointName } from '@/contract/endpoints'
import { httpAdapter, sessionTransport } from '@/platform/http-adapter'
import { getCredentials, getSession, signOut } from '../session/session-store'
import { ApiError, toApiError } from './api-error'
import { defaultRetryPolicy, retryDelayMs, shouldRetry, type RetryPolicy } from './retry'

/** Query parameters of a request. */
type QueryParams = Record<string, string | number | boolean | undefined>

/** Options for one API call. */
export interface CallOptions {
  /** Key of the user action this mutation belongs to; a repeat with the same key changes nothing. */
  idempotencyKey?: string
  /**
   * When true, a 401 asks the user to log in again, then repeats the request once. Default: true for
   * operations that need a session, false for public ones.
   */
  reloginOnUnauthorized?: boolean
}

/** Options of the raw transport (tests use it directly). */
export interface RequestOptions extends CallOptions {
  params?: QueryParams
}

/** Asks the user to log in again; resolves true when they did. Wired by the app, not by this module. */
export type UnauthorizedHandler = () => Promise<boolean>

/** Re-reads the session (and with it the CSRF token); resolves true when the bank answered. */
export type SessionRefresher = () => Promise<boolean>

const unsafeMethods = new Set(['post', 'put', 'patch', 'delete'])
let unauthorizedHandler: UnauthorizedHandler | undefined
let sessionRefresher: SessionRefresher | undefined
let pendingRelogin: Promise<boolean> | undefined
let retryPolicy: RetryPolicy = defaultRetryPolicy
let sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

const http = axios.create({
  baseURL: `${process.env.TARO_APP_API_BASE ?? ''}${API_BASE_PATH}`,
  timeout: 15_000,
  adapter: httpAdapter,
  withCredentials: sessionTransport === 'cookie',
  headers: { Accept: 'application/json' },
})

/** Installs what happens when the server says the session is gone. */
export function setUnauthorizedHandler(handler: UnauthorizedHandler | undefined): void {
  unauthorizedHandler = handler
}

/** Installs how a lost CSRF token is recovered (H5: GET /auth/session hands out the current one). */
export function setSessionRefresher(refresher: SessionRefresher | undefined): void {
  sessionRefresher = refresher
}

/** For tests: retry timing without waiting. */
export function configureRetries(policy: RetryPolicy, wait?: (ms: number) => Promise<void>): void {
  retryPolicy = policy
  if (wait) sleep = wait
}

function buildConfig(
  method: Method,
  url: string,
  data: unknown,
  options: RequestOptions,
): AxiosRequestConfig {
  const headers: Record<string, string> = {}
  const { csrfToken, bearerToken } = getCredentials()
  if (sessionTransport === 'bearer' && bearerToken) headers.Authorization = `Bearer ${bearerToken}`
  if (unsafeMethods.has(method.toLowerCase())) {
    if (sessionTransport === 'cookie' && csrfToken) headers[CSRF_HEADER] = csrfToken
    if (options.idempotencyKey) headers[IDEMPOTENCY_KEY_HEADER] = options.idempotencyKey
  }
  return { method, url, data, params: options.params, headers }
}

function relogin(): Promise<boolean> {
  if (!unauthorizedHandler) return Promise.resolve(false)
  pendingRelogin ??= unauthorizedHandler().finally(() => {
    pendingRelogin = undefined
  })
  return pendingRelogin
}

async function send<T>(
  method: Method,
  url: string,
  data: unknown,
  options: RequestOptions,
  // Each recovery happens at most once per request, so a stubborn refusal reaches the page.
  recovered: { relogin?: boolean; csrf?: boolean } = {},
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await http.request<T>(buildConfig(method, url, data, options))
      return response.data
    } catch (raw) {
      const error = toApiError(raw)
      // The page outlived its CSRF token (an offline start, a login in another tab): the bank refused
      // before doing anything, so fetch the current token and send the same request once more.
      if (
        error.code === 'CSRF_TOKEN_INVALID' &&
        !recovered.csrf &&
        sessionRefresher &&
        (await sessionRefresher())
      ) {
        return send<T>(method, url, data, options, { ...recovered, csrf: true })
      }
      if (error.status === 401) {
        if (getSession().status === 'authenticated') signOut({ expired: true })
        if (options.reloginOnUnauthorized !== false && !recovered.relogin && (await relogin())) {
          return send<T>(method, url, data, options, { ...recovered, relogin: true })
        }
        throw error
      }
      if (!shouldRetry(method, error, attempt, retryPolicy)) throw error
      await sleep(retryDelayMs(attempt, retryPolicy))
    }
  }
}

/** Input and options of a call; both may be left out when the operation needs no input. */
type CallArgs<K extends EndpointName> =
  Record<never, never> extends EndpointInput<K>
    ? [input?: EndpointInput<K>, options?: CallOptions]
    : [input: EndpointInput<K>, options?: CallOptions]

/**
 * Calls operation `name` of the endpoint table: the path, method and types come from the table, so
 * a wrong body, a missing path parameter or a misspelt operation does not compile.
 */
export function callApi<K extends EndpointName>(name: K, ...[input, options]: CallArgs<K>) {
  const { method, path, access } = ENDPOINTS[name]
  const parts = (input ?? {}) as { params?: Record<string, string>; query?: QueryParams; body?: unknown }
  const url = fillPath(path, parts.params)
  const data = method === 'GET' ? undefined : (parts.body ?? {})
  return send<EndpointResult<K>>(method, url, data, {
    reloginOnUnauthorized: access !== 'public',
    ...options,
    params: parts.query,
  })
}

/** The raw transport under callApi: any path, untyped (for tests of the transport itself). */
export const apiClient = {
  get: <T>(url: string, options: RequestOptions = {}) => send<T>('get', url, undefined, options),
  post: <T>(url: string, body?: unknown, options: RequestOptions = {}) =>
    send<T>('post', url, body ?? {}, options),
  put: <T>(url: string, body?: unknown, options: RequestOptions = {}) =>
    send<T>('put', url, body ?? {}, options),
  delete: <T>(url: string, options: RequestOptions = {}) => send<T>('delete', url, undefined, options),
}

export { ApiError }
