// H5: the poster is drawn on a canvas element of our own, never Taro's <Canvas> (whose H5 version
// resets its size on each render), exported as a PNG and shown as an image that the browser's
// long-press menu can save.
import { useEffect, useState } from 'react'
import { Image } from '@tarojs/components'
import type { PosterContext, PosterSurfaceProps } from './types'
import './poster-surface.scss'

const FAILED = '海报生成失败，请重试'

/** Draws `draw` at width×height pixels; resolves the PNG as an object URL. */
async function renderPng(width: number, height: number, draw: (ctx: PosterContext) => void): Promise<string> {
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('no 2d context')
  draw(ctx)
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(URL.createObjectURL(blob)) : reject(new Error('no PNG'))),
      'image/png',
    ),
  )
}

/** The poster as an image; see PosterSurfaceProps. */
export function PosterSurface({ width, height, draw, alt, onReady, onError }: PosterSurfaceProps) {
  const [src, setSrc] = useState<string>()
  useEffect(() => {
    let live = true
    let url: string | undefined
    renderPng(width, height, draw).then(
      (made) => {
        if (!live) return URL.revokeObjectURL(made)
        url = made
        setSrc(made)
        onReady?.({ src: made })
      },
      () => live && onError?.(FAILED),
    )
    return () => {
      live = false
      // The PNG stays in memory until its URL is revoked; the image must not show a revoked URL.
      if (url) URL.revokeObjectURL(url)
      setSrc(undefined)
    }
    // onReady/onError are notifications: a new function from the parent is no reason to draw again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [width, height, draw])
  if (!src) return null
  return <Image className="cc-poster" src={src} mode="widthFix" ariaLabel={alt} nativeProps={{ alt }} />
}
