import type { MapPlace } from './types'

export type { MapPlace } from './types'

/**
 * H5: opens the place in Amap's web map (which hands over to the Amap app where installed).
 * The mini-program build resolves index.weapp.ts, WeChat's own map.
 */
export async function openMap(place: MapPlace): Promise<void> {
  const query = new URLSearchParams({
    position: `${place.lng},${place.lat}`,
    name: place.name,
    src: 'cloud-counter',
    coordinate: 'wgs84',
    callnative: '1',
  })
  window.open(`https://uri.amap.com/marker?${query.toString()}`, '_blank', 'noopener')
}
