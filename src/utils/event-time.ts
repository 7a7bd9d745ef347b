// An event's time in words, shared by the event pages and the campaign share page and poster.
import { formatBeijing } from './beijing-format'
import { formatDayLabel } from './date-text'

/** "12月12日 周六 14:00–16:30". */
export function eventTimeText(event: { start: string; end: string }): string {
  const day = formatDayLabel(formatBeijing(event.start, 'YYYY-MM-DD'))
  return `${day} ${formatBeijing(event.start, 'HH:mm')}–${formatBeijing(event.end, 'HH:mm')}`
}
