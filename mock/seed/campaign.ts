// Sample campaign sharing (推广), so 我的推广 and 每日通报 are not empty: 张伟's link for the past 戴南
// salon with ten days of visits, two people it brought (both checked in) and one that one of them
// brought through her own link (level 2, did not come). Deterministic codes of the campaign code
// pattern. All fabricated.
import { CAMPAIGN_LINK_GRACE_DAYS } from '../../src/contract/constants'
import { beijingInstant } from '../../src/utils/beijing-time'
import { addDays } from '../../src/utils/calendar-date'
import type { Db } from '../store/db'

/** The seeded event the links lead to (ended 2026-11-19 21:00 Beijing). */
export const SEED_CAMPAIGN_EVENT = 'ev_dainan_salon_past'
/** 张伟's (13900000101) link, and 周小平's (13900000003) onward link. */
export const SEED_CAMPAIGN_CODE = 'ZWDNSHAXH2'
export const SEED_CAMPAIGN_CUSTOMER_CODE = 'ZXPDNSHAX2'

const at = (text: string) => beijingInstant(text.slice(0, 10), text.slice(11))
const EVENT_END = at('2026-11-19 21:00')

const LINKS = [
  { code: SEED_CAMPAIGN_CODE, sharerId: 'u_s0101', createdAt: '2026-11-09 09:00' },
  { code: SEED_CAMPAIGN_CUSTOMER_CODE, sharerId: 'u_c0003', createdAt: '2026-11-14 10:35' },
]

/** Anonymous visitors on 张伟's link per day from 11-10 (ten days). */
const ANONYMOUS_PER_DAY = [2, 3, 1, 4, 2, 5, 3, 2, 4, 6]

interface SeedSignup {
  id: string
  userId: string
  name: string
  phone: string
  village: string
  partySize: number
  checkInCode: string
  createdAt: string
  checkedInAt?: string
  /** The visit credited: its code, person, time and how it arrived. */
  visit: { code: string; visitor: string; at: string; via: string }
  creditDepth: number
}

const SIGNUPS: SeedSignup[] = [
  {
    id: 'es_dnsalon_0004',
    userId: 'u_c0004',
    name: '陈立新',
    phone: '13900000004',
    village: '戴南村',
    partySize: 1,
    checkInCode: '421907',
    createdAt: '2026-11-12 20:15',
    checkedInAt: '2026-11-19 18:55',
    visit: { code: SEED_CAMPAIGN_CODE, visitor: 'user:u_c0004', at: '2026-11-12 20:10', via: 'share' },
    creditDepth: 1,
  },
  {
    // Opened the timeline post anonymously, logged in and signed up the next day: the visitor is bound.
    id: 'es_dnsalon_0003',
    userId: 'u_c0003',
    name: '周小平',
    phone: '13900000003',
    village: '唐刘村',
    partySize: 2,
    checkInCode: '421908',
    createdAt: '2026-11-14 10:30',
    checkedInAt: '2026-11-19 19:02',
    visit: {
      code: SEED_CAMPAIGN_CODE,
      visitor: 'anon:SeedVisitorBound000003',
      at: '2026-11-13 12:00',
      via: 'timeline',
    },
    creditDepth: 1,
  },
  {
    id: 'es_dnsalon_0005',
    userId: 'u_c0005',
    name: '吴大海',
    phone: '13900000005',
    village: '顾庄村',
    partySize: 1,
    checkInCode: '421909',
    createdAt: '2026-11-16 21:00',
    visit: {
      code: SEED_CAMPAIGN_CUSTOMER_CODE,
      visitor: 'user:u_c0005',
      at: '2026-11-16 20:50',
      via: 'share',
    },
    creditDepth: 2,
  },
]

/** Inserts the links, visitors, visits and credited sign-ups (after the events). */
export function insertCampaign(db: Db): void {
  const link = db.prepare(
    `INSERT INTO campaign_links (code, sharer_id, kind, target_id, created_at, expires_at) VALUES (?, ?, 'event', ?, ?, ?)`,
  )
  for (const l of LINKS)
    link.run(
      l.code,
      l.sharerId,
      SEED_CAMPAIGN_EVENT,
      at(l.createdAt),
      EVENT_END + CAMPAIGN_LINK_GRACE_DAYS * 86_400_000,
    )
  const visitor = db.prepare(
    'INSERT INTO campaign_visitors (id, user_id, created_at, bound_at) VALUES (?, ?, ?, ?)',
  )
  const visit = db.prepare(
    'INSERT INTO campaign_visits (code, visitor, date, via, first_at) VALUES (?, ?, ?, ?, ?)',
  )
  let n = 0
  ANONYMOUS_PER_DAY.forEach((count, day) => {
    const date = addDays('2026-11-10', day)
    for (let i = 0; i < count; i++) {
      const id = `SeedVisitor${String(++n).padStart(11, '0')}`
      const first = at(`${date} ${String(9 + i).padStart(2, '0')}:30`)
      visitor.run(id, null, first, null)
      visit.run(SEED_CAMPAIGN_CODE, `anon:${id}`, date, i % 2 ? 'timeline' : 'share', first)
    }
  })
  const signup = db.prepare(
    `INSERT INTO event_signups (id, event_id, user_id, name, phone, village, party_size, status, check_in_code,
       attribution_id, created_at, checked_in_at, checked_in_by, attributed_at, attribution_via, credit_staff_id, credit_depth)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'u_s0101', ?)`,
  )
  for (const s of SIGNUPS) {
    const v = s.visit
    if (v.visitor.startsWith('anon:')) visitor.run(v.visitor.slice(5), s.userId, at(v.at), at(s.createdAt))
    visit.run(v.code, v.visitor, v.at.slice(0, 10), v.via, at(v.at))
    signup.run(
      s.id,
      SEED_CAMPAIGN_EVENT,
      s.userId,
      s.name,
      s.phone,
      s.village,
      s.partySize,
      s.checkedInAt ? 'checked-in' : 'registered',
      s.checkInCode,
      v.code,
      at(s.createdAt),
      s.checkedInAt ? at(s.checkedInAt) : null,
      s.checkedInAt ? 'u_s0101' : null,
      at(v.at),
      v.via,
      s.creditDepth,
    )
  }
  db.prepare('UPDATE events SET taken = taken + ? WHERE id = ?').run(
    SIGNUPS.reduce((sum, s) => sum + s.partySize, 0),
    SEED_CAMPAIGN_EVENT,
  )
}
