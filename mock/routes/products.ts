// Products and towns (public).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ProductListResult, TownListResult } from '../../src/contract/products'
import { withErrors } from '../http/schemas'
import { listProducts, listTowns } from '../store/products'

/** Product and town routes (mounted under the API base path). */
export const productRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps

  app.get(
    '/products',
    {
      schema: {
        tags: ['products'],
        summary: '产品列表',
        description: 'Credit products always carry aprMinBp/aprMaxBp.',
        response: withErrors({ 200: ProductListResult }),
      },
    },
    async () => ({ items: listProducts(db) }),
  )

  app.get(
    '/towns',
    {
      schema: {
        tags: ['products'],
        summary: '乡镇及客户经理',
        response: withErrors({ 200: TownListResult }),
      },
    },
    async () => ({ items: listTowns(db) }),
  )
}
