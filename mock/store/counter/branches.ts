// Branches, the holiday calendar and the services each branch offers (read-only reference data).
import type { ServiceId } from '../../../src/contract/constants'
import type { BranchService } from '../../../src/contract/branches'
import type { HolidayEntry, WeeklyHours } from '../../../src/utils/business-days'
import type { Db } from '../db'

/** A branch with its parsed weekly hours. */
export interface BranchRecord {
  id: string
  name: string
  town: string
  address: string
  phone: string
  lat: number
  lng: number
  openingHours: WeeklyHours
}

interface BranchRow extends Omit<BranchRecord, 'openingHours'> {
  opening_hours: string
}

interface ServiceRow {
  id: ServiceId
  name: string
  description: string
  bring: string
  duration_minutes: number
  capacity_per_slot: number
  needs_amount: number
  min_amount_fen: number | null
  max_amount_fen: number | null
  amount_step_fen: number | null
  notice_business_days: number
}

const toBranch = ({ opening_hours, ...rest }: BranchRow): BranchRecord => ({
  ...rest,
  openingHours: JSON.parse(opening_hours) as WeeklyHours,
})

/** Every branch, in seed order. */
export function listBranches(db: Db): BranchRecord[] {
  return (db.prepare('SELECT * FROM branches ORDER BY rowid').all() as BranchRow[]).map(toBranch)
}

/** The branch with this id, if any. */
export function findBranch(db: Db, id: string): BranchRecord | undefined {
  const row = db.prepare('SELECT * FROM branches WHERE id = ?').get(id) as BranchRow | undefined
  return row && toBranch(row)
}

/** The public-holiday calendar (days off and make-up workdays). */
export function loadHolidays(db: Db): HolidayEntry[] {
  const rows = db.prepare('SELECT date, name, is_workday FROM holidays ORDER BY date').all() as {
    date: string
    name: string
    is_workday: number
  }[]
  return rows.map((h) => ({ date: h.date, name: h.name, type: h.is_workday ? 'workday' : 'holiday' }))
}

function toService(row: ServiceRow): BranchService {
  const service: BranchService = {
    id: row.id,
    name: row.name,
    description: row.description,
    bring: JSON.parse(row.bring) as string[],
    durationMinutes: row.duration_minutes,
    capacityPerSlot: row.capacity_per_slot,
    needsAmount: Boolean(row.needs_amount),
    noticeBusinessDays: row.notice_business_days,
  }
  if (row.min_amount_fen !== null) service.minAmountFen = row.min_amount_fen
  if (row.max_amount_fen !== null) service.maxAmountFen = row.max_amount_fen
  if (row.amount_step_fen !== null) service.amountStepFen = row.amount_step_fen
  return service
}

const SERVICE_SQL = `SELECT s.*, bs.capacity_per_slot FROM branch_services bs JOIN services s ON s.id = bs.service_id
  WHERE bs.branch_id = ?`

/** The services a branch offers, in catalogue order, with its capacities. */
export function listBranchServices(db: Db, branchId: string): BranchService[] {
  return (db.prepare(`${SERVICE_SQL} ORDER BY s.sort`).all(branchId) as ServiceRow[]).map(toService)
}

/** One service at one branch, if offered there. */
export function findBranchService(db: Db, branchId: string, serviceId: string): BranchService | undefined {
  const row = db.prepare(`${SERVICE_SQL} AND s.id = ?`).get(branchId, serviceId) as ServiceRow | undefined
  return row && toService(row)
}
