import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { ScrollView, Text, View } from '@tarojs/components'
import { Button, Popup } from '@nutui/nutui-react-taro'
import type { LoanDocument } from '@/contract/loans'
import { InlineError } from '@/components/inline-error'
import './document-reader.scss'

/** Props of the document reader. */
export interface DocumentReaderProps {
  document: LoanDocument | undefined
  agreeing: boolean
  /** Why the bank refused the agreement, shown by the button (the page behind is covered). */
  error?: string
  onAgree: (document: LoanDocument) => void
  onClose: () => void
}

/** Slack in px: a scroll that stops this close to the end counts as read to the end. */
const END_SLACK_PX = 24

/**
 * The whole text of one authorisation. "同意" only becomes active once the text was scrolled to its end
 * (or fits on the screen): an authorisation nobody could have read is not consent.
 */
export function DocumentReader({ document, agreeing, error, onAgree, onClose }: DocumentReaderProps) {
  const [readToEnd, setReadToEnd] = useState(false)
  // A new version of the same document has to be read again.
  const id = document ? `${document.id}@${document.version}` : undefined

  useEffect(() => {
    setReadToEnd(false)
    if (!id) return undefined
    // A text short enough to show whole has no end to scroll to.
    const timer = setTimeout(() => {
      Taro.createSelectorQuery()
        .select('.cc-doc-reader__scroll')
        .boundingClientRect()
        .select('.cc-doc-reader__text')
        .boundingClientRect()
        .exec((rects: ({ height: number } | null)[]) => {
          const [frame, text] = rects
          if (frame && text && text.height <= frame.height + END_SLACK_PX) setReadToEnd(true)
        })
    }, 300)
    return () => clearTimeout(timer)
  }, [id])

  return (
    <Popup
      visible={Boolean(document)}
      position="bottom"
      round
      closeable
      title={document?.title}
      onClose={onClose}
      className="cc-doc-reader"
    >
      {document ? (
        <View className="cc-doc-reader__body">
          <ScrollView
            className="cc-doc-reader__scroll"
            data-testid="document-scroll"
            scrollY
            lowerThreshold={END_SLACK_PX}
            onScrollToLower={() => setReadToEnd(true)}
          >
            <View className="cc-doc-reader__text">
              <Text className="cc-doc-reader__version">版本 {document.version}</Text>
              {document.paragraphs.map((paragraph, index) => (
                <Text key={index} className="cc-doc-reader__paragraph">
                  {paragraph}
                </Text>
              ))}
              <Text className="cc-doc-reader__end">— 全文完 —</Text>
            </View>
          </ScrollView>
          <View className="cc-doc-reader__hint" role="status">
            {readToEnd ? '您已阅读全文' : '请滑动阅读至全文末尾后再同意'}
          </View>
          <InlineError message={error} />
          <Button
            type="primary"
            size="large"
            block
            disabled={!readToEnd}
            // NutUI only styles a disabled button and Taro's H5 button has no role: tell screen readers both.
            {...({ role: 'button', ariaDisabled: !readToEnd } as object)}
            loading={agreeing}
            onClick={() => readToEnd && onAgree(document)}
          >
            {readToEnd ? '我已阅读并同意' : '请先阅读全文'}
          </Button>
        </View>
      ) : null}
    </Popup>
  )
}
