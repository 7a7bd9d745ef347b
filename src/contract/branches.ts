// Branches (网点), their counter services, business days and half-hour slots.
import { Type, type Static } from '@sinclair/typebox'
import { SERVICE_IDS, SLOT_STATUSES } from './constants'
import { Fen, Id, IsoDate, IsoDateTime, StringEnum } from './common'

/** A counter service id. */
export const ServiceId = StringEnum(SERVICE_IDS, { title: '业务', description: SERVICE_IDS.join(' | ') })
export type ServiceId = Static<typeof ServiceId>

/** "HH:mm", Beijing time. */
const ClockTime = Type.String({ description: 'HH:mm, Beijing time', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' })

/** Opening hours of one day. */
export const DayHours = Type.Object({ open: ClockTime, close: ClockTime }, { description: 'Open and close' })
export type DayHours = Static<typeof DayHours>

/** Hours per weekday, index 0 = Sunday … 6 = Saturday; null = closed (holidays are applied on top). */
export const OpeningHours = Type.Array(Type.Union([DayHours, Type.Null()]), {
  minItems: 7,
  maxItems: 7,
  description: 'Index 0 = Sunday … 6 = Saturday; null = closed',
})
export type OpeningHours = Static<typeof OpeningHours>

/** A branch as listed. */
export const Branch = Type.Object(
  {
    id: Id,
    name: Type.String({ description: 'e.g. 戴南支行（示例）' }),
    town: Type.String({ description: 'Town or sub-district, e.g. 戴南镇' }),
    address: Type.String(),
    phone: Type.String({ description: 'Landline, e.g. 0523-83230002' }),
    lat: Type.Number({ description: 'Latitude (WGS-84 / GCJ-02 in the mock alike)' }),
    lng: Type.Number({ description: 'Longitude' }),
    openingHours: OpeningHours,
    openNow: Type.Boolean({ description: 'Open at this moment (hours, holidays and make-up workdays)' }),
    todayHours: Type.String({ description: '"08:30–17:00", or "今日休息"' }),
    distanceMeters: Type.Optional(
      Type.Integer({ description: 'Straight-line distance from lat/lng of the query, metres' }),
    ),
  },
  { description: 'Branch' },
)
export type Branch = Static<typeof Branch>

/** A counter service as offered at one branch. */
export const BranchService = Type.Object(
  {
    id: ServiceId,
    name: Type.String({ description: 'e.g. 开立个人账户' }),
    description: Type.String(),
    bring: Type.Array(Type.String(), { description: 'What to bring, e.g. ["身份证"]' }),
    durationMinutes: Type.Integer({ description: 'Typical time at the counter' }),
    capacityPerSlot: Type.Integer({ description: 'Customers per half-hour slot at this branch' }),
    needsAmount: Type.Boolean({ description: 'Booking must announce amountFen' }),
    minAmountFen: Type.Optional(Fen),
    maxAmountFen: Type.Optional(Fen),
    amountStepFen: Type.Optional(Type.Integer({ description: 'amountFen must be a multiple of this' })),
    noticeBusinessDays: Type.Integer({ description: 'Business days of notice needed (large cash: 1)' }),
  },
  { description: 'Counter service at a branch' },
)
export type BranchService = Static<typeof BranchService>

/** A branch with its service catalogue. */
export const BranchDetail = Type.Composite([Branch, Type.Object({ services: Type.Array(BranchService) })], {
  description: 'Branch with services',
})
export type BranchDetail = Static<typeof BranchDetail>

/** Query of GET /branches: both or neither of lat/lng. */
export const BranchListQuery = Type.Object(
  {
    lat: Type.Optional(Type.Number({ title: '纬度', minimum: -90, maximum: 90 })),
    lng: Type.Optional(Type.Number({ title: '经度', minimum: -180, maximum: 180 })),
  },
  { additionalProperties: false, description: 'Position for nearest-first order' },
)
export type BranchListQuery = Static<typeof BranchListQuery>

/** Answer of GET /branches. */
export const BranchListResult = Type.Object({ items: Type.Array(Branch) }, { description: 'Branches' })
export type BranchListResult = Static<typeof BranchListResult>

/** Path of /branches/:branchId routes. */
export const BranchParams = Type.Object(
  { branchId: Type.String({ title: '网点', minLength: 1, maxLength: 64 }) },
  { description: 'Branch id' },
)
export type BranchParams = Static<typeof BranchParams>

/** A day on which the branch opens. */
export const BusinessDay = Type.Object(
  {
    date: IsoDate,
    weekday: Type.Integer({ minimum: 0, maximum: 6, description: '0 = Sunday … 6 = Saturday' }),
    open: ClockTime,
    close: ClockTime,
  },
  { description: 'Business day' },
)
export type BusinessDay = Static<typeof BusinessDay>

/** Query of GET /branches/:branchId/days. */
export const DaysQuery = Type.Object({ serviceId: ServiceId }, { additionalProperties: false })
export type DaysQuery = Static<typeof DaysQuery>

/** Answer of GET /branches/:branchId/days: the next 7 business days. */
export const DaysResult = Type.Object({ days: Type.Array(BusinessDay) }, { description: 'Bookable days' })
export type DaysResult = Static<typeof DaysResult>

/** A half-hour slot and its places. */
export const Slot = Type.Object(
  {
    start: IsoDateTime,
    end: IsoDateTime,
    capacity: Type.Integer(),
    remaining: Type.Integer({ description: 'Places left (0 when full)' }),
    status: StringEnum(SLOT_STATUSES, {
      description:
        'available; full; past (starts within 30 min or earlier); notice (large cash needs 1 business day)',
    }),
  },
  { description: 'Slot; times are ISO with +08:00' },
)
export type Slot = Static<typeof Slot>

/** Query of GET /branches/:branchId/slots. */
export const SlotsQuery = Type.Object(
  { serviceId: ServiceId, date: Type.String({ title: '日期', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }) },
  { additionalProperties: false },
)
export type SlotsQuery = Static<typeof SlotsQuery>

/** Answer of GET /branches/:branchId/slots. */
export const SlotsResult = Type.Object({ date: IsoDate, slots: Type.Array(Slot) }, { description: 'Slots' })
export type SlotsResult = Static<typeof SlotsResult>
