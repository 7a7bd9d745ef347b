// Durations as the timeline shows them. Pure.

/** "3分12秒": how long the way to the money took. */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds}秒`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes}分${seconds % 60}秒`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return `${hours}小时${minutes % 60}分`
  return `${Math.floor(hours / 24)}天${hours % 24}小时`
}
