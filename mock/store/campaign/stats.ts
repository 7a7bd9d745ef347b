// Figures of one link by Beijing day: people who opened it (once per person and day, a bound anonymous
// visitor being its user), sign-ups credited to it on the day made, their check-ins on the check-in
// day, and conversions on the sign-up's day. Missing days are zeros, so a chart and its table agree.
import type { CampaignDay, CampaignFigures } from '../../../src/contract/campaign'
import { addDays } from '../../../src/utils/calendar-date'
import type { Db } from '../db'
import { converted, CONVERSION_WINDOW_MS } from './conversions'
import { ALL_DAYS, beijingDay, firstCredited, PERSON_OF_VISIT, VISITOR_JOIN } from './sql'

type Figure = keyof CampaignFigures

const zero = (): CampaignFigures => ({ visits: 0, signups: 0, checkIns: 0, conversions: 0 })

/** Sums figures (totals of days, of rows). */
export function sumFigures(items: CampaignFigures[]): CampaignFigures {
  const total = zero()
  for (const item of items) for (const key of Object.keys(total) as Figure[]) total[key] += item[key]
  return total
}

/** The link's figures on the days that have any, by date. */
function figuresByDate(db: Db, code: string, from: string, to: string): Map<string, CampaignFigures> {
  const args = { code, from, to, convMs: CONVERSION_WINDOW_MS }
  const rows = db
    .prepare(
      `SELECT v.date AS date, 'visits' AS figure, COUNT(DISTINCT ${PERSON_OF_VISIT}) AS n
         FROM campaign_visits v ${VISITOR_JOIN}
        WHERE v.code = :code AND v.date BETWEEN :from AND :to GROUP BY v.date
       UNION ALL
       SELECT ${beijingDay('s.created_at')}, 'signups', COUNT(*) FROM event_signups s
        WHERE s.attribution_id = :code AND ${firstCredited('s')}
          AND ${beijingDay('s.created_at')} BETWEEN :from AND :to GROUP BY 1
       UNION ALL
       SELECT ${beijingDay('s.created_at')}, 'conversions', SUM(${converted('s')}) FROM event_signups s
        WHERE s.attribution_id = :code AND ${firstCredited('s')}
          AND ${beijingDay('s.created_at')} BETWEEN :from AND :to GROUP BY 1
       UNION ALL
       SELECT ${beijingDay('s.checked_in_at')}, 'checkIns', COUNT(*) FROM event_signups s
        WHERE s.attribution_id = :code AND s.status = 'checked-in'
          AND ${beijingDay('s.checked_in_at')} BETWEEN :from AND :to GROUP BY 1`,
    )
    .all(args) as { date: string; figure: Figure; n: number }[]
  const byDate = new Map<string, CampaignFigures>()
  for (const row of rows) {
    const day = byDate.get(row.date) ?? zero()
    day[row.figure] += row.n
    byDate.set(row.date, day)
  }
  return byDate
}

/** Every day from..to (inclusive, oldest first), zeros included. */
export function linkDays(db: Db, code: string, from: string, to: string): CampaignDay[] {
  const byDate = figuresByDate(db, code, from, to)
  const days: CampaignDay[] = []
  for (let date = from; date <= to; date = addDays(date, 1))
    days.push({ date, ...(byDate.get(date) ?? zero()) })
  return days
}

/** The link's all-time figures. */
export function linkTotals(db: Db, code: string): CampaignFigures {
  return sumFigures([...figuresByDate(db, code, ALL_DAYS.from, ALL_DAYS.to).values()])
}
