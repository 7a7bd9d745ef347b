// A stand-in for @tarojs/taro in node tests: in-memory storage, and Taro.request over Node's fetch,
// so the mini-program transport can be exercised against the real mock server.
const storage = new Map<string, string>()

type RequestOption = {
  url: string
  method?: string
  data?: unknown
  header?: Record<string, string>
  timeout?: number
}

async function request(option: RequestOption) {
  const controller = new AbortController()
  const timer = option.timeout ? setTimeout(() => controller.abort(), option.timeout) : undefined
  try {
    const hasBody = option.data !== undefined && option.method !== 'GET'
    // Like wx.request: JSON unless the caller set a content type (in any letter case).
    const headers = new Headers(option.header)
    if (hasBody && !headers.has('content-type')) headers.set('content-type', 'application/json')
    const response = await fetch(option.url, {
      method: option.method ?? 'GET',
      headers,
      body: hasBody ? JSON.stringify(option.data) : undefined,
      signal: controller.signal,
    })
    const text = await response.text()
    let data: unknown = text
    try {
      data = text ? JSON.parse(text) : ''
    } catch {
      // keep text
    }
    return { statusCode: response.status, data, header: Object.fromEntries(response.headers.entries()) }
  } catch (error) {
    throw {
      errMsg: controller.signal.aborted ? 'request:fail timeout' : `request:fail ${(error as Error).message}`,
    }
  } finally {
    if (timer) clearTimeout(timer)
  }
}

const Taro = {
  getStorageSync: (key: string) => storage.get(key) ?? '',
  setStorageSync: (key: string, value: string) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
  request,
  navigateTo: () => Promise.resolve(),
}

/** Clears the fake storage between tests. */
export function clearFakeStorage(): void {
  storage.clear()
}

export default Taro
