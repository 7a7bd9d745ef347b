import { amapMarkerUrl } from './amap'
import type { MapPlace } from './types'

export type { MapPlace } from './types'

/**
 * H5: opens the place in Amap's web map (which hands over to the Amap app where installed).
 * The mini-program build resolves index.weapp.ts, WeChat's own map.
 */
export async function openMap(place: MapPlace): Promise<void> {
  window.open(amapMarkerUrl(place), '_blank', 'noopener')
}
