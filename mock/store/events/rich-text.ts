// The bank's sanitiser for event descriptions: js-xss with an allow-list of what WeChat's rich-text
// node shows. Run before a description is stored and again whenever one is served, so a row written
// by anything else (an import, an older release) still reaches no page unsafe. Taro's H5 RichText
// puts the HTML into the page as it is, so this is the only guard.
import { FilterXSS, escapeAttrValue } from 'xss'

/** Tags and the attributes each may keep. */
const ALLOWED: Record<string, string[]> = {
  p: [],
  br: [],
  strong: [],
  b: [],
  em: [],
  i: [],
  u: [],
  span: [],
  ul: [],
  ol: [],
  li: [],
  h3: [],
  h4: [],
  img: ['src', 'alt', 'width', 'height'],
  a: ['href', 'title'],
}

/** Only absolute http(s) URLs: no javascript:, data:, protocol-relative or relative ones. */
const SAFE_URL = /^https?:\/\/[^\s"'<>`]+$/i

const filter = new FilterXSS({
  whiteList: ALLOWED,
  // Anything else is dropped with its tags; these go with everything inside them.
  stripIgnoreTag: true,
  stripIgnoreTagBody: ['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'svg', 'math'],
  allowCommentTag: false,
  css: false,
  onTagAttr: (_tag, name, value) => {
    if (name !== 'src' && name !== 'href') return undefined
    // Entities, control characters and spaces could hide a scheme from the pattern: any of them refuses it.
    const plain = value.replace(/&#x?[0-9a-f]+;?|&colon;|&tab;|&newline;|[\s\u0000-\u001f]/gi, '?')
    return SAFE_URL.test(plain) && plain === value ? `${name}="${escapeAttrValue(value)}"` : ''
  },
  // Attributes outside the list (onerror, onclick, style…) are dropped, never kept escaped.
  onIgnoreTagAttr: () => '',
})

/** The description with only allowed tags, attributes and http(s) URLs left; text is kept. */
export function sanitizeEventHtml(html: string): string {
  return filter.process(html).trim()
}

/** Whether the sanitised HTML shows any text or image at all. */
export function hasVisibleContent(html: string): boolean {
  return /<img\b/i.test(html) || html.replace(/<[^>]*>/g, '').replace(/&nbsp;|\s/g, '').length > 0
}
