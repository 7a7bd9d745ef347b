// weapp: full brightness and "keep awake" while a code is shown at the till, so a cheap phone's
// scanner reads it; both are put back when the page hides.
import Taro from '@tarojs/taro'

/** Whether this platform turns the brightness up itself. */
export const brightnessAdjustable = true

/** Full brightness and the screen kept on, until the returned release is called. */
export async function holdScreen(): Promise<() => void> {
  let before: number | undefined
  try {
    before = (await Taro.getScreenBrightness()).value
    await Taro.setScreenBrightness({ value: 1 })
  } catch {
    before = undefined
  }
  await Taro.setKeepScreenOn({ keepScreenOn: true }).catch(() => undefined)
  return () => {
    if (before !== undefined) void Taro.setScreenBrightness({ value: before }).catch(() => undefined)
    void Taro.setKeepScreenOn({ keepScreenOn: false }).catch(() => undefined)
  }
}
