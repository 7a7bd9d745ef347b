// H5: no map component on the page (Taro's Map is mini-program only); one button opens Amap's web map
// with every place marked (it hands over to the Amap app where installed).
import { Button } from '@nutui/nutui-react-taro'
import { AMAP_MAX_MARKERS, amapMarkersUrl } from './amap'
import type { NearbyMapProps } from './nearby-map-types'
import type { MapPlace } from './types'

/** A button that shows the places on a map. */
export function NearbyMap<P extends MapPlace>({ places }: NearbyMapProps<P>) {
  if (places.length === 0) return null
  return (
    <Button
      fill="outline"
      block
      onClick={() => void window.open(amapMarkersUrl(places), '_blank', 'noopener')}
    >
      在地图上查看{places.length > AMAP_MAX_MARKERS ? `最近${AMAP_MAX_MARKERS}家` : '全部'}商户
    </Button>
  )
}
