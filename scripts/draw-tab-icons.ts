// Draws the 优惠 and 活动 tab icons (src/assets/tab/coupon*.png, event*.png): a coupon ticket outline with
// notched sides and a dashed tear line; a calendar page with two rings and a grid of day dots, 81x81,
// in the tab bar's two colours. A palette PNG (one colour
// at eight opacities for smooth edges) keeps each under 1 KB. Run: npx tsx scripts/draw-tab-icons.ts
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { deflateSync } from 'node:zlib'

const SIZE = 81
const LEVELS = 8
const SAMPLES = 4

/** True where the ticket's stroke (or its tear line) covers the point. */
function couponInked(x: number, y: number): boolean {
  const inRoundRect = (left: number, top: number, right: number, bottom: number, r: number) => {
    if (x < left || x > right || y < top || y > bottom) return false
    const cx = Math.min(Math.max(x, left + r), right - r)
    const cy = Math.min(Math.max(y, top + r), bottom - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
  }
  const near = (cx: number, cy: number, r: number) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r
  const stroke = 5
  const notch = 8
  const mid = 40.5
  const outer = inRoundRect(7, 19, 74, 62, 7) && !near(7, mid, notch) && !near(74, mid, notch)
  const inner =
    inRoundRect(7 + stroke, 19 + stroke, 74 - stroke, 62 - stroke, 2) &&
    !near(7, mid, notch + stroke) &&
    !near(74, mid, notch + stroke)
  const tear = x >= 50 && x <= 54 && y >= 25 && y <= 56 && Math.floor((y - 25) / 5) % 2 === 0
  return (outer && !inner) || tear
}

/** True where the calendar's outline, header bar, rings or day dots cover the point. */
function eventInked(x: number, y: number): boolean {
  const inRoundRect = (left: number, top: number, right: number, bottom: number, r: number) => {
    if (x < left || x > right || y < top || y > bottom) return false
    const cx = Math.min(Math.max(x, left + r), right - r)
    const cy = Math.min(Math.max(y, top + r), bottom - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
  }
  const stroke = 5
  const outline =
    inRoundRect(10, 16, 71, 70, 7) && !inRoundRect(10 + stroke, 16 + stroke, 71 - stroke, 70 - stroke, 3)
  const header = x >= 10 && x <= 71 && y >= 28 && y <= 32
  const rings = inRoundRect(24, 9, 29, 23, 2.5) || inRoundRect(52, 9, 57, 23, 2.5)
  const dot = (cx: number, cy: number) => (x - cx) ** 2 + (y - cy) ** 2 <= 16
  const dots = [27, 40.5, 54].some((cx) => [43, 56].some((cy) => dot(cx, cy)))
  return outline || header || rings || dots
}

function crcTable(): number[] {
  return Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
}
const CRC = crcTable()
const crc32 = (bytes: Buffer) => {
  let c = 0xffffffff
  for (const b of bytes) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(4)
  head.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const tail = Buffer.alloc(4)
  tail.writeUInt32BE(crc32(body))
  return Buffer.concat([head, body, tail])
}

/** An indexed PNG: index 0 transparent, 1..LEVELS the colour at rising opacity. */
function drawIcon(inked: (x: number, y: number) => boolean, hex: string): Buffer {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
  const rows: number[] = []
  for (let y = 0; y < SIZE; y++) {
    rows.push(0) // filter: none
    for (let x = 0; x < SIZE; x++) {
      let hits = 0
      for (let sy = 0; sy < SAMPLES; sy++)
        for (let sx = 0; sx < SAMPLES; sx++)
          if (inked(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES)) hits++
      rows.push(Math.round((hits / (SAMPLES * SAMPLES)) * LEVELS))
    }
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(SIZE, 0)
  header.writeUInt32BE(SIZE, 4)
  header.set([8, 3, 0, 0, 0], 8) // 8-bit indexed, no interlace
  const palette = Buffer.from(Array.from({ length: LEVELS + 1 }, () => [r, g, b]).flat())
  const alpha = Buffer.from(Array.from({ length: LEVELS + 1 }, (_, i) => Math.round((i / LEVELS) * 255)))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', palette),
    chunk('tRNS', alpha),
    chunk('IDAT', deflateSync(Buffer.from(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

// The tab bar's colour and selectedColor in src/app.config.ts.
const dir = path.join(__dirname, '../src/assets/tab')
for (const [name, shape, colour] of [
  ['coupon.png', couponInked, '#4a4d55'],
  ['coupon-active.png', couponInked, '#00704a'],
  ['event.png', eventInked, '#4a4d55'],
  ['event-active.png', eventInked, '#00704a'],
] as const) {
  const png = drawIcon(shape, colour)
  writeFileSync(path.join(dir, name), png)
  console.log(`${name}: ${png.length} bytes`)
}
