// Distances on the earth's surface. Pure; no framework.

/** A position in degrees. */
export interface LatLng {
  lat: number
  lng: number
}

const EARTH_RADIUS_METERS = 6_371_008.8
const rad = (deg: number) => (deg * Math.PI) / 180

/** Great-circle (haversine) distance in whole metres. */
export function distanceMeters(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat)
  const dLng = rad(b.lng - a.lng)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2
  return Math.round(2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h))))
}

/** "850米" under a kilometre, "3.2公里" above. */
export function formatDistance(meters: number): string {
  return meters < 1000 ? `${Math.round(meters)}米` : `${(meters / 1000).toFixed(1)}公里`
}
