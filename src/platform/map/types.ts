/** A place to show on a map. */
export interface MapPlace {
  lat: number
  lng: number
  name: string
  address: string
}
