import { encode } from 'uqr'
import { drawPoster } from '@/features/campaign/model/draw-poster'
import type { PosterContext } from '@/platform/poster/types'
import { POSTER_FONTS, POSTER_QR, type PosterContent } from '@/features/campaign/model/poster-layout'

type Call =
  | { op: 'rect'; x: number; y: number; width: number; height: number; fillStyle: string }
  | { op: 'text'; text: string; x: number; y: number; font: string; fillStyle: string; align: string }
  | { op: 'save' | 'restore' }

/** A 2D context that records what is drawn, measuring text as a CJK font does. */
function recordingCanvas() {
  const calls: Call[] = []
  const ctx: PosterContext = {
    fillStyle: '#ffffff',
    font: '10px sans-serif',
    textAlign: 'start',
    textBaseline: 'alphabetic',
    fillRect(x, y, width, height) {
      calls.push({ op: 'rect', x, y, width, height, fillStyle: String(this.fillStyle) })
    },
    fillText(text, x, y) {
      calls.push({
        op: 'text',
        text,
        x,
        y,
        font: this.font,
        fillStyle: String(this.fillStyle),
        align: this.textAlign,
      })
    },
    measureText(text) {
      const em = Number(/(\d+)px/.exec(this.font)![1])
      return { width: em * Array.from(text).reduce((w, c) => w + (/[\x20-\x7e]/.test(c) ? 0.5 : 1), 0) }
    },
    save: () => void calls.push({ op: 'save' }),
    restore: () => void calls.push({ op: 'restore' }),
  }
  return { ctx, calls }
}

const content: PosterContent = {
  bankLine: '兴化农商银行 · 云柜台',
  typeName: '客户答谢会',
  title: '戴南镇客户答谢会',
  timeText: '12月12日（周六）14:00–16:30',
  placeText: '戴南镇 戴南支行三楼会议室',
  sharerText: '邀请人：张伟（戴南支行）',
  link: 'http://127.0.0.1:10086/e/ABCDEFGH23',
  footnote: '扫码查看活动详情并报名 · 报名免费',
  sampleNote: '示例数据',
}

function draw(c: PosterContent) {
  const { ctx, calls } = recordingCanvas()
  drawPoster(ctx, c)
  const lastText = calls.map((call) => call.op).lastIndexOf('text')
  const texts = calls.filter((call): call is Extract<Call, { op: 'text' }> => call.op === 'text')
  // The QR is drawn last, over the white frame: every rect after the last line of text.
  const qrRects = calls
    .slice(lastText + 1)
    .filter((call): call is Extract<Call, { op: 'rect' }> => call.op === 'rect')
  return { calls, texts, qrRects }
}

describe('drawPoster', () => {
  it('draws the title, time, place and sharer', () => {
    const { texts } = draw(content)
    expect(texts.find((t) => t.text === content.title)).toMatchObject({ font: POSTER_FONTS.title, y: 270 })
    expect(texts.map((t) => t.text)).toEqual(
      expect.arrayContaining([`时间：${content.timeText}`, `地点：${content.placeText}`, content.sharerText]),
    )
  })

  it("draws exactly the dark modules of the link's QR code, black, in whole pixels", () => {
    for (const link of [
      content.link,
      'https://cc.example-bank.cn/e/Z9Y8X7W6V5',
      'https://cc.example-bank.cn/e/23456789AB?from=poster',
    ]) {
      const { qrRects } = draw({ ...content, link })
      const qr = encode(link, { ecc: 'M', border: 2 })
      const module = Math.floor(POSTER_QR.size / qr.size)
      const offset = Math.floor((POSTER_QR.size - qr.size * module) / 2)
      const x0 = POSTER_QR.x + offset
      const y0 = POSTER_QR.y + offset
      expect(module).toBeGreaterThanOrEqual(8)

      const drawn: string[] = []
      for (const r of qrRects) {
        expect(r.fillStyle).toBe('#000000')
        expect(r.height).toBe(module)
        expect(r.width % module).toBe(0)
        expect([(r.x - x0) % module, (r.y - y0) % module]).toEqual([0, 0])
        for (let k = 0; k < r.width / module; k += 1)
          drawn.push(`${(r.y - y0) / module},${(r.x - x0) / module + k}`)
      }
      const dark = qr.data.flatMap((cells, row) => cells.flatMap((on, col) => (on ? [`${row},${col}`] : [])))
      expect(drawn.sort()).toEqual(dark.sort())
      // Merged into runs: fewer rects than modules.
      expect(qrRects.length).toBeLessThan(dark.length)
    }
  })

  it('keeps every QR rect inside the QR square', () => {
    const { qrRects } = draw(content)
    expect(qrRects.length).toBeGreaterThan(0)
    for (const r of qrRects) {
      expect(r.x).toBeGreaterThanOrEqual(POSTER_QR.x)
      expect(r.y).toBeGreaterThanOrEqual(POSTER_QR.y)
      expect(r.x + r.width).toBeLessThanOrEqual(POSTER_QR.x + POSTER_QR.size)
      expect(r.y + r.height).toBeLessThanOrEqual(POSTER_QR.y + POSTER_QR.size)
    }
  })

  it('lays the QR square on white: the last rect before the modules covers it in white', () => {
    const { calls, qrRects } = draw(content)
    const rects = calls.filter((c): c is Extract<Call, { op: 'rect' }> => c.op === 'rect')
    const frame = rects[rects.length - qrRects.length - 1]
    expect(frame.fillStyle).toBe('#ffffff')
    expect(frame.x).toBeLessThanOrEqual(POSTER_QR.x)
    expect(frame.y).toBeLessThanOrEqual(POSTER_QR.y)
    expect(frame.x + frame.width).toBeGreaterThanOrEqual(POSTER_QR.x + POSTER_QR.size)
    expect(frame.y + frame.height).toBeGreaterThanOrEqual(POSTER_QR.y + POSTER_QR.size)
  })

  it('wraps a long title to two lines ending in …', () => {
    const title = '戴南镇二〇二六年度重点客户答谢会暨整村授信政策宣讲会（第一场，请携带身份证）'
    const lines = draw({ ...content, title }).texts.filter((t) => t.font === POSTER_FONTS.title)
    expect(lines).toHaveLength(2)
    expect(lines[0].text + lines[1].text.slice(0, -1)).toBe(
      title.slice(0, lines[0].text.length + lines[1].text.length - 1),
    )
    expect(lines[1].text.endsWith('…')).toBe(true)
  })

  it("leaves the context's state as it found it", () => {
    const { calls } = draw(content)
    expect(calls[0]).toEqual({ op: 'save' })
    expect(calls[calls.length - 1]).toEqual({ op: 'restore' })
  })

  it('refuses a link too long for a QR a phone can read off the poster', () => {
    const { ctx } = recordingCanvas()
    expect(() =>
      drawPoster(ctx, { ...content, link: `https://cc.example-bank.cn/e/${'A'.repeat(600)}` }),
    ).toThrow(/too long/)
  })
})
