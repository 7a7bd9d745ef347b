// Campaign events: rows, their state on the bank's clock, how a visitor sees one, and the list of the
// 活动 tab (upcoming soonest first, past latest first; by town and type).
import {
  EVENT_HOSTED_LIST_MAX,
  type EventScope,
  type EventState,
  type EventType,
} from '../../../src/contract/constants'
import type { AgendaItem, EventDetail, EventSummary } from '../../../src/contract/events'
import type { Product } from '../../../src/contract/products'
import { toBeijingIso } from '../../../src/utils/beijing-time'
import type { Db } from '../db'
import { findProduct } from '../referrals/products'
import { sanitizeEventHtml } from './rich-text'

/** An events row. */
export interface EventRow {
  id: string
  template_id: string
  type: EventType
  title: string
  town: string
  venue: string
  address: string
  lat: number
  lng: number
  branch_id: string
  start_at: number
  end_at: number
  capacity: number
  /** People registered (checked-in ones included). */
  taken: number
  description_html: string
  created_by: string | null
  created_at: number
}

/** An event_templates row. */
export interface EventTemplateRow {
  id: string
  type: EventType
  title: string
  description_html: string
  agenda: string
  benefits: string
  product_ids: string
  default_capacity: number
  sort: number
}

/** The event with this id, if any. */
export function findEvent(db: Db, id: string): EventRow | undefined {
  return db.prepare('SELECT * FROM events WHERE id = ?').get(id) as EventRow | undefined
}

/** The template with this id, if any. */
export function findTemplate(db: Db, id: string): EventTemplateRow | undefined {
  return db.prepare('SELECT * FROM event_templates WHERE id = ?').get(id) as EventTemplateRow | undefined
}

/** 已结束, 进行中, 已满 or 报名中, in that order. */
export function eventState(event: EventRow, nowMs: number): EventState {
  if (nowMs >= event.end_at) return 'ended'
  if (nowMs >= event.start_at) return 'started'
  if (event.taken >= event.capacity) return 'full'
  return 'open'
}

/** Sign-ups waiting for a place. */
export function waitlistedCount(db: Db, eventId: string): number {
  return (
    db
      .prepare("SELECT COUNT(*) AS n FROM event_signups WHERE event_id = ? AND status = 'waitlisted'")
      .get(eventId) as { n: number }
  ).n
}

/** The event as the list shows it. */
export function toEventSummary(db: Db, event: EventRow, nowMs: number): EventSummary {
  const branch = db.prepare('SELECT id, name, phone FROM branches WHERE id = ?').get(event.branch_id) as {
    id: string
    name: string
    phone: string
  }
  return {
    id: event.id,
    type: event.type,
    title: event.title,
    town: event.town,
    venue: event.venue,
    address: event.address,
    lat: event.lat,
    lng: event.lng,
    host: branch,
    start: toBeijingIso(event.start_at),
    end: toBeijingIso(event.end_at),
    capacity: event.capacity,
    placesLeft: Math.max(0, event.capacity - event.taken),
    waitlisted: waitlistedCount(db, event.id),
    state: eventState(event, nowMs),
  }
}

/** The products a template mentions, in its order (unknown ids are skipped). */
export function productsOf(db: Db, template: EventTemplateRow): Product[] {
  return (JSON.parse(template.product_ids) as string[])
    .map((id) => findProduct(db, id))
    .filter((p): p is Product => p !== undefined)
}

/** The event in full; its description sanitised again on the way out. */
export function toEventDetail(db: Db, event: EventRow, nowMs: number): EventDetail {
  const template = findTemplate(db, event.template_id)!
  return {
    ...toEventSummary(db, event, nowMs),
    descriptionHtml: sanitizeEventHtml(event.description_html),
    agenda: JSON.parse(template.agenda) as AgendaItem[],
    benefits: JSON.parse(template.benefits) as string[],
    products: productsOf(db, template),
  }
}

/** What the list asks. */
export interface EventListQuery {
  town?: string
  type?: EventType
  scope: EventScope
  offset: number
  limit: number
}

/** One page of events and whether another follows. */
/** A branch's events not yet ended, soonest first. */
export function hostedEvents(db: Db, branchId: string, nowMs: number): EventRow[] {
  return db
    .prepare('SELECT * FROM events WHERE branch_id = ? AND end_at > ? ORDER BY start_at, id LIMIT ?')
    .all(branchId, nowMs, EVENT_HOSTED_LIST_MAX) as EventRow[]
}

export function listEvents(
  db: Db,
  query: EventListQuery,
  nowMs: number,
): { rows: EventRow[]; more: boolean } {
  const params: unknown[] = [nowMs]
  let where = query.scope === 'past' ? 'end_at <= ?' : 'end_at > ?'
  if (query.town) {
    where += ' AND town = ?'
    params.push(query.town)
  }
  if (query.type) {
    where += ' AND type = ?'
    params.push(query.type)
  }
  const order = query.scope === 'past' ? 'start_at DESC, id' : 'start_at, id'
  const rows = db
    .prepare(`SELECT * FROM events WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`)
    .all(...params, query.limit + 1, query.offset) as EventRow[]
  return { rows: rows.slice(0, query.limit), more: rows.length > query.limit }
}
