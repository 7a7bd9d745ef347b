import {
  POSTER,
  POSTER_FONTS,
  type PosterContent,
  type PosterText,
  layoutPoster,
  wrapText,
} from '@/features/campaign/model/poster-layout'

/** One em per character, as a CJK font measures: 'ab' is 2 wide. */
const ems = (text: string) => Array.from(text).length

describe('wrapText', () => {
  it('keeps a short text on one line', () => {
    expect(wrapText('戴南答谢会', 10, ems, 2)).toEqual(['戴南答谢会'])
  })

  it('breaks Chinese text between any two characters', () => {
    expect(wrapText('一二三四五六七八', 3, ems, 3)).toEqual(['一二三', '四五六', '七八'])
  })

  it('fills exactly the last line without an ellipsis', () => {
    expect(wrapText('一二三四五六', 3, ems, 2)).toEqual(['一二三', '四五六'])
  })

  it('ends the last line with … when text is left over, still within the width', () => {
    const lines = wrapText('一二三四五六七', 3, ems, 2)
    expect(lines).toEqual(['一二三', '四五…'])
    for (const line of lines) expect(ems(line)).toBeLessThanOrEqual(3)
  })

  it('cuts one line with … when only one line is allowed', () => {
    expect(wrapText('扫码查看活动详情并报名', 6, ems, 1)).toEqual(['扫码查看活…'])
  })

  it('does not start a line with the space it broke at, and folds runs of white space', () => {
    expect(wrapText('ab  cd\nef', 3, ems, 3)).toEqual(['ab', 'cd', 'ef'])
  })

  it('keeps a surrogate pair (an emoji or a rare hanzi) in one piece', () => {
    expect(wrapText('𠀀𠀁𠀂', 2, ems, 1)).toEqual(['𠀀…'])
  })

  it('uses the measured widths, not character counts', () => {
    // Latin letters half as wide as hanzi: four letters fit where two hanzi do.
    const measure = (text: string) => Array.from(text).reduce((w, c) => w + (/[a-z]/.test(c) ? 0.5 : 1), 0)
    expect(wrapText('abcd一二三', 2, measure, 3)).toEqual(['abcd', '一二', '三'])
  })

  it('gives no lines for an empty text', () => {
    expect(wrapText('  ', 5, ems, 2)).toEqual([])
  })
})

const content: PosterContent = {
  bankLine: '兴化农商银行 · 云柜台',
  typeName: '客户答谢会',
  title: '戴南镇客户答谢会',
  timeText: '12月12日（周六）14:00–16:30',
  placeText: '戴南镇 戴南支行三楼会议室',
  sharerText: '邀请人：张伟（戴南支行）',
  link: 'http://127.0.0.1:10086/e/ABCDEFGH23',
  footnote: '扫码查看活动详情并报名 · 报名免费',
  sampleNote: '示例数据',
}

/** As a CJK system font measures: a hanzi is one em, a Latin letter or digit half of one. */
const measure = (font: string, text: string) =>
  Number(/(\d+)px/.exec(font)![1]) *
  Array.from(text).reduce((w, c) => w + (/[\x20-\x7e]/.test(c) ? 0.5 : 1), 0)

const texts = (c: PosterContent) =>
  layoutPoster(c, measure).shapes.filter((s): s is PosterText => s.kind === 'text')

describe('layoutPoster', () => {
  it('places every field once, inside the poster', () => {
    const lines = texts(content)
    expect(lines.map((t) => t.text)).toEqual([
      content.bankLine,
      content.typeName,
      content.title,
      `时间：${content.timeText}`,
      `地点：${content.placeText}`,
      content.sharerText,
      content.footnote,
      content.sampleNote,
    ])
    for (const line of lines) {
      const width = measure(line.font, line.text)
      const left = line.align === 'center' ? line.x - width / 2 : line.x
      expect(left).toBeGreaterThanOrEqual(POSTER.margin)
      expect(left + width).toBeLessThanOrEqual(POSTER.width - POSTER.margin)
      expect(line.y).toBeGreaterThan(0)
      expect(line.y).toBeLessThan(POSTER.height)
    }
  })

  it('wraps a long title onto two lines ending in …', () => {
    const title = '戴南镇二〇二六年度重点客户答谢会暨整村授信政策宣讲会（第一场，请携带身份证）'
    const lines = texts({ ...content, title }).filter((t) => t.font === POSTER_FONTS.title)
    expect(lines.map((t) => t.y)).toEqual([270, 328])
    expect(lines[1].text.endsWith('…')).toBe(true)
    // 654 px at 44 px a character: 14 characters a line; the second keeps 13 and the ellipsis.
    expect(lines[0].text).toBe(title.slice(0, 14))
    expect(lines[1].text).toBe(`${title.slice(14, 27)}…`)
  })

  it('sizes the type tag to its name', () => {
    const tag = layoutPoster(content, measure).shapes.find((s) => s.kind === 'rect' && s.y === 116)
    expect(tag).toMatchObject({ x: POSTER.margin, width: 26 * 5 + 32, height: 52 })
  })

  it('draws no sample note when there is none', () => {
    expect(texts({ ...content, sampleNote: '' }).map((t) => t.text)).not.toContain('示例数据')
  })
})
