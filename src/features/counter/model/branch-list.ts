import type { Branch } from '@/contract/branches'

/** Branches of one town, for the list without location. */
export interface TownGroup {
  town: string
  branches: Branch[]
}

/** Groups branches by town, keeping the server's order inside each town. */
export function groupByTown(branches: Branch[]): TownGroup[] {
  const groups = new Map<string, Branch[]>()
  for (const branch of branches) groups.set(branch.town, [...(groups.get(branch.town) ?? []), branch])
  return [...groups].map(([town, items]) => ({ town, branches: items }))
}

/** "今日 08:30–17:00", or the bank's "今日休息" as it is (never "今日 今日休息"). */
export function todayHoursText(todayHours: string): string {
  return todayHours.startsWith('今日') ? todayHours : `今日 ${todayHours}`
}

// Shared with the coupon pages: it lives with the other distance helpers now.
export { formatDistance } from '@/utils/geo'

const weekdayNames = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

/** "周一至周五 08:30–17:00；周六 09:00–12:00；周日休息" from weekly hours (index 0 = Sunday). */
export function weeklyHoursText(hours: Branch['openingHours']): string {
  const order = [1, 2, 3, 4, 5, 6, 0]
  const runs: { from: number; to: number; text: string }[] = []
  for (const day of order) {
    const h = hours[day]
    const text = h ? `${h.open}–${h.close}` : '休息'
    const last = runs[runs.length - 1]
    if (last && last.text === text) last.to = day
    else runs.push({ from: day, to: day, text })
  }
  return runs
    .map((run) => {
      const days =
        run.from === run.to ? weekdayNames[run.from] : `${weekdayNames[run.from]}至${weekdayNames[run.to]}`
      return run.text === '休息' ? `${days}休息` : `${days} ${run.text}`
    })
    .join('；')
}
