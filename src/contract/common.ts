// Shared schemas: the error body, ids, phone, time and money primitives.
import { Type, type Static, type TProperties, type TSchema } from '@sinclair/typebox'
import { MOBILE_PHONE_PATTERN, PLAIN_TEXT_PATTERN } from './constants'
import { ERRORS } from './errors'

/** One failing field of a validation error. */
export const FieldError = Type.Object(
  {
    field: Type.String({ description: 'Field name, e.g. "phone" or "Idempotency-Key"' }),
    message: Type.String({ description: 'Chinese message for this field, e.g. "手机号格式不正确"' }),
  },
  { description: 'One failing field' },
)
export type FieldError = Static<typeof FieldError>

/** A slot offered instead of a full one (in SLOT_FULL details.alternatives). */
export const SlotAlternative = Type.Object(
  {
    start: Type.String({ description: 'ISO 8601 with +08:00' }),
    end: Type.String({ description: 'ISO 8601 with +08:00' }),
    remaining: Type.Integer({ description: 'Places left' }),
  },
  { description: 'Nearby slot with places left' },
)
export type SlotAlternative = Static<typeof SlotAlternative>

/** The one error shape every non-2xx response uses. */
export const ErrorBody = Type.Object(
  {
    code: Type.String({ description: 'SNAKE_CASE error code', examples: Object.keys(ERRORS) }),
    message: Type.String({ description: 'Chinese message fit to show the user' }),
    details: Type.Optional(
      Type.Object(
        {
          fields: Type.Optional(Type.Array(FieldError, { description: 'Validation failures' })),
          retryAfterSeconds: Type.Optional(Type.Integer({ description: 'Seconds until retry is allowed' })),
          attemptsLeft: Type.Optional(Type.Integer({ description: 'Wrong SMS codes left before the lock' })),
          alternatives: Type.Optional(
            Type.Array(SlotAlternative, { description: 'SLOT_FULL: up to 3 nearest slots with places' }),
          ),
          bookingNumber: Type.Optional(
            Type.String({ description: 'BOOKING_OVERLAP: the booking in the way' }),
          ),
          referralId: Type.Optional(Type.String({ description: 'REFERRAL_OPEN: the open referral' })),
          reapplyFrom: Type.Optional(
            Type.String({ description: 'REAPPLY_TOO_SOON: first date (YYYY-MM-DD) to apply again' }),
          ),
          missing: Type.Optional(
            Type.Array(Type.String(), {
              description: 'APPLICATION_INCOMPLETE: steps still to do (card, consents, face)',
            }),
          ),
          version: Type.Optional(
            Type.String({ description: 'CONSENT_VERSION_OUTDATED: the current document version' }),
          ),
          availableFen: Type.Optional(
            Type.Integer({ description: 'LIMIT_INSUFFICIENT: what can be drawn now, in fen' }),
          ),
          index: Type.Optional(
            Type.Integer({ description: 'INSTALMENT_DUE_FIRST / repayment: the instalment to pay first' }),
          ),
          arrivedAt: Type.Optional(
            Type.String({ description: 'ALREADY_ARRIVED: when the customer was checked in (ISO)' }),
          ),
          totalFen: Type.Optional(
            Type.Integer({ description: 'QUOTE_CHANGED: the new early-repayment total' }),
          ),
          redeemedAt: Type.Optional(
            Type.String({ description: 'COUPON_ALREADY_REDEEMED: when the coupon was redeemed (ISO)' }),
          ),
        },
        { additionalProperties: true, description: 'Code-specific details' },
      ),
    ),
  },
  { description: 'Error body: { code, message, details? }' },
)
export type ErrorBody = Static<typeof ErrorBody>

/** Opaque identifier of a record. */
export const Id = Type.String({ description: 'Opaque identifier', minLength: 1, maxLength: 64 })
export type Id = Static<typeof Id>

/** Mainland mobile number, 11 digits. */
export const Phone = Type.String({
  title: '手机号',
  description: 'Mainland mobile number, e.g. 13900000001',
  pattern: MOBILE_PHONE_PATTERN,
})
export type Phone = Static<typeof Phone>

