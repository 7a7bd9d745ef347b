import type { MapPlace } from './types'

/** Props of the map of nearby places. */
export interface NearbyMapProps<P extends MapPlace = MapPlace> {
  places: P[]
  /** Where the user is, when known. */
  center?: { lat: number; lng: number }
  /** A place was chosen on the map (weapp: its marker's name tapped). */
  onOpen: (place: P) => void
}
