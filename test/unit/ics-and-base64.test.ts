import { base64OfAscii } from '@/utils/base64'
import { buildIcs } from '@/utils/ics'

test('base64 matches the standard encoding, padding included', () => {
  for (const text of ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar', '<svg viewBox="0 0 8 8"/>']) {
    expect(base64OfAscii(text)).toBe(Buffer.from(text, 'latin1').toString('base64'))
  }
  expect(() => base64OfAscii('中')).toThrow()
})

test('a booking becomes a calendar event in UTC with escaped text and a reminder', () => {
  const ics = buildIcs(
    {
      uid: 'booking-YY20261130-0001',
      title: '开立个人账户（戴南支行）',
      start: '2026-11-30T08:30:00+08:00',
      end: '2026-11-30T09:00:00+08:00',
      location: '兴化市戴南镇, 示例路 1 号',
      description: '请携带：身份证;银行卡',
      alarmMinutesBefore: 60,
    },
    new Date('2026-11-28T12:00:00Z'),
  )
  const lines = ics.split('\r\n')
  expect(lines).toContain('DTSTART:20261130T003000Z')
  expect(lines).toContain('DTEND:20261130T010000Z')
  expect(lines).toContain('LOCATION:兴化市戴南镇\\, 示例路 1 号')
  expect(lines).toContain('DESCRIPTION:请携带：身份证\\;银行卡')
  expect(lines).toContain('TRIGGER:-PT60M')
  expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
})
