// Where everything on the invitation poster goes, computed before anything is drawn: pure, so the
// wrapping and positions are tested without a canvas. Sizes are canvas pixels of a 750×1200 PNG.
import { palette } from '@/styles/theme'

/** The words on a poster; `link` is what its QR code carries. */
export interface PosterContent {
  /** '兴化农商银行 · 云柜台' */
  bankLine: string
  /** The event type's name ('客户答谢会'), or '产品推荐' for a product. */
  typeName: string
  title: string
  /** '12月12日（周六）14:00–16:30' */
  timeText: string
  /** '戴南镇 戴南支行三楼会议室' */
  placeText: string
  /** '邀请人：张伟（戴南支行）' */
  sharerText: string
  /** The campaign link with the sharer's code. */
  link: string
  /** '扫码查看活动详情并报名 · 报名免费' */
  footnote: string
  /** '示例数据' while the bank is a mock; empty draws nothing. */
  sampleNote: string
}

/** Pixel size of the poster, independent of the screen: light on memory, sharp enough for a chat. */
export const POSTER = { width: 750, height: 1200, margin: 48 } as const

/** The square the QR's modules (quiet zone included) are drawn in. */
export const POSTER_QR = { x: 195, y: 660, size: 360 } as const

const TEXT_WIDTH = POSTER.width - 2 * POSTER.margin
const ELLIPSIS = '…'

/** Width of `text` in `font` (the canvas's measureText after setting the font). */
export type MeasureText = (font: string, text: string) => number

/** A filled rectangle. */
export interface PosterRect {
  kind: 'rect'
  x: number
  y: number
  width: number
  height: number
  color: string
}

/** One line of text; `y` is its middle (textBaseline 'middle'). */
export interface PosterText {
  kind: 'text'
  text: string
  x: number
  y: number
  font: string
  color: string
  align: 'left' | 'center'
}

/** Everything but the QR modules, in drawing order. */
export interface PosterLayout {
  shapes: (PosterRect | PosterText)[]
}

export const POSTER_FONTS = {
  bankLine: '28px sans-serif',
  tag: '26px sans-serif',
  title: 'bold 44px sans-serif',
  body: '30px sans-serif',
  sharer: '28px sans-serif',
  footnote: '26px sans-serif',
  sampleNote: '22px sans-serif',
} as const

const COLORS = {
  band: palette.brand,
  onBand: palette.surface,
  tag: palette.brandLight,
  tagText: palette.brand,
  title: palette.title,
  body: palette.text,
  divider: palette.line,
  card: palette.pageBg,
  frame: palette.surface,
  footnote: palette.textMuted,
  sampleNote: palette.textMuted,
} as const

/**
 * Breaks `text` into at most `maxLines` lines no wider than `maxWidth`, character by character (Chinese
 * has no spaces to break at); the last line ends in "…" when text is left over.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  measure: (text: string) => number,
  maxLines: number,
): string[] {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim())
  const lines: string[] = []
  let line = ''
  let index = 0
  for (; index < chars.length && lines.length < maxLines; index += 1) {
    const next = line + chars[index]
    if (line !== '' && measure(next) > maxWidth) {
      lines.push(line.trimEnd())
      line = chars[index] === ' ' ? '' : chars[index]
    } else {
      line = next
    }
  }
  if (lines.length < maxLines) {
    if (line !== '') lines.push(line)
    return lines
  }
  // Out of lines with text left: the last line makes room for the ellipsis.
  let last = Array.from(lines[maxLines - 1])
  while (last.length > 0 && measure(last.join('') + ELLIPSIS) > maxWidth) last = last.slice(0, -1)
  lines[maxLines - 1] = last.join('').trimEnd() + ELLIPSIS
  return lines
}

function textLines(
  text: string,
  font: string,
  color: string,
  ys: readonly number[],
  measure: MeasureText,
): PosterText[] {
  return wrapText(text, TEXT_WIDTH, (s) => measure(font, s), ys.length).map((line, i) => ({
    kind: 'text',
    text: line,
    x: POSTER.margin,
    y: ys[i],
    font,
    color,
    align: 'left',
  }))
}

function centred(text: string, font: string, color: string, y: number, measure: MeasureText): PosterText[] {
  if (text.trim() === '') return []
  return wrapText(text, TEXT_WIDTH, (s) => measure(font, s), 1).map((line) => ({
    kind: 'text',
    text: line,
    x: POSTER.width / 2,
    y,
    font,
    color,
    align: 'center',
  }))
}

const rect = (x: number, y: number, width: number, height: number, color: string): PosterRect => ({
  kind: 'rect',
  x,
  y,
  width,
  height,
  color,
})

/** The poster's layout for `content`; `measure` decides where lines break. */
export function layoutPoster(content: PosterContent, measure: MeasureText): PosterLayout {
  const { width, height, margin } = POSTER
  const [typeName = ''] = wrapText(content.typeName, TEXT_WIDTH - 32, (s) => measure(POSTER_FONTS.tag, s), 1)
  const tagWidth = Math.ceil(measure(POSTER_FONTS.tag, typeName)) + 32
  const frame = 6
  const card = 30
  return {
    shapes: [
      rect(0, 0, width, height, palette.surface),
      rect(0, 0, width, 200, COLORS.band),
      ...textLines(content.bankLine, POSTER_FONTS.bankLine, COLORS.onBand, [72], measure),
      rect(margin, 116, tagWidth, 52, COLORS.tag),
      {
        kind: 'text',
        text: typeName,
        x: margin + 16,
        y: 142,
        font: POSTER_FONTS.tag,
        color: COLORS.tagText,
        align: 'left',
      },
      ...textLines(content.title, POSTER_FONTS.title, COLORS.title, [270, 328], measure),
      rect(margin, 372, TEXT_WIDTH, 2, COLORS.divider),
      ...textLines(`时间：${content.timeText}`, POSTER_FONTS.body, COLORS.body, [420], measure),
      ...textLines(`地点：${content.placeText}`, POSTER_FONTS.body, COLORS.body, [468, 508], measure),
      ...textLines(content.sharerText, POSTER_FONTS.sharer, COLORS.tagText, [576], measure),
      rect(
        POSTER_QR.x - card,
        POSTER_QR.y - card,
        POSTER_QR.size + 2 * card,
        POSTER_QR.size + 2 * card,
        COLORS.card,
      ),
      // The white frame and the QR's own quiet zone (border 2) keep scanners clear of the grey card.
      rect(
        POSTER_QR.x - frame,
        POSTER_QR.y - frame,
        POSTER_QR.size + 2 * frame,
        POSTER_QR.size + 2 * frame,
        COLORS.frame,
      ),
      ...centred(content.footnote, POSTER_FONTS.footnote, COLORS.footnote, 1090, measure),
      ...centred(content.sampleNote, POSTER_FONTS.sampleNote, COLORS.sampleNote, 1150, measure),
    ],
  }
}
