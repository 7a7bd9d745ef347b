// The branch bulletin (每日通报): every staff member of a branch (zeros included, so nobody is hidden)
// with the figures credited to them through the whole chain for a day or a week, ranked by the bank.
// Visits are those on their own links and on the links of customers whose sign-ups are credited to them.
import type { BranchBulletin, BulletinRow, CampaignFigures } from '../../../src/contract/campaign'
import type { BulletinPeriod } from '../../../src/contract/constants'
import { addDays, weekdayOf } from '../../../src/utils/calendar-date'
import type { Db } from '../db'
import { converted, CONVERSION_WINDOW_MS } from './conversions'
import { beijingDay, firstCredited, PERSON_OF_VISIT, VISITOR_JOIN } from './sql'
import { sumFigures } from './stats'

/** The staff member's branch; undefined for a staff user without one. */
export function branchOfStaff(db: Db, userId: string): { id: string; name: string } | undefined {
  return db
    .prepare('SELECT b.id, b.name FROM staff s JOIN branches b ON b.id = s.branch_id WHERE s.user_id = ?')
    .get(userId) as { id: string; name: string } | undefined
}

/** The days a bulletin covers: the date, or Monday..Sunday of its week. */
export function bulletinRange(period: BulletinPeriod, date: string): { from: string; to: string } {
  if (period === 'day') return { from: date, to: date }
  const from = addDays(date, -((weekdayOf(date) + 6) % 7))
  return { from, to: addDays(from, 6) }
}

type Figures = CampaignFigures & { userId: string; staffName: string; staffCode: string }

const BULLETIN_SQL = `
WITH members AS (SELECT user_id, staff_code FROM staff WHERE branch_id = :branch),
chain_links AS (
  SELECT l.code, l.sharer_id AS staff_id FROM campaign_links l JOIN members m ON m.user_id = l.sharer_id
  UNION
  SELECT l.code, s.credit_staff_id FROM campaign_links l
    JOIN event_signups s ON s.user_id = l.sharer_id AND l.kind = 'event' AND s.event_id = l.target_id
   WHERE s.credit_staff_id IN (SELECT user_id FROM members) AND s.status != 'cancelled'),
visits AS (
  SELECT c.staff_id, COUNT(DISTINCT v.date || ' ' || ${PERSON_OF_VISIT}) AS n
    FROM chain_links c JOIN campaign_visits v ON v.code = c.code ${VISITOR_JOIN}
   WHERE v.date BETWEEN :from AND :to GROUP BY c.staff_id),
signups AS (
  SELECT s.credit_staff_id AS staff_id, COUNT(*) AS n, SUM(${converted('s')}) AS conv FROM event_signups s
   WHERE s.credit_staff_id IN (SELECT user_id FROM members) AND ${firstCredited('s')}
     AND ${beijingDay('s.created_at')} BETWEEN :from AND :to GROUP BY s.credit_staff_id),
checkins AS (
  SELECT s.credit_staff_id AS staff_id, COUNT(*) AS n FROM event_signups s
   WHERE s.credit_staff_id IN (SELECT user_id FROM members) AND s.status = 'checked-in'
     AND ${beijingDay('s.checked_in_at')} BETWEEN :from AND :to GROUP BY s.credit_staff_id)
SELECT m.user_id AS userId, COALESCE(u.real_name, u.display_name, '') AS staffName, m.staff_code AS staffCode,
       COALESCE(v.n, 0) AS visits, COALESCE(s.n, 0) AS signups, COALESCE(c.n, 0) AS checkIns,
       COALESCE(s.conv, 0) AS conversions
  FROM members m JOIN users u ON u.id = m.user_id
  LEFT JOIN visits v ON v.staff_id = m.user_id
  LEFT JOIN signups s ON s.staff_id = m.user_id
  LEFT JOIN checkins c ON c.staff_id = m.user_id`

const ORDER: (keyof CampaignFigures)[] = ['signups', 'checkIns', 'conversions', 'visits']

/** Most sign-ups first (then check-ins, conversions, visits; staff code breaks the tie in order only);
 * equal figures share a rank (1, 1, 3). */
export function rankBulletin<T extends CampaignFigures & { staffCode: string }>(
  rows: T[],
): (T & { rank: number })[] {
  const sorted = [...rows].sort(
    (a, b) => ORDER.reduce((d, k) => d || b[k] - a[k], 0) || a.staffCode.localeCompare(b.staffCode),
  )
  return sorted.map((row, i) => {
    let first = i
    while (first > 0 && ORDER.every((k) => sorted[first - 1][k] === row[k])) first--
    return { ...row, rank: first + 1 }
  })
}

/** The bulletin of a branch for from..to, the caller's row marked. */
export function branchBulletin(
  db: Db,
  input: {
    branch: { id: string; name: string }
    period: BulletinPeriod
    from: string
    to: string
    callerId: string
  },
): BranchBulletin {
  const figures = db.prepare(BULLETIN_SQL).all({
    branch: input.branch.id,
    from: input.from,
    to: input.to,
    convMs: CONVERSION_WINDOW_MS,
  }) as Figures[]
  const rows: BulletinRow[] = rankBulletin(figures).map(({ userId, ...row }) => ({
    rank: row.rank,
    staffName: row.staffName,
    staffCode: row.staffCode,
    isMe: userId === input.callerId,
    visits: row.visits,
    signups: row.signups,
    checkIns: row.checkIns,
    conversions: row.conversions,
  }))
  return {
    branch: input.branch,
    period: input.period,
    from: input.from,
    to: input.to,
    rows,
    totals: sumFigures(rows),
  }
}
