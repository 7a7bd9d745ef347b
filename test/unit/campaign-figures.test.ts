import type { CampaignDay } from '@/contract/campaign'
import { parseCampaignEntry } from '@/features/campaign/model/campaign-entry'
import { dailyChart, scaleTop } from '@/features/campaign/model/daily-chart'
import { figuresText } from '@/features/campaign/model/figures-words'
import { eventShare } from '@/features/campaign/model/share-content'

const CODE = 'ZW2DANPQ3K'

describe('parseCampaignEntry', () => {
  it('reads r from a chat card, or from a timeline post when the page says it is one', () => {
    expect(parseCampaignEntry({ id: 'ev_1', r: CODE })).toEqual({ code: CODE, via: 'share' })
    expect(parseCampaignEntry({ id: 'ev_1', r: CODE }, true)).toEqual({ code: CODE, via: 'timeline' })
  })

  it('reads scene, the code after /e/ in an ordinary QR link (q), and the H5 redirect (c), each decoded once', () => {
    expect(parseCampaignEntry({ scene: CODE })).toEqual({ code: CODE, via: 'scene' })
    const q = encodeURIComponent(`https://cc.example-bank.cn/e/${CODE}/?from=poster`)
    expect(parseCampaignEntry({ q })).toEqual({ code: CODE, via: 'link' })
    expect(parseCampaignEntry({ c: CODE.toLowerCase() })).toEqual({ code: CODE, via: 'h5' })
    // Encoded twice stays encoded once: '%25' decodes to '%', which is not a code character.
    expect(parseCampaignEntry({ c: encodeURIComponent(encodeURIComponent(`${CODE}?`)) })).toEqual({
      error: 'malformed',
    })
  })

  it('drops what cannot be a campaign code without asking the bank: promo codes, promo links, broken escapes', () => {
    expect(parseCampaignEntry({ c: 'P7KD2MXQ' })).toEqual({ error: 'malformed' })
    expect(parseCampaignEntry({ q: encodeURIComponent(`https://x.cn/p/${CODE}`) })).toEqual({
      error: 'malformed',
    })
    expect(parseCampaignEntry({ r: '%E0%A4%A' })).toEqual({ error: 'malformed' })
    expect(parseCampaignEntry({ r: 'ZW2DANPQ30' })).toEqual({ error: 'malformed' })
    expect(parseCampaignEntry({ id: 'ev_1' })).toEqual({ error: 'missing' })
  })
})

describe('eventShare', () => {
  const event = { id: 'ev_dainan_thanks', title: '戴南答谢会' }

  it('carries the sharer code in the chat path and the timeline query (a timeline share has no path of its own)', () => {
    const link = {
      weappPath: `/packages/event/detail/index?id=ev_dainan_thanks&r=${CODE}`,
      timelineQuery: `id=ev_dainan_thanks&r=${CODE}`,
    } as Parameters<typeof eventShare>[1]
    expect(eventShare(event, link)).toEqual({
      title: '戴南答谢会',
      path: `/packages/event/detail/index?id=ev_dainan_thanks&r=${CODE}`,
      query: `id=ev_dainan_thanks&r=${CODE}`,
    })
  })

  it('shares the plain event without a link', () => {
    expect(eventShare(event)).toEqual({
      title: '戴南答谢会',
      path: '/packages/event/detail/index?id=ev_dainan_thanks',
      query: 'id=ev_dainan_thanks',
    })
  })
})

const day = (date: string, visits: number, signups = 0, checkIns = 0): CampaignDay => ({
  date,
  visits,
  signups,
  checkIns,
  conversions: 0,
})

describe('dailyChart', () => {
  it('draws bars in proportion on a round scale, and nothing for a zero', () => {
    const { bars, svg } = dailyChart([
      day('2026-11-20', 10, 5),
      day('2026-11-21', 0),
      day('2026-11-22', 3, 0, 1),
    ])
    expect(scaleTop(10)).toBe(10)
    const height = (date: string, key: string) => bars.find((b) => b.date === date && b.key === key)!.height
    expect(height('2026-11-20', 'signups') / height('2026-11-20', 'visits')).toBeCloseTo(0.5)
    expect(height('2026-11-22', 'visits') / height('2026-11-20', 'visits')).toBeCloseTo(0.3)
    expect(bars.filter((b) => b.date === '2026-11-21')).toEqual([])
    expect(bars).toHaveLength(4)
    expect(svg).toContain('>11/22<')
    // The chart travels as base64 of ASCII: no Chinese inside the SVG.
    expect(/^[\x20-\x7e]*$/.test(svg)).toBe(true)
  })

  it('keeps a small scale for small figures and rounds up large ones', () => {
    expect(scaleTop(0)).toBe(4)
    expect(scaleTop(3)).toBe(4)
    expect(scaleTop(7)).toBe(7)
    expect(scaleTop(23)).toBe(30)
    expect(scaleTop(101)).toBe(200)
  })
})

describe('figuresText', () => {
  it('reads figures in the order the table shows them', () => {
    expect(figuresText({ visits: 3, signups: 1, checkIns: 0, conversions: 2 })).toBe(
      '访问3 报名1 签到0 转化2',
    )
  })
})
