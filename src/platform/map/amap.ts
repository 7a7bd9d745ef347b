// Amap's web URIs (uri.amap.com): they open the web map, and hand over to the Amap app where installed.
import type { MapPlace } from './types'

/** Amap's marker URI takes a short list: the nearest ten. */
export const AMAP_MAX_MARKERS = 10

const COMMON = { src: 'cloud-counter', coordinate: 'wgs84', callnative: '1' }

/** Longitude first, as Amap reads it; six decimals (about 10 cm) is all a map needs. */
const lngLat = (place: MapPlace) => `${Number(place.lng.toFixed(6))},${Number(place.lat.toFixed(6))}`

/** One place, with its name. */
export function amapMarkerUrl(place: MapPlace): string {
  const query = new URLSearchParams({ position: lngLat(place), name: place.name, ...COMMON })
  return `https://uri.amap.com/marker?${query.toString()}`
}

/** Several places (the first ten), names without the separators the URI uses. */
export function amapMarkersUrl(places: MapPlace[]): string {
  const markers = places
    .slice(0, AMAP_MAX_MARKERS)
    .map((p) => `${lngLat(p)},${p.name.replace(/[,|]/g, ' ')}`)
    .join('|')
  return `https://uri.amap.com/marker?${new URLSearchParams({ markers, ...COMMON }).toString()}`
}
