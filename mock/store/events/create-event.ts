// Staff publish an event from a template: their branch hosts it, in one of the towns served, at a
// venue and a time to come, for 1–500 people. A description given replaces the template's and is
// sanitised before it is stored.
import { randomUUID } from 'node:crypto'
import { EVENT_MAX_DAYS_AHEAD, EVENT_MAX_HOURS } from '../../../src/contract/constants'
import type {
  AgendaItem,
  CreateEventRequest,
  EventTemplate,
  EventTemplateList,
} from '../../../src/contract/events'
import { parseIsoInstant } from '../../../src/utils/beijing-time'
import { fieldError } from '../../errors'
import { staffBranch } from '../counter/check-in'
import type { Db } from '../db'
import { findEvent, findTemplate, productsOf, type EventRow, type EventTemplateRow } from './events'
import { hasVisibleContent, sanitizeEventHtml } from './rich-text'

/** Towns with a branch, in branch order. */
function townsServed(db: Db): string[] {
  return (db.prepare('SELECT DISTINCT town FROM branches ORDER BY rowid').all() as { town: string }[]).map(
    (row) => row.town,
  )
}

function toTemplate(db: Db, row: EventTemplateRow): EventTemplate {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    descriptionHtml: sanitizeEventHtml(row.description_html),
    agenda: JSON.parse(row.agenda) as AgendaItem[],
    benefits: JSON.parse(row.benefits) as string[],
    products: productsOf(db, row),
    defaultCapacity: row.default_capacity,
  }
}

/** The templates and towns staff publish with (staff without a branch are refused). */
export function eventTemplates(db: Db, staffUserId: string): EventTemplateList {
  staffBranch(db, staffUserId)
  const rows = db.prepare('SELECT * FROM event_templates ORDER BY sort').all() as EventTemplateRow[]
  return { items: rows.map((row) => toTemplate(db, row)), towns: townsServed(db) }
}

/** A time of the request as epoch ms; a field error when it is not an ISO time with an offset. */
function instantOf(field: 'start' | 'end', text: string, label: string): number {
  const ms = parseIsoInstant(text)
  if (ms === undefined) throw fieldError(field, `${label}格式不正确`)
  return ms
}

/** Publishes the event; answers its row. */
export function createEvent(db: Db, staffUserId: string, body: CreateEventRequest, nowMs: number): EventRow {
  return db
    .transaction((): EventRow => {
      const branchId = staffBranch(db, staffUserId)
      const template = findTemplate(db, body.templateId)
      if (!template) throw fieldError('templateId', '请选择活动模板')
      if (!townsServed(db).includes(body.town)) throw fieldError('town', '请选择本行服务的乡镇')
      if (body.venue.trim().length < 2) throw fieldError('venue', '请填写活动场地')
      if (body.address.trim().length < 4) throw fieldError('address', '请填写场地的详细地址')
      const start = instantOf('start', body.start, '开始时间')
      const end = instantOf('end', body.end, '结束时间')
      if (start <= nowMs) throw fieldError('start', '开始时间须晚于现在')
      if (start > nowMs + EVENT_MAX_DAYS_AHEAD * 86_400_000)
        throw fieldError('start', `只能发布${EVENT_MAX_DAYS_AHEAD}天内的活动`)
      if (end <= start) throw fieldError('end', '结束时间须晚于开始时间')
      if (end - start > EVENT_MAX_HOURS * 3_600_000)
        throw fieldError('end', `活动时长不能超过${EVENT_MAX_HOURS}小时`)
      if ((body.lat === undefined) !== (body.lng === undefined))
        throw fieldError(body.lat === undefined ? 'lat' : 'lng', '经纬度需同时提供')
      const html = sanitizeEventHtml(body.descriptionHtml ?? template.description_html)
      if (!hasVisibleContent(html)) throw fieldError('descriptionHtml', '活动介绍不能为空')
      const branch = db.prepare('SELECT lat, lng FROM branches WHERE id = ?').get(branchId) as {
        lat: number
        lng: number
      }
      const id = `ev_${randomUUID()}`
      db.prepare(
        `INSERT INTO events (id, template_id, type, title, town, venue, address, lat, lng, branch_id, start_at, end_at,
           capacity, description_html, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        template.id,
        template.type,
        body.title?.trim() || template.title,
        body.town,
        body.venue.trim(),
        body.address.trim(),
        body.lat ?? branch.lat,
        body.lng ?? branch.lng,
        branchId,
        start,
        end,
        body.capacity,
        html,
        staffUserId,
        nowMs,
      )
      return findEvent(db, id)!
    })
    .immediate()
}
