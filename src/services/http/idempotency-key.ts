/** A fresh key for one user action; the server replays the first answer for any repeat of it. */
export function createIdempotencyKey(random: () => number = Math.random): string {
  const time = Date.now().toString(36)
  let tail = ''
  while (tail.length < 16) tail += Math.floor(random() * 36).toString(36)
  return `act-${time}-${tail}`
}
