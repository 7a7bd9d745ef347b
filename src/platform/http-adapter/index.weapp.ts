import { taroRequestAdapter } from './taro-request-adapter'

/** The mini-program has no XMLHttpRequest: axios goes through Taro.request. */
export const httpAdapter = taroRequestAdapter

/** The mini-program has no cookie jar worth trusting: the session is a bearer token in its storage. */
export const sessionTransport: 'cookie' | 'bearer' = 'bearer'
