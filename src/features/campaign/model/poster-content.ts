// The words of a sharer's poster, from their link: what, when, where, who invites, and the QR's link.
import type { CampaignLink } from '@/contract/campaign'
import { eventTimeText } from '@/utils/event-time'
import type { PosterContent } from './poster-layout'

export const BANK_LINE = '农商银行 · 云柜台'

/** `typeName`: the event's kind (答谢会…); products are 产品推荐. */
export function posterContentOf(link: CampaignLink, typeName?: string): PosterContent {
  const event = link.kind === 'event'
  return {
    bankLine: BANK_LINE,
    typeName: event ? (typeName ?? '活动邀请') : '产品推荐',
    title: link.title,
    timeText:
      link.start && link.end ? eventTimeText({ start: link.start, end: link.end }) : (link.aprText ?? ''),
    placeText: link.place ?? '',
    sharerText: `邀请人：${link.sharerName}`,
    link: link.link,
    footnote: event ? '扫码查看活动详情并报名 · 报名免费' : '扫码查看产品详情 · 客户经理上门服务',
    sampleNote: '示例数据',
  }
}
