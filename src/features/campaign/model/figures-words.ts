// How campaign figures are named and read aloud: the chart's accessible name, the table's columns.
import type { CampaignFigures } from '@/contract/campaign'
import type { EventSignupStatus } from '@/contract/constants'

/** The figures in the order every chart, table and bulletin shows them. */
export const FIGURE_COLUMNS: readonly { key: keyof CampaignFigures; name: string }[] = [
  { key: 'visits', name: '访问' },
  { key: 'signups', name: '报名' },
  { key: 'checkIns', name: '签到' },
  { key: 'conversions', name: '转化' },
]

/** "访问3 报名1 签到0 转化0". */
export function figuresText(figures: CampaignFigures): string {
  return FIGURE_COLUMNS.map(({ key, name }) => `${name}${figures[key]}`).join(' ')
}

/** "11/20": a day on the chart's axis and in the table, short enough for a 320 px screen. */
export const shortDate = (date: string) => `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}`

/** A brought person's sign-up as staff read it (no waitlist place: that is the customer's business). */
export const signupStatusName: Record<EventSignupStatus, string> = {
  registered: '已报名',
  waitlisted: '候补中',
  'checked-in': '已签到',
  'no-show': '未到场',
  cancelled: '已取消',
  'not-admitted': '未候补上',
}
