import { amapMarkersUrl, amapMarkerUrl } from '@/platform/map/amap'

const shop = (i: number) => ({ lat: 32.7 + i / 100, lng: 120.07, name: `店${i}`, address: '' })

it("one place opens Amap's marker at it, with its name", () => {
  const url = new URL(amapMarkerUrl({ lat: 32.7451, lng: 120.0702, name: '戴南好邻居超市', address: '' }))
  expect(url.origin + url.pathname).toBe('https://uri.amap.com/marker')
  expect(url.searchParams.get('position')).toBe('120.0702,32.7451')
  expect(url.searchParams.get('name')).toBe('戴南好邻居超市')
  expect(url.searchParams.get('coordinate')).toBe('wgs84')
})

it('several places: the first ten, longitude first, names rid of the separators', () => {
  const places = [
    { ...shop(0), name: '张郭|农资,服务站' },
    ...Array.from({ length: 12 }, (_, i) => shop(i + 1)),
  ]
  const markers = new URL(amapMarkersUrl(places)).searchParams.get('markers')!.split('|')
  expect(markers).toHaveLength(10)
  expect(markers[0]).toBe('120.07,32.7,张郭 农资 服务站')
  expect(markers[9]).toBe('120.07,32.79,店9')
})
