// weapp: WeChat's map with a marker per place; tapping a marker's name opens that place's page.
import { Map } from '@tarojs/components'
import type { MapProps } from '@tarojs/components/types/Map'
import { palette } from '@/styles/theme'
import type { NearbyMapProps } from './nearby-map-types'
import type { MapPlace } from './types'
import './nearby-map.scss'

/** The 优惠 tab's green icon marks each shop (it is in the main package already). */
const MARKER_ICON = '/assets/tab/coupon-active.png'

/** The places on a map around `center`, zoomed to show them all. */
export function NearbyMap<P extends MapPlace>({ places, center, onOpen }: NearbyMapProps<P>) {
  if (places.length === 0) return null
  const markers = places.map((place, index): MapProps.marker => ({
    id: index,
    latitude: place.lat,
    longitude: place.lng,
    title: place.name,
    iconPath: MARKER_ICON,
    width: 28,
    height: 28,
    callout: {
      content: `${place.name} ›`,
      color: palette.title,
      fontSize: 13,
      anchorX: 0,
      anchorY: 0,
      borderRadius: 6,
      borderWidth: 0,
      borderColor: palette.surface,
      bgColor: palette.surface,
      padding: 6,
      display: 'BYCLICK',
      textAlign: 'center',
    },
  }))
  return (
    <Map
      className="cc-nearby-map"
      latitude={(center ?? places[0]).lat}
      longitude={(center ?? places[0]).lng}
      scale={13}
      markers={markers}
      includePoints={places.map((p) => ({ latitude: p.lat, longitude: p.lng }))}
      showLocation={center !== undefined}
      onCalloutTap={(event) => onOpen(places[Number(event.detail.markerId)])}
      // Without a map (no service on the phone) the list below still lists every shop.
      onError={() => undefined}
    />
  )
}
