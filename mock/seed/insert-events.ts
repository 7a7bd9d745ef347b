// Puts the sample campaign events into a new store: templates (sanitised like anything the bank
// stores), events and the full event's sign-ups, with the event's count of people to match.
import { beijingInstant } from '../../src/utils/beijing-time'
import { sanitizeEventHtml } from '../store/events/rich-text'
import type { Db } from '../store/db'
import { SEED_EVENT_SIGNUPS, SEED_EVENT_TEMPLATES, SEED_EVENTS } from './events'

/** Beijing wall-clock "YYYY-MM-DD HH:mm" as epoch ms. */
const beijingMs = (text: string) => beijingInstant(text.slice(0, 10), text.slice(11))

/** Inserts the templates, events and sign-ups of the seed, created at `createdAt`. */
export function insertEvents(db: Db, createdAt: number): void {
  const template = db.prepare(
    `INSERT INTO event_templates (id, type, title, description_html, agenda, benefits, product_ids, default_capacity, sort)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  SEED_EVENT_TEMPLATES.forEach((t, i) =>
    template.run(
      t.id,
      t.type,
      t.title,
      sanitizeEventHtml(t.descriptionHtml),
      JSON.stringify(t.agenda),
      JSON.stringify(t.benefits),
      JSON.stringify(t.productIds),
      t.defaultCapacity,
      i,
    ),
  )
  const byTemplate = new Map(SEED_EVENT_TEMPLATES.map((t) => [t.id, t]))
  const event = db.prepare(
    `INSERT INTO events (id, template_id, type, title, town, venue, address, lat, lng, branch_id, start_at, end_at,
       capacity, taken, description_html, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  for (const e of SEED_EVENTS) {
    const t = byTemplate.get(e.templateId)!
    const taken = SEED_EVENT_SIGNUPS.filter((s) => s.eventId === e.id).reduce((n, s) => n + s.partySize, 0)
    event.run(
      e.id,
      t.id,
      t.type,
      e.title ?? t.title,
      e.town,
      e.venue,
      e.address,
      e.lat,
      e.lng,
      e.branchId,
      beijingMs(e.start),
      beijingMs(e.end),
      e.capacity,
      taken,
      e.descriptionHtml ?? sanitizeEventHtml(t.descriptionHtml),
      createdAt,
    )
  }
  const signup = db.prepare(
    `INSERT INTO event_signups (id, event_id, user_id, name, phone, village, party_size, status, check_in_code, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'registered', ?, ?)`,
  )
  for (const s of SEED_EVENT_SIGNUPS)
    signup.run(s.id, s.eventId, s.userId, s.name, s.phone, s.village, s.partySize, s.checkInCode, createdAt)
}
