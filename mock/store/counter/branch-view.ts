// Builds the Branch view: opening state from hours + holidays + clock, distance from a position.
import type { Branch } from '../../../src/contract/branches'
import { type HolidayEntry, isOpenAt, todayHoursText } from '../../../src/utils/business-days'
import { distanceMeters, type LatLng } from '../../../src/utils/geo'
import type { BranchRecord } from './branches'

/** The public view of a branch at `nowMs`, with `distanceMeters` when `from` is given. */
export function toBranchView(
  branch: BranchRecord,
  holidays: readonly HolidayEntry[],
  nowMs: number,
  from?: LatLng,
): Branch {
  const view: Branch = {
    id: branch.id,
    name: branch.name,
    town: branch.town,
    address: branch.address,
    phone: branch.phone,
    lat: branch.lat,
    lng: branch.lng,
    openingHours: [...branch.openingHours],
    openNow: isOpenAt(branch.openingHours, holidays, nowMs),
    todayHours: todayHoursText(branch.openingHours, holidays, nowMs),
  }
  if (from) view.distanceMeters = distanceMeters(from, branch)
  return view
}

const byTownThenName = new Intl.Collator('zh-CN')

/** Nearest first when a position is known, else by town then name (pinyin order). */
export function sortBranches(views: Branch[]): Branch[] {
  return [...views].sort((a, b) =>
    a.distanceMeters !== undefined && b.distanceMeters !== undefined
      ? a.distanceMeters - b.distanceMeters || a.id.localeCompare(b.id)
      : byTownThenName.compare(a.town, b.town) || byTownThenName.compare(a.name, b.name),
  )
}
