import Taro from '@tarojs/taro'
import type { CalendarEvent } from '@/utils/ics'
import type { ReminderOutcome } from './types'

export type { ReminderOutcome } from './types'

/** How this platform reminds: a WeChat subscribe message. */
export const reminderLabel = '订阅到店提醒'

/** The bank's subscribe-message template for booking reminders, set per mini-program at build time. */
const templateId = process.env.TARO_APP_BOOKING_REMINDER_TEMPLATE ?? ''

/** Asks WeChat for permission to send one reminder message before the booking. */
export async function remindOf(event: CalendarEvent): Promise<ReminderOutcome> {
  void event
  if (!templateId) return 'unavailable'
  try {
    const result = await Taro.requestSubscribeMessage({ tmplIds: [templateId], entityIds: [] })
    return (result as unknown as Record<string, string>)[templateId] === 'accept' ? 'subscribed' : 'declined'
  } catch {
    return 'unavailable'
  }
}
