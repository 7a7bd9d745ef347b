import Taro from '@tarojs/taro'
import type { MapPlace } from './types'

export type { MapPlace } from './types'

/** Opens WeChat's built-in map at the place, with its route button. */
export async function openMap(place: MapPlace): Promise<void> {
  await Taro.openLocation({
    latitude: place.lat,
    longitude: place.lng,
    name: place.name,
    address: place.address,
    scale: 16,
  })
}
