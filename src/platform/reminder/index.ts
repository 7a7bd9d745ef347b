import { buildIcs, type CalendarEvent } from '@/utils/ics'

import type { ReminderOutcome } from './types'

export type { ReminderOutcome } from './types'

/** How this platform reminds: a calendar file on H5, a WeChat subscribe message in the mini-program. */
export const reminderLabel = '添加到日历'

/** H5: downloads an .ics file that the phone's calendar app opens. See index.weapp.ts for WeChat. */
export async function remindOf(event: CalendarEvent): Promise<ReminderOutcome> {
  const blob = new Blob([buildIcs(event)], { type: 'text/calendar;charset=utf-8' })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = `${event.uid}.ics`
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return 'calendar-file'
}
