// The cloud counter: branches (public), days and slots, the customer's bookings, staff check-in.
import type { FastifyInstance } from 'fastify'
import { hoursOn } from '../../src/utils/business-days'
import { beijingDate } from '../../src/utils/beijing-time'
import { isLocalDate, weekdayOf } from '../../src/utils/calendar-date'
import { nowMs } from '../deps'
import { bankError, fieldError, notFound } from '../errors'
import type { EndpointHandlers } from '../http/endpoints'
import { cancelBooking, createBooking, rescheduleBooking } from '../store/counter/booking-actions'
import { toBookingView, toStaffBookingView } from '../store/counter/booking-view'
import { findOwnBooking, listBookings } from '../store/counter/bookings'
import { sortBranches, toBranchView } from '../store/counter/branch-view'
import { findBranch, listBranchServices, listBranches, loadHolidays } from '../store/counter/branches'
import { checkIn, todayBookings } from '../store/counter/check-in'
import { bookingWindow, loadSlotContext, slotsOn } from '../store/counter/slots'

/** Handlers of the counter operations. */
export function counterHandlers(app: FastifyInstance) {
  const { db } = app.deps
  const view = () => ({ nowMs: nowMs(app.deps), qrSecret: app.deps.secrets.qr })
  const slotContext = (branchId: string, serviceId: string) => {
    const ctx = loadSlotContext(db, branchId, serviceId, nowMs(app.deps))
    if (!ctx) throw notFound(findBranch(db, branchId) ? '该网点暂不办理此业务' : '网点不存在')
    return ctx
  }

  return {
    listBranches: (request) => {
      const { lat, lng } = request.query
      if ((lat === undefined) !== (lng === undefined)) {
        throw fieldError(lat === undefined ? 'lat' : 'lng', '经纬度需同时提供')
      }
      const from = lat !== undefined && lng !== undefined ? { lat, lng } : undefined
      const holidays = loadHolidays(db)
      const now = nowMs(app.deps)
      return { items: sortBranches(listBranches(db).map((b) => toBranchView(b, holidays, now, from))) }
    },

    getBranch: (request) => {
      const branch = findBranch(db, request.params.branchId)
      if (!branch) throw notFound('网点不存在')
      const branchView = toBranchView(branch, loadHolidays(db), nowMs(app.deps))
      return { ...branchView, services: listBranchServices(db, branch.id) }
    },

    listBusinessDays: (request) => {
      const ctx = slotContext(request.params.branchId, request.query.serviceId)
      const days = bookingWindow(ctx).map((date) => {
        const hours = hoursOn(ctx.branch.openingHours, ctx.holidays, date)!
        return { date, weekday: weekdayOf(date), open: hours.open, close: hours.close }
      })
      return { days }
    },

    listSlots: (request) => {
      const { serviceId, date } = request.query
      if (!isLocalDate(date)) throw fieldError('date', '日期无效')
      const ctx = slotContext(request.params.branchId, serviceId)
      if (!bookingWindow(ctx).includes(date)) throw bankError('DATE_NOT_BOOKABLE')
      return { date, slots: slotsOn(db, ctx, date) }
    },

    createBooking: (request) => {
      const row = createBooking(db, request.user!.id, request.body, nowMs(app.deps))
      return toBookingView(db, row, view())
    },

    listBookings: (request) => {
      const rows = listBookings(db, request.user!.id, request.query.scope, nowMs(app.deps))
      const ctx = view()
      return { items: rows.map((row) => toBookingView(db, row, ctx)) }
    },

    getBooking: (request) => {
      const row = findOwnBooking(db, request.user!.id, request.params.id)
      if (!row) throw notFound('预约不存在')
      return toBookingView(db, row, view())
    },

    cancelBooking: (request) => {
      const row = cancelBooking(db, request.user!.id, request.params.id, nowMs(app.deps))
      return toBookingView(db, row, view())
    },

    rescheduleBooking: (request) => {
      const row = rescheduleBooking(db, request.user!.id, request.params.id, request.body, nowMs(app.deps))
      return toBookingView(db, row, view())
    },

    checkIn: (request) => {
      const now = nowMs(app.deps)
      const row = checkIn(db, request.user!.id, request.body, app.deps.secrets.qr, now)
      return { booking: toStaffBookingView(db, row, { nowMs: now, qrSecret: app.deps.secrets.qr }) }
    },

    listTodayBookings: (request) => {
      const now = nowMs(app.deps)
      const { branchId, rows } = todayBookings(db, request.user!.id, now)
      const ctx = { nowMs: now, qrSecret: app.deps.secrets.qr }
      return {
        date: beijingDate(now),
        branchName: findBranch(db, branchId)!.name,
        items: rows.map((row) => toStaffBookingView(db, row, ctx)),
      }
    },
  } satisfies Partial<EndpointHandlers>
}
