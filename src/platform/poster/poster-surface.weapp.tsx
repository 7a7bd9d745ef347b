// weapp: the poster is drawn on a `Canvas type="2d"` laid out off-screen, exported with
// canvasToTempFilePath at its pixel size and shown as an image (long-press: send, save, favourite).
import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Canvas, Image, View } from '@tarojs/components'
import type { PosterContext, PosterSurfaceProps } from './types'
import './poster-surface.scss'

const FAILED = '海报生成失败，请重试'
/** The canvas node appears after the render reaches the native layer; how long to keep asking. */
const NODE_ATTEMPTS = 10
const NODE_RETRY_MS = 50

let nextId = 0

/** The canvas node by id, once the native layer has it. */
async function canvasNode(id: string): Promise<Taro.Canvas> {
  for (let attempt = 0; attempt < NODE_ATTEMPTS; attempt += 1) {
    const node = await new Promise<Taro.Canvas | undefined>((resolve) =>
      Taro.createSelectorQuery()
        .select(`#${id}`)
        .fields({ node: true, size: true })
        .exec((res) => resolve(res?.[0]?.node as Taro.Canvas | undefined)),
    )
    if (node) return node
    await new Promise((resolve) => setTimeout(resolve, NODE_RETRY_MS))
  }
  throw new Error('canvas node not found')
}

/** Draws on the canvas `id` at width×height pixels; resolves the PNG's temporary file path. */
async function renderPng(
  id: string,
  width: number,
  height: number,
  draw: (ctx: PosterContext) => void,
): Promise<string> {
  const node = await canvasNode(id)
  // The pixel size, not the CSS size: the PNG has exactly these pixels whatever the phone's dpr.
  node.width = width
  node.height = height
  draw(node.getContext('2d') as unknown as PosterContext)
  const { tempFilePath } = await Taro.canvasToTempFilePath({
    canvas: node,
    fileType: 'png',
    destWidth: width,
    destHeight: height,
  })
  return tempFilePath
}

/** The poster as an image; see PosterSurfaceProps. */
export function PosterSurface({ width, height, draw, alt, onReady, onError }: PosterSurfaceProps) {
  const [id] = useState(() => `cc-poster-${(nextId += 1)}`)
  const [src, setSrc] = useState<string>()
  useEffect(() => {
    let live = true
    void Taro.nextTick(() =>
      renderPng(id, width, height, draw).then(
        (made) => {
          if (!live) return
          setSrc(made)
          onReady?.({ src: made })
        },
        () => live && onError?.(FAILED),
      ),
    )
    return () => {
      live = false
    }
    // onReady/onError are notifications: a new function from the parent is no reason to draw again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, width, height, draw])
  return (
    <View>
      <Canvas
        type="2d"
        id={id}
        className="cc-poster-canvas"
        // Half the pixel size, like a 2x screen; it only has to be laid out to be drawn on.
        style={{ width: `${width / 2}px`, height: `${height / 2}px` }}
      />
      {src ? (
        <Image className="cc-poster" src={src} mode="widthFix" showMenuByLongpress ariaLabel={alt} />
      ) : null}
    </View>
  )
}
