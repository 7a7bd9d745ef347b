import Taro from '@tarojs/taro'
import axios, { AxiosError, AxiosHeaders, type AxiosAdapter, type AxiosResponse } from 'axios'

type TaroMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'HEAD' | 'OPTIONS'

/** An axios adapter over Taro.request (promise form), for runtimes without XMLHttpRequest or fetch. */
export const taroRequestAdapter: AxiosAdapter = async (config) => {
  const headers = AxiosHeaders.from(config.headers).normalize(false).toJSON() as Record<string, string>
  let body: unknown = config.data
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body)
    } catch {
      // not JSON: send as it is
    }
  }
  try {
    const result = await Taro.request({
      url: axios.getUri(config),
      method: (config.method ?? 'get').toUpperCase() as TaroMethod,
      data: body as Record<string, unknown>,
      header: headers,
      timeout: config.timeout || undefined,
      dataType: 'json',
      responseType: 'text',
    })
    const response: AxiosResponse = {
      data: result.data,
      status: result.statusCode,
      statusText: String(result.statusCode),
      headers: AxiosHeaders.from(result.header as Record<string, string>),
      config,
      request: null,
    }
    const valid = config.validateStatus ? config.validateStatus(result.statusCode) : true
    if (valid) return response
    throw new AxiosError(
      `Request failed with status code ${result.statusCode}`,
      AxiosError.ERR_BAD_RESPONSE,
      config,
      null,
      response,
    )
  } catch (error) {
    if (error instanceof AxiosError) throw error
    const message = (error as { errMsg?: string })?.errMsg ?? String(error)
    const code = /timeout/i.test(message) ? AxiosError.ETIMEDOUT : AxiosError.ERR_NETWORK
    throw new AxiosError(message, code, config)
  }
}
