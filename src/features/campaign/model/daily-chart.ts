// The daily chart of 我的推广 as an SVG the app draws itself: three bars a day (visits, sign-ups,
// check-ins) on one scale, a few date labels, and nothing else, so no chart library weighs on the
// package. The same figures are in the table beside it; the SVG carries only ASCII (dates and
// numbers), which lets it travel as a base64 data URI on both platforms.
import type { CampaignDay } from '@/contract/campaign'
import { palette } from '@/styles/theme'
import { shortDate } from './figures-words'

/** The series drawn, with their colours (the legend beside the chart uses the same ones). */
export const CHART_SERIES = [
  { key: 'visits', name: '访问', color: palette.textMuted },
  { key: 'signups', name: '报名', color: palette.brand },
  { key: 'checkIns', name: '签到', color: palette.noticeText },
] as const

const WIDTH = 640
const HEIGHT = 300
// Labels are drawn at 22 of 640 units: about 11 px on a 320 px wide chart.
const PLOT = { left: 52, right: 8, top: 16, bottom: 40 }

/** A rounded-up top of the scale, so bars never touch the top and the label is a round number. */
export function scaleTop(max: number): number {
  if (max <= 4) return 4
  const step = 10 ** Math.floor(Math.log10(max))
  return Math.ceil(max / step) * step
}

export interface DailyChart {
  svg: string
  /** Bars drawn, for tests: one per day and series with a value above zero. */
  bars: { date: string; key: string; value: number; height: number }[]
}

/** The chart of `days` (oldest first); empty days draw no bar but keep their place. */
export function dailyChart(days: readonly CampaignDay[]): DailyChart {
  const top = scaleTop(Math.max(0, ...days.flatMap((d) => CHART_SERIES.map((s) => d[s.key]))))
  const plotW = WIDTH - PLOT.left - PLOT.right
  const plotH = HEIGHT - PLOT.top - PLOT.bottom
  const slot = plotW / Math.max(1, days.length)
  const barW = Math.max(1, (slot * 0.8) / CHART_SERIES.length)
  const bottom = PLOT.top + plotH
  const parts: string[] = []
  const bars: DailyChart['bars'] = []
  // Grid lines at 0, half and the top, labelled on the left.
  for (const value of [0, top / 2, top]) {
    const y = bottom - (value / top) * plotH
    parts.push(
      `<line x1="${PLOT.left}" y1="${y}" x2="${WIDTH - PLOT.right}" y2="${y}" stroke="${palette.line}"/>`,
    )
    parts.push(`<text x="${PLOT.left - 8}" y="${y + 8}" text-anchor="end">${value}</text>`)
  }
  // About five date labels whatever the range, and always the last day.
  const every = Math.max(1, Math.ceil(days.length / 5))
  days.forEach((day, i) => {
    const x0 = PLOT.left + i * slot + slot * 0.1
    CHART_SERIES.forEach((series, j) => {
      const value = day[series.key]
      if (value <= 0) return
      const height = (value / top) * plotH
      bars.push({ date: day.date, key: series.key, value, height })
      const x = (x0 + j * barW).toFixed(1)
      parts.push(
        `<rect x="${x}" y="${(bottom - height).toFixed(1)}" width="${barW.toFixed(1)}" height="${height.toFixed(1)}" fill="${series.color}"/>`,
      )
    })
    if (i % every === 0 || i === days.length - 1) {
      // The last day's label ends at its bars, so it is never cut off at the right edge.
      const last = i === days.length - 1
      const x = last ? x0 + slot * 0.8 : x0 + slot * 0.4
      parts.push(
        `<text x="${x.toFixed(1)}" y="${HEIGHT - 10}" text-anchor="${last ? 'end' : 'middle'}">${shortDate(day.date)}</text>`,
      )
    }
  })
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" ` +
    `font-family="sans-serif" font-size="22" fill="${palette.text}">${parts.join('')}</svg>`
  return { svg, bars }
}
