// Branches (public): list (nearest first with a position), detail with services, days and slots.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ERROR_CODES } from '../../src/contract/constants'
import {
  BranchDetail,
  BranchListQuery,
  BranchListResult,
  BranchParams,
  DaysQuery,
  DaysResult,
  SlotsQuery,
  SlotsResult,
} from '../../src/contract/branches'
import { hoursOn, isLocalDate, weekdayOf } from '../../src/utils/business-days'
import { nowMs } from '../deps'
import { BusinessError, fieldError, notFound } from '../http/errors'
import { withErrors } from '../http/schemas'
import { sortBranches, toBranchView } from '../store/branch-view'
import { findBranch, listBranchServices, listBranches, loadHolidays } from '../store/branches'
import { bookingWindow, loadSlotContext, slotsOn } from '../store/slots'

/** Branch routes (mounted under the API base path). */
export const branchRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps
  const tags = ['branches']

  const slotContext = (branchId: string, serviceId: string) => {
    const ctx = loadSlotContext(db, branchId, serviceId, nowMs(app.deps))
    if (!ctx) throw notFound(findBranch(db, branchId) ? '该网点暂不办理此业务' : '网点不存在')
    return ctx
  }

  app.get(
    '/branches',
    {
      schema: {
        tags,
        summary: '网点列表',
        description: 'With lat and lng: nearest first with distanceMeters; without: by town then name.',
        querystring: BranchListQuery,
        response: withErrors({ 200: BranchListResult }),
      },
    },
    async (request) => {
      const { lat, lng } = request.query
      if ((lat === undefined) !== (lng === undefined)) {
        throw fieldError(lat === undefined ? 'lat' : 'lng', '经纬度需同时提供')
      }
      const from = lat !== undefined && lng !== undefined ? { lat, lng } : undefined
      const holidays = loadHolidays(db)
      const now = nowMs(app.deps)
      return { items: sortBranches(listBranches(db).map((b) => toBranchView(b, holidays, now, from))) }
    },
  )

  app.get(
    '/branches/:branchId',
    {
      schema: {
        tags,
        summary: '网点详情与可预约业务',
        params: BranchParams,
        response: withErrors({ 200: BranchDetail }),
      },
    },
    async (request) => {
      const branch = findBranch(db, request.params.branchId)
      if (!branch) throw notFound('网点不存在')
      const view = toBranchView(branch, loadHolidays(db), nowMs(app.deps))
      return { ...view, services: listBranchServices(db, branch.id) }
    },
  )

  app.get(
    '/branches/:branchId/days',
    {
      schema: {
        tags,
        summary: '可预约日期（近7个营业日）',
        description: 'Today is included while it still has a slot starting 30 min or more from now.',
        params: BranchParams,
        querystring: DaysQuery,
        response: withErrors({ 200: DaysResult }),
      },
    },
    async (request) => {
      const ctx = slotContext(request.params.branchId, request.query.serviceId)
      const days = bookingWindow(ctx).map((date) => {
        const hours = hoursOn(ctx.branch.openingHours, ctx.holidays, date)!
        return { date, weekday: weekdayOf(date), open: hours.open, close: hours.close }
      })
      return { days }
    },
  )

  app.get(
    '/branches/:branchId/slots',
    {
      schema: {
        tags,
        summary: '某日的预约时段',
        description: '422 DATE_NOT_BOOKABLE when the date is not one of the next 7 business days.',
        params: BranchParams,
        querystring: SlotsQuery,
        response: withErrors({ 200: SlotsResult }),
      },
    },
    async (request) => {
      const { serviceId, date } = request.query
      if (!isLocalDate(date)) throw fieldError('date', '日期无效')
      const ctx = slotContext(request.params.branchId, serviceId)
      if (!bookingWindow(ctx).includes(date)) {
        throw new BusinessError(422, ERROR_CODES.DATE_NOT_BOOKABLE, '该日期不可预约，请选择近7个营业日')
      }
      return { date, slots: slotsOn(db, ctx, date) }
    },
  )
}
