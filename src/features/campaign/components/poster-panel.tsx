import { useCallback, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { InlineError } from '@/components/inline-error'
import { posterSaveHint, posterSaveLabel, savePoster, type PosterContext } from '@/platform/poster'
import { PosterSurface } from '@/platform/poster/poster-surface'
import { drawPoster } from '../model/draw-poster'
import { POSTER, type PosterContent } from '../model/poster-layout'
import './poster-panel.scss'

/** The invitation poster for `content`, drawn on the phone, with a way to keep it. */
export function PosterPanel({ content }: { content: PosterContent }) {
  const [src, setSrc] = useState<string>()
  const [error, setError] = useState<string>()
  const [saving, setSaving] = useState(false)
  const draw = useCallback((ctx: PosterContext) => drawPoster(ctx, content), [content])

  const save = async () => {
    if (!src) return
    setSaving(true)
    // savePoster tells the user how it went (and asks for the album permission on weapp).
    await savePoster(src)
    setSaving(false)
  }

  return (
    <View className="cc-poster-panel">
      <PosterSurface
        width={POSTER.width}
        height={POSTER.height}
        draw={draw}
        alt="邀请海报"
        onReady={(result) => {
          setError(undefined)
          setSrc(result.src)
        }}
        onError={setError}
      />
      <InlineError message={error} />
      <Button type="primary" block disabled={!src} loading={saving} onClick={() => void save()}>
        {posterSaveLabel}
      </Button>
      <Text className="cc-poster-panel__hint">{posterSaveHint}</Text>
    </View>
  )
}
