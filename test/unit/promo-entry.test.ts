import { parsePromoEntry } from '@/features/coupon/model/promo-entry'

const link = (text: string) => encodeURIComponent(text)

describe('parsePromoEntry', () => {
  it('reads a mini-program code scene, decoded once', () => {
    expect(parsePromoEntry({ scene: 'P7KD2MXQ' })).toEqual({ code: 'P7KD2MXQ', via: 'scene' })
    expect(parsePromoEntry({ scene: '%20P7KD2MXQ%20' })).toEqual({ code: 'P7KD2MXQ', via: 'scene' })
  })

  it("reads the code after /p/ in an ordinary QR's link (q), with or without a slash, query or fragment", () => {
    for (const text of [
      'https://cc.example-bank.cn/p/P7KD2MXQ',
      'https://cc.example-bank.cn/p/P7KD2MXQ/',
      'https://cc.example-bank.cn/p/P7KD2MXQ?from=counter',
      'https://cc.example-bank.cn/p/P7KD2MXQ/?a=1#top',
      'http://127.0.0.1:10086/p/P7KD2MXQ',
    ]) {
      expect([text, parsePromoEntry({ q: link(text), scancode_time: '1764000000' })]).toEqual([
        text,
        { code: 'P7KD2MXQ', via: 'link' },
      ])
    }
  })

  it('reads the H5 parameter c, and accepts lower case', () => {
    expect(parsePromoEntry({ c: 'P7KD2MXQ' })).toEqual({ code: 'P7KD2MXQ', via: 'h5' })
    expect(parsePromoEntry({ c: 'p7kd2mxq' })).toEqual({ code: 'P7KD2MXQ', via: 'h5' })
    expect(parsePromoEntry({ q: link('https://x.cn/p/p7kd2mxq') })).toEqual({ code: 'P7KD2MXQ', via: 'link' })
  })

  it('decodes exactly once: a doubly encoded value is not a code', () => {
    expect(parsePromoEntry({ c: '%2550%37KD2MXQ' })).toEqual({ error: 'malformed' })
  })

  it('a broken escape is malformed, not a crash', () => {
    expect(parsePromoEntry({ scene: '%E0%A4%A' })).toEqual({ error: 'malformed' })
    expect(parsePromoEntry({ q: '%E0%A4%A' })).toEqual({ error: 'malformed' })
    expect(parsePromoEntry({ c: '%' })).toEqual({ error: 'malformed' })
  })

  it('refuses what is not a code: too short, too long, banned letters, no /p/, wrong path', () => {
    for (const params of [
      { c: 'ZZZZ' },
      { c: 'P7KD2MXQ9' },
      { c: 'P7KD2MXQ'.repeat(5) },
      { c: 'NOPE-0AB' },
      { c: 'P0KD2MXQ' }, // 0 is not in the alphabet
      { c: 'PIKD2MXQ' }, // nor I
      { scene: 'a'.repeat(33) },
      { q: link('https://cc.example-bank.cn/') },
      { q: link('https://cc.example-bank.cn/p/') },
      { q: link('https://cc.example-bank.cn/p/P7KD2MXQ/extra') },
    ]) {
      expect([params, parsePromoEntry(params)]).toEqual([params, { error: 'malformed' }])
    }
  })

  it('nothing to read is missing; scene wins over q', () => {
    expect(parsePromoEntry({})).toEqual({ error: 'missing' })
    expect(parsePromoEntry({ scene: '', q: '' })).toEqual({ error: 'missing' })
    expect(parsePromoEntry({ scene: 'P7KD2MXQ', q: link('https://x.cn/p/ZZZZ2222') })).toEqual({
      code: 'P7KD2MXQ',
      via: 'scene',
    })
  })
})
