import Taro from '@tarojs/taro'

/** A point in WGS-84 degrees. */
export interface GeoPoint {
  lat: number
  lng: number
}

/** Where the user is, or why we do not know. Never throws: a refusal is an ordinary answer. */
export type LocationResult = { ok: true; point: GeoPoint } | { ok: false; reason: 'denied' | 'unavailable' }

/**
 * Asks for the user's position once. WeChat: Taro.getLocation (declared in app.config's
 * requiredPrivateInfos); H5: the browser's geolocation through Taro's W3C implementation.
 */
export async function locateUser(): Promise<LocationResult> {
  // A permission prompt the user ignores never answers: give up after a while and list by town.
  const giveUp = new Promise<LocationResult>((resolve) =>
    setTimeout(() => resolve({ ok: false, reason: 'unavailable' }), 10_000),
  )
  return Promise.race([askOnce(), giveUp])
}

async function askOnce(): Promise<LocationResult> {
  try {
    const { latitude, longitude } = await Taro.getLocation({ type: 'wgs84', highAccuracyExpireTime: 8000 })
    return { ok: true, point: { lat: latitude, lng: longitude } }
  } catch (error) {
    const message = String((error as { errMsg?: string })?.errMsg ?? error)
    return { ok: false, reason: /deny|denied|auth|permission/i.test(message) ? 'denied' : 'unavailable' }
  }
}
