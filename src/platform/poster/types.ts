/**
 * The part of a 2D canvas context a poster is drawn with: the browser's CanvasRenderingContext2D and
 * the mini-program's `Canvas type="2d"` context both have it, so one drawing function serves both.
 */
export interface PosterContext {
  fillStyle: string | CanvasGradient | CanvasPattern
  font: string
  textAlign: CanvasTextAlign
  textBaseline: CanvasTextBaseline
  fillRect(x: number, y: number, width: number, height: number): void
  fillText(text: string, x: number, y: number, maxWidth?: number): void
  measureText(text: string): { width: number }
  save(): void
  restore(): void
}

/** A drawn poster: `src` is what the image shows and what `savePoster` takes. */
export interface PosterResult {
  /** H5: a `blob:` object URL of the PNG; weapp: the PNG's temporary file path. */
  src: string
}

/**
 * Props of the poster surface. The poster is drawn off-screen at `width`×`height` pixels and shown
 * as an image (long-press saves or sends it); it is drawn again when `draw`, `width` or `height`
 * change, so pass a memoised `draw`.
 */
export interface PosterSurfaceProps {
  /** Pixel size of the PNG (not CSS size: the image fills its container's width). */
  width: number
  height: number
  draw: (ctx: PosterContext) => void
  /** The image's accessible name, e.g. 邀请海报. */
  alt: string
  /** The PNG is ready (to enable the save button). */
  onReady?: (result: PosterResult) => void
  /** Drawing or exporting failed; `message` is Chinese, for the user. */
  onError?: (message: string) => void
}

/** How saving ended: 'denied' = no album permission; 'cancelled' = the user backed out (silent). */
export type SavePosterOutcome = 'saved' | 'cancelled' | 'denied' | 'failed'
