import { useMemo } from 'react'
import { Image, View } from '@tarojs/components'
import { renderSVG } from 'uqr'
import { base64OfAscii } from '@/utils/base64'
import './index.scss'

/** Props of a QR code. */
export interface QrCodeProps {
  value: string
  /** What the code is, for screen readers. */
  label: string
  /** Edge length in design px (375 wide). */
  size?: number
}

/** A QR code drawn as an SVG image: the same pixels on H5 and in the mini-program, no canvas needed. */
export function QrCode({ value, label, size = 200 }: QrCodeProps) {
  const src = useMemo(
    () =>
      `data:image/svg+xml;base64,${base64OfAscii(renderSVG(value, { ecc: 'M', border: 2, pixelSize: 8 }))}`,
    [value],
  )
  return (
    <View className="cc-qr" style={{ width: `${size}px`, height: `${size}px` }}>
      <Image
        className="cc-qr__image"
        src={src}
        mode="aspectFit"
        ariaLabel={label}
        nativeProps={{ alt: label }}
      />
    </View>
  )
}
