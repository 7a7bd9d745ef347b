// Promo QR codes: each alliance merchant's short code, printed as a QR on the counter; a scan opens
// the merchant's page and counts one visit per visitor per Beijing day.
import { Type, type Static } from '@sinclair/typebox'
import { PROMO_CODE_PATTERN, PROMO_LANDING_PAGE, PROMO_VISIT_VIAS } from './constants'
import { Id, IsoDate, StringEnum } from './common'

/** Path of /promo-codes/:code routes. */
export const PromoCodeParams = Type.Object({
  code: Type.String({ title: '推广码', minLength: 1, maxLength: 32 }),
})
export type PromoCodeParams = Static<typeof PromoCodeParams>

/** Body of POST /promo-codes/:code/visits. */
export const PromoVisitRequest = Type.Object(
  {
    via: StringEnum(PROMO_VISIT_VIAS, {
      title: '来源',
      description:
        "scene: mini-program code; link: an ordinary https QR (WeChat's q); h5: the link in a browser",
    }),
  },
  { additionalProperties: false },
)
export type PromoVisitRequest = Static<typeof PromoVisitRequest>

/** Answer of a recorded visit: the merchant to open. */
export const PromoVisitResult = Type.Object(
  { merchant: Type.Object({ id: Id, shopName: Type.String() }) },
  { description: 'The merchant of the code' },
)
export type PromoVisitResult = Static<typeof PromoVisitResult>

/** A merchant's own promo code, ready to print. */
export const MyPromoCode = Type.Object(
  {
    code: Type.String({ pattern: PROMO_CODE_PATTERN }),
    link: Type.String({ description: 'The https link the printed QR holds: <base>/p/<code>' }),
    weappPage: Type.Literal(PROMO_LANDING_PAGE),
    scene: Type.String({ description: "A mini-program code's scene (the code itself)" }),
    expiresOn: Type.Optional(IsoDate),
    qrSvg: Type.String({ description: 'SVG of an ordinary QR code of the link' }),
    visits: Type.Object({
      today: Type.Integer({ description: 'Visitors today (Beijing)' }),
      last30Days: Type.Integer({ description: 'Visits over the last 30 Beijing days, today included' }),
    }),
  },
  { description: "The merchant's promo code" },
)
export type MyPromoCode = Static<typeof MyPromoCode>