/** ISO 8601 date-time string with offset. */
export const IsoDateTime = Type.String({ description: 'ISO 8601 date-time, e.g. 2026-11-01T09:30:00.000Z' })
export type IsoDateTime = Static<typeof IsoDateTime>

/** ISO 8601 calendar date (YYYY-MM-DD). */
export const IsoDate = Type.String({
  description: 'ISO 8601 date, e.g. 2027-06-30',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
})
export type IsoDate = Static<typeof IsoDate>

/** Amount of money in integer fen (1 yuan = 100 fen). */
export const Fen = Type.Integer({ description: 'Money in integer fen', minimum: 0 })
export type Fen = Static<typeof Fen>

/** Text a person types (a note), up to `maxLength` characters, without hidden or control characters. */
export const PlainText = (title: string, maxLength: number) =>
  Type.String({ title, maxLength, pattern: PLAIN_TEXT_PATTERN })

/** Rate in integer basis points (395 = 3.95%). */
export const Bp = Type.Integer({ description: 'Rate in basis points, 395 = 3.95%', minimum: 0 })
export type Bp = Static<typeof Bp>

/** Answer of GET /health. */
export const HealthResult = Type.Object(
  {
    status: Type.Literal('ok', { description: 'Always "ok" when the server answers' }),
    time: IsoDateTime,
  },
  { description: 'Liveness answer' },
)
export type HealthResult = Static<typeof HealthResult>

/** Empty answer (204). */
export const NoContent = Type.Null({ description: 'No content' })

/** Body of writes that take no fields (start an application, ask for a code). */
export const EmptyRequest = Type.Object({}, { additionalProperties: false, description: 'No fields' })
export type EmptyRequest = Static<typeof EmptyRequest>

/** A string restricted to the given values (JSON schema `enum`, so errors read "取值无效"). */
export function StringEnum<T extends readonly string[]>(
  values: T,
  options: { title?: string; description?: string } = {},
) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options })
}

/** Optional Idempotency-Key header accepted by every POST/PUT/PATCH/DELETE. */
export const IdempotencyHeaders = Type.Object(
  {
    'idempotency-key': Type.Optional(
      Type.String({
        title: 'Idempotency-Key',
        description:
          '8-64 chars [A-Za-z0-9_-]; a replay with the same key and body returns the stored answer',
        pattern: '^[A-Za-z0-9_-]{8,64}$',
      }),
    ),
  },
  { description: 'Headers of unsafe requests' },
)

/** Query of a paged list: where to continue (the last page's nextCursor) and how many to answer. */
export const PageQuery = Type.Object(
  {
    cursor: Type.Optional(
      Type.String({
        title: '分页位置',
        description: "Opaque: the previous page's nextCursor",
        pattern: '^[A-Za-z0-9_-]{1,100}$',
      }),
    ),
    limit: Type.Optional(
      Type.Integer({
        title: '每页条数',
        description: 'Items per page (default 20)',
        minimum: 1,
        maximum: 50,
      }),
    ),
  },
  { additionalProperties: false, description: 'Paging' },
)
export type PageQuery = Static<typeof PageQuery>

/** Items per page when the query does not say. */
export const DEFAULT_PAGE_SIZE = 20

/** A page of `item`s, with the cursor of the next page (null on the last page), plus `extra` fields. */
export function Page<T extends TSchema, E extends TProperties = Record<never, never>>(
  item: T,
  description: string,
  extra?: E,
) {
  return Type.Object(
    {
      items: Type.Array(item),
      nextCursor: Type.Union([Type.String(), Type.Null()], {
        description: 'Pass as cursor for the next page; null when this is the last one',
      }),
      ...(extra ?? ({} as E)),
    },
    { description },
  )
}

/**
 * A 202 "second factor sent": a code went to a phone on a record (the household's, the card's reserved
 * one); the same request again with smsCode completes it.
 */
export function CodeSentAnswer(phoneMasked: string, description: string) {
  return Type.Object(
    {
      status: Type.Literal('CODE_SENT'),
      phoneMasked: Type.String({ description: phoneMasked }),
      resendAfterSeconds: Type.Integer(),
      expiresInSeconds: Type.Integer(),
    },
    { description },
  )
}
