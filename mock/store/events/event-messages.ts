// What the message centre tells a customer about their sign-up: a place came free for them.
import { formatBeijing } from '../../../src/utils/beijing-format'
import type { Db } from '../db'
import { addMessage } from '../messages/messages'
import type { EventRow } from './events'

/** 候补成功: the waitlisted party now has its places. */
export function notifyPromoted(
  db: Db,
  signup: { id: string; user_id: string; party_size: number },
  event: EventRow,
  nowMs: number,
): void {
  const when = formatBeijing(new Date(event.start_at).toISOString(), 'M月D日 HH:mm')
  addMessage(
    db,
    {
      userId: signup.user_id,
      kind: 'event',
      title: '候补成功，已为您报名',
      body:
        `「${event.title}」有名额空出，您已从候补转为报名成功（${signup.party_size}人）。` +
        `${when}，${event.venue}，请凭签到码入场。`,
      link: { type: 'event', id: event.id },
      dedupeKey: `event-promoted:${signup.id}`,
    },
    nowMs,
  )
}
