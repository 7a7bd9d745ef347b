// Products that can be referred to a customer manager, and the towns managers serve.
import { Type, type Static } from '@sinclair/typebox'
import { PRODUCT_CATEGORIES } from './constants'
import { Bp, Fen, Id, StringEnum } from './common'

/** A bank product. Credit products always carry their APR range. */
export const Product = Type.Object(
  {
    id: Id,
    name: Type.String({ description: 'e.g. 阳光e贷' }),
    category: StringEnum(PRODUCT_CATEGORIES, { description: 'deposit | loan | card | merchant' }),
    summary: Type.String(),
    features: Type.Array(Type.String(), { description: 'Selling points, Chinese' }),
    aprMinBp: Type.Optional(Bp),
    aprMaxBp: Type.Optional(Bp),
    amountMaxFen: Type.Optional(Fen),
    termText: Type.Optional(Type.String({ description: 'e.g. 最长3年' })),
  },
  { description: 'Product' },
)
export type Product = Static<typeof Product>

/** Answer of GET /products. */
export const ProductListResult = Type.Object({ items: Type.Array(Product) }, { description: 'Products' })
export type ProductListResult = Static<typeof ProductListResult>

/** A town (乡镇/街道) and its customer manager. */
export const Town = Type.Object(
  {
    name: Type.String({ description: 'e.g. 戴南镇' }),
    managerNameMasked: Type.String({ description: 'e.g. 张*' }),
  },
  { description: 'Town' },
)
export type Town = Static<typeof Town>

/** Answer of GET /towns. */
export const TownListResult = Type.Object({ items: Type.Array(Town) }, { description: 'Towns' })
export type TownListResult = Static<typeof TownListResult>
