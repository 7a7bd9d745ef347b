// H5: a page cannot set the screen's brightness; it can ask the browser to keep the screen on while
// a code is shown (Screen Wake Lock), where the browser has it.

/** Whether this platform turns the brightness up itself (H5 asks the user instead). */
export const brightnessAdjustable = false

interface WakeLockSentinelLike {
  release: () => Promise<void>
}

/** Keeps the screen on until the returned release is called. */
export async function holdScreen(): Promise<() => void> {
  const wakeLock = (
    navigator as Navigator & {
      wakeLock?: { request: (type: 'screen') => Promise<WakeLockSentinelLike> }
    }
  ).wakeLock
  try {
    const sentinel = await wakeLock?.request('screen')
    return () => void sentinel?.release().catch(() => undefined)
  } catch {
    // Refused (battery saver, a hidden page): the code still shows, the screen may dim.
    return () => undefined
  }
}
