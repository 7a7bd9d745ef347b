import { useCallback, useEffect, useState } from 'react'

/** Seconds left until `start(n)` runs out; ticks once a second. */
export function useCountdown(): { secondsLeft: number; start: (seconds: number) => void } {
  const [endsAt, setEndsAt] = useState(0)
  const [now, setNow] = useState(() => Date.now())

  useEffect(() => {
    if (endsAt <= now) return undefined
    const timer = setTimeout(() => setNow(Date.now()), 1000)
    return () => clearTimeout(timer)
  }, [endsAt, now])

  const start = useCallback((seconds: number) => {
    const current = Date.now()
    setNow(current)
    setEndsAt(current + seconds * 1000)
  }, [])

  return { secondsLeft: Math.max(0, Math.ceil((endsAt - now) / 1000)), start }
}
