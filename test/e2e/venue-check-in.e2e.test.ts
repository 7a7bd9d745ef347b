// Check-in by the venue's code, as at the door: a staff member of the host branch shows the venue code
// on their phone; an attendee, with the camera held up to it, taps 扫描现场签到码 on the event page
// and is checked in; the code read off the staff screen is what the camera films.
import type { Browser } from 'playwright-core'
import type { EventSignup } from '@/contract/events'
import { bankUser } from './support/bank-api'
import { checkA11y, newPhonePage } from './support/browser'
import { publishEvent } from './support/event-api'
import { browserFilming } from './support/fake-camera'
import { phoneLoggedIn } from './support/journeys'
import { advanceMockClock } from './support/mock-process'
import { decodeQrScreenshot } from './support/qr-decode'
import { mockUrl } from './support/servers'
import { button, currentPage, openAt, tap, text } from './support/ui'

jest.setTimeout(120_000)

const staffPhone = '13900000110' // 周军, 戴南支行
const attendeePhone = '13900000482' // a new customer of this file alone

let camera: Browser | undefined
afterAll(async () => {
  await camera?.close()
})

test('an attendee scans the venue code a host-branch staff member shows, and is checked in', async () => {
  const staff = await bankUser(staffPhone)
  const event = await publishEvent(staff, {
    templateId: 'et_thank_you',
    title: '戴南扫码签到答谢会',
    capacity: 20,
    daysAhead: 1,
  })
  const attendee = await bankUser(attendeePhone)
  const signedUp = await attendee.post<EventSignup>(`/events/${event.id}/signups`, {
    name: '孔令华',
    village: '戴南村',
    partySize: 1,
  })
  expect(signedUp.status).toBe(201)
  // Half an hour before the start, on the bank's clock: check-in is open.
  const clock = (await (await fetch(`${mockUrl()}/api/v1/dev/clock`)).json()) as { now: string }
  await advanceMockClock(
    mockUrl(),
    Math.round((Date.parse(event.start) - 30 * 60_000 - Date.parse(clock.now)) / 1000),
  )

  const staffPage = await phoneLoggedIn(staffPhone)
  await tap(button(staffPage, '活动签到'))
  await tap(currentPage(staffPage).getByText('戴南扫码签到答谢会', { exact: true }))
  await tap(button(staffPage, '出示现场签到码'))
  await text(staffPage, '二维码每分钟自动更新，截图转发无效').waitFor()
  await checkA11y(staffPage, 'venue code')
  const token = await decodeQrScreenshot(currentPage(staffPage).getByRole('img', { name: '现场签到二维码' }))
  expect(token).toMatch(new RegExp(`^CC1\\.V\\.${event.id}\\.\\d+\\.[A-Za-z0-9_-]{22}$`))

  // The attendee's camera films the code on the staff phone.
  camera = await browserFilming(token)
  const page = await newPhonePage(camera)
  await page.context().grantPermissions(['camera'])
  await phoneLoggedIn(attendeePhone, page)
  await openAt(page, `/#/packages/event/detail/index?id=${event.id}`)
  await text(page, '我的报名：已报名（1人）').waitFor()
  await tap(button(page, '扫描现场签到码'))
  await text(page, '我的报名：已签到（1人）').waitFor()
})
