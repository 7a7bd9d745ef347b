// The invitation poster, drawn with plain 2D calls so the same function serves the browser's canvas
// and the mini-program's `Canvas type="2d"`. No image is loaded: the QR is drawn from its modules, so
// nothing can come out blank on a phone that failed to fetch a picture.
import { encode } from 'uqr'
import type { PosterContext } from '@/platform/poster/types'
import { palette } from '@/styles/theme'
import { type PosterContent, POSTER_QR, layoutPoster } from './poster-layout'

/** One run of dark modules in a row of the QR matrix. */
export interface ModuleRun {
  row: number
  column: number
  length: number
}

/** The dark modules of each row merged into runs (a few hundred rects instead of a thousand). */
export function darkRuns(matrix: boolean[][]): ModuleRun[] {
  const runs: ModuleRun[] = []
  matrix.forEach((cells, row) => {
    let column = 0
    while (column < cells.length) {
      if (!cells[column]) {
        column += 1
        continue
      }
      const start = column
      while (column < cells.length && cells[column]) column += 1
      runs.push({ row, column: start, length: column - start })
    }
  })
  return runs
}

/** The QR of `link` in POSTER_QR's square: whole-pixel modules (no blur between them), centred. */
function drawQr(ctx: PosterContext, link: string): void {
  // border 2: the quiet zone is part of the matrix, so it is drawn (white) inside the square.
  const qr = encode(link, { ecc: 'M', border: 2 })
  const module = Math.floor(POSTER_QR.size / qr.size)
  if (module < 4) throw new Error(`link too long for a readable poster QR (${qr.size} modules)`)
  const offset = Math.floor((POSTER_QR.size - qr.size * module) / 2)
  const x0 = POSTER_QR.x + offset
  const y0 = POSTER_QR.y + offset
  ctx.fillStyle = palette.codeDark
  for (const run of darkRuns(qr.data)) {
    ctx.fillRect(x0 + run.column * module, y0 + run.row * module, run.length * module, module)
  }
}

/** Draws the whole poster for `content` on a POSTER.width × POSTER.height context. */
export function drawPoster(ctx: PosterContext, content: PosterContent): void {
  ctx.save()
  const layout = layoutPoster(content, (font, text) => {
    ctx.font = font
    return ctx.measureText(text).width
  })
  ctx.textBaseline = 'middle'
  for (const shape of layout.shapes) {
    ctx.fillStyle = shape.color
    if (shape.kind === 'rect') {
      ctx.fillRect(shape.x, shape.y, shape.width, shape.height)
    } else {
      ctx.font = shape.font
      ctx.textAlign = shape.align
      ctx.fillText(shape.text, shape.x, shape.y)
    }
  }
  drawQr(ctx, content.link)
  ctx.restore()
}
