// Counter staff check customers in without anything to paste: from today's list with the customer's ID
// tail, and with the browser's camera reading the customer's QR code (Chromium films a QR image).
import type { Browser } from 'playwright-core'
import type { Booking } from '@/contract/bookings'
import type { Slot } from '@/contract/branches'
import { SEED_CUSTOMERS } from '../../mock/seed/households'
import { bankUser } from './support/bank-api'
import { checkA11y, newPhonePage, screenshot } from './support/browser'
import { browserFilming } from './support/fake-camera'
import { mockUrl } from './support/servers'
import { button, currentPage, tap, text } from './support/ui'
import { phoneLoggedIn } from './support/journeys'

const branchId = 'br_anfeng'
const manager = '13900000104' // 刘洋, customer manager of 安丰镇
const customer = SEED_CUSTOMERS[1] // 李秀英, real-name bound
const serviceId = 'wealth-consultation'

let camera: Browser | undefined
afterAll(async () => {
  await camera?.close()
})

/** Moves the bank's clock forward (never back) to `instant` minus `minutesBefore`. */
async function moveClockTo(instant: string, minutesBefore: number): Promise<void> {
  const clock = `${mockUrl()}/api/v1/dev/clock`
  const { offsetSeconds } = (await (await fetch(clock)).json()) as { offsetSeconds: number }
  const ahead = Math.round((Date.parse(instant) - minutesBefore * 60_000 - Date.now()) / 1000 - offsetSeconds)
  await fetch(clock, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ offsetSeconds: offsetSeconds + Math.max(0, ahead) }),
  })
}

test("a manager checks customers in from today's list by ID tail, and by filming the QR code", async () => {
  // Two bookings on the same day at 安丰镇, made over the API.
  const villager = await bankUser(customer.phone)
  const days = await villager.get<{ days: { date: string }[] }>(
    `/branches/${branchId}/days?serviceId=${serviceId}`,
  )
  let pair: Slot[] = []
  for (const day of days.body.days) {
    const slots = await villager.get<{ slots: Slot[] }>(
      `/branches/${branchId}/slots?serviceId=${serviceId}&date=${day.date}`,
    )
    pair = slots.body.slots.filter((s) => s.status === 'available').slice(0, 2)
    if (pair.length === 2) break
  }
  const [first, second] = await Promise.all(
    pair.map(async (slot) => {
      const res = await villager.post<Booking>('/bookings', { branchId, serviceId, slotStart: slot.start })
      expect(res.status).toBe(201)
      return res.body
    }),
  )
  await moveClockTo(first.slotStart, 30)

  // The manager opens 预约签到 in a browser whose camera films the second booking's QR code.
  camera = await browserFilming(second.qrPayload)
  const staff = await newPhonePage(camera)
  await staff.context().grantPermissions(['camera'])
  await phoneLoggedIn(manager, staff)
  await text(staff, '预约签到').click()
  await text(staff, '今日预约').waitFor()

  // Today's list: the customer masked, 待签到; the row checks the ID tail before checking in.
  const rowOf = (booking: Booking) =>
    currentPage(staff).getByRole('group', { name: new RegExp(`^${booking.number} `) })
  const row = rowOf(first)
  await row.getByText('李*英 139****0002').waitFor()
  await row.getByText('待签到').waitFor()
  await screenshot(staff, 'staff-today-bookings')
  await checkA11y(staff, 'staff today bookings')
  await tap(row.getByText('签到', { exact: true }))
  const tail = customer.idNumber!.slice(-4)
  const proof = row.locator('input[name=rowProof]')
  await proof.fill(tail === '1234' ? '4321' : '1234')
  await tap(row.getByText('确认签到', { exact: true }))
  await row.getByText('身份证后4位不正确，请核对客户的身份证').waitFor()
  await proof.fill(tail)
  await tap(row.getByText('确认签到', { exact: true }))
  await text(staff, '✓ 已签到').waitFor()
  await row.getByText(/^已签到 \d{2}:\d{2}$/).waitFor()

  // The camera: the viewfinder opens over the page and the scanner reads the customer's QR code.
  await tap(button(staff, '扫描客户预约码'))
  await text(staff, '请将客户的预约二维码放入画面中').waitFor()
  await text(staff, second.number).waitFor({ timeout: 20_000 })
  await text(staff, '✓ 已签到').waitFor()
  await rowOf(second)
    .getByText(/^已签到 \d{2}:\d{2}$/)
    .waitFor()
  expect(await staff.getByRole('dialog', { name: '扫描二维码' }).count()).toBe(0)
  const seen = await villager.get<Booking>(`/bookings/${second.id}`)
  expect(seen.body.status).toBe('arrived')
})
