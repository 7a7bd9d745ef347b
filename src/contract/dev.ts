// Dev-only endpoints of the mock bank (mounted unless MOCK_DEV_ENDPOINTS=0).
import { Type, type Static } from '@sinclair/typebox'
import { SMS_PURPOSES } from './constants'
import { IsoDateTime, Phone, StringEnum } from './common'

/** Why a code was sent: login, loan-sign or loan-drawdown. */
const SmsPurposeSchema = StringEnum(SMS_PURPOSES, {
  title: '用途',
  description: 'login | loan-sign | loan-drawdown',
})

/** Query of GET /dev/sms-outbox. */
export const SmsOutboxQuery = Type.Object(
  { phone: Phone, purpose: Type.Optional(SmsPurposeSchema) },
  { additionalProperties: false, description: 'One number (required), optionally one purpose' },
)
export type SmsOutboxQuery = Static<typeof SmsOutboxQuery>

/** One text message the mock "sent". */
export const SmsOutboxItem = Type.Object(
  {
    phone: Type.String({ description: 'Full number' }),
    code: Type.String({ description: '6-digit code' }),
    sentAt: IsoDateTime,
    purpose: SmsPurposeSchema,
  },
  { description: 'Sent SMS' },
)
export type SmsOutboxItem = Static<typeof SmsOutboxItem>

/** Answer of GET /dev/sms-outbox, newest first. */
export const SmsOutboxResult = Type.Object(
  { items: Type.Array(SmsOutboxItem) },
  { description: 'Outbox, newest first' },
)
export type SmsOutboxResult = Static<typeof SmsOutboxResult>

/** Fault injection settings (dev and health endpoints are never faulted). */
export const FaultSettings = Type.Object(
  {
    delayMs: Type.Integer({ title: '延迟', description: 'Added latency in ms', minimum: 0, maximum: 60000 }),
    jitterMs: Type.Integer({
      title: '抖动',
      description: 'Random extra latency up to this many ms',
      minimum: 0,
      maximum: 60000,
    }),
    failRate: Type.Number({
      title: '失败率',
      description: 'Share of requests answered 503 SERVICE_UNAVAILABLE',
      minimum: 0,
      maximum: 1,
    }),
    dropRate: Type.Number({
      title: '断连率',
      description: 'Share of requests whose socket is destroyed',
      minimum: 0,
      maximum: 1,
    }),
  },
  { additionalProperties: false, description: 'Fault settings' },
)
export type FaultSettings = Static<typeof FaultSettings>

/** Body of PUT /dev/faults: any subset; omitted settings keep their value. */
export const FaultSettingsUpdate = Type.Partial(FaultSettings, {
  additionalProperties: false,
  description: 'Settings to change',
})
export type FaultSettingsUpdate = Static<typeof FaultSettingsUpdate>

/** Body of POST /dev/sessions/expire. */
export const ExpireSessionsRequest = Type.Object(
  { phone: Phone },
  { additionalProperties: false, description: 'Whose sessions' },
)
export type ExpireSessionsRequest = Static<typeof ExpireSessionsRequest>

/** Answer of POST /dev/sessions/expire. */
export const ExpireSessionsResult = Type.Object(
  { expired: Type.Integer({ description: 'Number of sessions expired' }) },
  { description: 'Sessions expired' },
)
export type ExpireSessionsResult = Static<typeof ExpireSessionsResult>

/** The mock's clock: real time plus an offset that dev tools can move (GET/PUT /dev/clock). */
export const DevClock = Type.Object(
  {
    now: IsoDateTime,
    offsetSeconds: Type.Integer({ title: '时间偏移', description: 'Seconds added to real time' }),
  },
  { description: 'Mock clock' },
)
export type DevClock = Static<typeof DevClock>

/** Body of PUT /dev/clock: the new offset, within ±10 years. */
export const DevClockUpdate = Type.Object(
  {
    offsetSeconds: Type.Integer({
      title: '时间偏移',
      description: 'Seconds added to real time',
      minimum: -315_360_000,
      maximum: 315_360_000,
    }),
  },
  { additionalProperties: false, description: 'New clock offset' },
)
export type DevClockUpdate = Static<typeof DevClockUpdate>
