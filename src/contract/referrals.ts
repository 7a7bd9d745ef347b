// Product referrals (转介): a customer asks for a product, the town's customer manager follows up.
import { Type, type Static } from '@sinclair/typebox'
import {
  PREFERRED_TIMES,
  REFERRAL_NOTE_MAX_LENGTH,
  REFERRAL_STATUSES,
  STAFF_REFERRAL_TARGETS,
} from './constants'
import { Id, IsoDateTime, PlainText, StringEnum } from './common'
import { ReferralMerchantApplication } from './merchant-applications'

const Note = PlainText('备注', REFERRAL_NOTE_MAX_LENGTH)
const Status = StringEnum(REFERRAL_STATUSES, {
  description: 'submitted | assigned | contacted | done | closed',
})
const PreferredTimeSchema = StringEnum(PREFERRED_TIMES, {
  title: '方便联系时间',
  description: 'morning | afternoon | evening | anytime',
})

/** Body of POST /referrals. */
export const CreateReferralRequest = Type.Object(
  {
    productId: Type.String({ title: '产品', minLength: 1, maxLength: 64 }),
    town: Type.String({ title: '乡镇', minLength: 1, maxLength: 20 }),
    preferredTime: PreferredTimeSchema,
    note: Type.Optional(Note),
  },
  { additionalProperties: false, description: 'Ask for a product' },
)
export type CreateReferralRequest = Static<typeof CreateReferralRequest>

/** One step of a referral's history. */
export const ReferralHistoryEntry = Type.Object(
  { status: Status, at: IsoDateTime, note: Type.Optional(Type.String()) },
  { description: 'Status change' },
)
export type ReferralHistoryEntry = Static<typeof ReferralHistoryEntry>

/** A referral as its customer sees it. */
export const Referral = Type.Object(
  {
    id: Id,
    product: Type.Object({ id: Id, name: Type.String() }),
    town: Type.String(),
    preferredTime: PreferredTimeSchema,
    note: Type.Optional(Type.String()),
    status: Status,
    manager: Type.Object({
      nameMasked: Type.String({ description: 'e.g. 张*' }),
      title: Type.Literal('客户经理'),
    }),
    history: Type.Array(ReferralHistoryEntry, { description: 'Oldest first' }),
    createdAt: IsoDateTime,
    merchantApplication: Type.Optional(ReferralMerchantApplication),
  },
  { description: 'Referral' },
)
export type Referral = Static<typeof Referral>

/** Answer of GET /referrals (newest first). */
export const ReferralListResult = Type.Object({ items: Type.Array(Referral) }, { description: 'Referrals' })
export type ReferralListResult = Static<typeof ReferralListResult>

/** Path of /referrals/:id and /staff/referrals/:id. */
export const ReferralParams = Type.Object({ id: Type.String({ title: '转介', minLength: 1, maxLength: 64 }) })
export type ReferralParams = Static<typeof ReferralParams>

/** A referral as the assigned manager sees it in a list. */
export const StaffReferral = Type.Composite(
  [
    Referral,
    Type.Object({
      customerPhoneMasked: Type.String({ description: 'e.g. 139****0001' }),
      customerNameMasked: Type.Optional(Type.String({ description: 'Real-name customers only' })),
      openedAt: Type.Optional(IsoDateTime),
    }),
  ],
  { description: 'Referral seen by its manager' },
)
export type StaffReferral = Static<typeof StaffReferral>

/** One referral opened by its manager: with the full phone number (opening is recorded). */
export const StaffReferralDetail = Type.Composite(
  [StaffReferral, Type.Object({ customerPhone: Type.String({ description: 'Full number, to call' }) })],
  { description: 'Referral opened by its manager' },
)
export type StaffReferralDetail = Static<typeof StaffReferralDetail>

/** Query of GET /staff/referrals. */
export const StaffReferralQuery = Type.Object(
  { status: Type.Optional(StringEnum(REFERRAL_STATUSES, { title: '状态' })) },
  { additionalProperties: false },
)
export type StaffReferralQuery = Static<typeof StaffReferralQuery>

/** Answer of GET /staff/referrals (newest first). */
export const StaffReferralListResult = Type.Object(
  { items: Type.Array(StaffReferral) },
  { description: 'Referrals assigned to me' },
)
export type StaffReferralListResult = Static<typeof StaffReferralListResult>

/** Body of POST /staff/referrals/:id/status. */
export const ReferralStatusUpdate = Type.Object(
  { status: StringEnum(STAFF_REFERRAL_TARGETS, { title: '状态' }), note: Type.Optional(Note) },
  {
    additionalProperties: false,
    description: 'assigned→contacted|closed, contacted→done|closed; else 422 INVALID_TRANSITION',
  },
)
export type ReferralStatusUpdate = Static<typeof ReferralStatusUpdate>
