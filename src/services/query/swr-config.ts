// How cached reads behave. In the browser SWR's own focus and online events apply; in the
// mini-program Taro's window never fires them, so the cache is tied to the app's show/hide and
// network events instead (SWR reads initFocus/initReconnect only for a provider's cache).
import Taro from '@tarojs/taro'
import type { SWRConfiguration } from 'swr'

function miniProgramEvents(): SWRConfiguration {
  let online = true
  let visible = true
  return {
    provider: () => new Map(),
    isOnline: () => online,
    isVisible: () => visible,
    initFocus(revalidate) {
      const show = () => {
        visible = true
        revalidate()
      }
      const hide = () => {
        visible = false
      }
      Taro.onAppShow(show)
      Taro.onAppHide(hide)
      return () => {
        Taro.offAppShow(show)
        Taro.offAppHide(hide)
      }
    },
    initReconnect(revalidate) {
      const change = ({ isConnected }: { isConnected: boolean }) => {
        const back = isConnected && !online
        online = isConnected
        if (back) revalidate()
      }
      Taro.getNetworkType().then(
        ({ networkType }) => void (online = networkType !== 'none'),
        () => undefined,
      )
      Taro.onNetworkStatusChange(change)
      return () => Taro.offNetworkStatusChange(change)
    },
  }
}

/** The app's SWR settings. */
export const swrConfig: SWRConfiguration = {
  // The HTTP client already retries reads on a weak network; SWR's own retries would never stop.
  shouldRetryOnError: false,
  // A page showing a cached answer reads it again through usePageRefresh (once, when shown), so
  // mounting does not read it a second time.
  revalidateIfStale: false,
  ...(process.env.TARO_ENV === 'h5' ? {} : miniProgramEvents()),
}
