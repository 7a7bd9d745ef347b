import { useEffect, useRef, useState } from 'react'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { copyText } from './clipboard'

/** How long the line under 复制链接 stays. */
const NOTE_MS = 3000

/**
 * Copies the link and says how it went in a line next to the button (both platforms' share
 * buttons). A line rather than a toast: the toast sat over the next button and swallowed its tap.
 */
function useCopyLink(url: string): { copy: () => Promise<void>; note: string | undefined } {
  const [note, setNote] = useState<string>()
  const timer = useRef<ReturnType<typeof setTimeout>>()
  useEffect(() => () => clearTimeout(timer.current), [])
  const copy = async () => {
    const copied = await copyText(url)
    setNote(copied ? '已复制' : '复制失败，请长按链接手动复制')
    clearTimeout(timer.current)
    timer.current = setTimeout(() => setNote(undefined), NOTE_MS)
  }
  return { copy, note }
}

/** 复制链接, and under it how the copy went (both platforms' share buttons). */
export function CopyLinkButton({ url }: { url: string }) {
  const { copy, note } = useCopyLink(url)
  return (
    <>
      <Button type="primary" fill="outline" block onClick={() => void copy()}>
        复制链接
      </Button>
      {note ? (
        <View className="cc-share-actions__note" role="status">
          {note}
        </View>
      ) : null}
    </>
  )
}
