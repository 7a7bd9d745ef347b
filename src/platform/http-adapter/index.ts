import type { AxiosAdapter } from 'axios'

/**
 * H5: axios uses the browser's XMLHttpRequest, and the session rides in an httpOnly cookie that page
 * script never sees. The mini-program build resolves `index.weapp.ts` instead.
 */
export const httpAdapter: AxiosAdapter | undefined = undefined

/** How this platform carries the session: a cookie on H5, a bearer token in the mini-program. */
export const sessionTransport: 'cookie' | 'bearer' = 'cookie'
