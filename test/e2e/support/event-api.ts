// Events staff publish over the API for a browser test, timed on the mock bank's clock: test files share
// one bank whose clock other files move forward (a loan's months), so the seeded December events may
// already be over when a file runs.
import type { CreateEventRequest, EventDetail } from '@/contract/events'
import { beijingDate } from '@/utils/beijing-time'
import type { bankUser } from './bank-api'
import { mockUrl } from './servers'

/** Publishes an event of `template` in 戴南镇 (the caller is 戴南's staff), `daysAhead` from the bank's today. */
export async function publishEvent(
  staff: Awaited<ReturnType<typeof bankUser>>,
  event: { templateId: string; title: string; capacity: number; daysAhead?: number },
): Promise<EventDetail> {
  const clock = (await (await fetch(`${mockUrl()}/api/v1/dev/clock`)).json()) as { now: string }
  const day = beijingDate(Date.parse(clock.now) + (event.daysAhead ?? 20) * 86_400_000)
  const body: CreateEventRequest = {
    templateId: event.templateId,
    title: event.title,
    town: '戴南镇',
    venue: '戴南村村委会会议室（示例）',
    address: '兴化市戴南镇戴南村（示例地址）',
    start: `${day}T14:00:00+08:00`,
    end: `${day}T16:00:00+08:00`,
    capacity: event.capacity,
  }
  const created = await staff.post<EventDetail>('/staff/events', body)
  if (created.status !== 201) throw new Error(`publishing ${event.title}: ${created.status}`)
  return created.body
}
