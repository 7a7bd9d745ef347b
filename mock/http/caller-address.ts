// Who is asking, for limits that count callers: the client address as the gateway reports it, in one
// spelling per address (an IPv4 address written as IPv6 is the IPv4 address), with a whole IPv6 /64
// as one caller (one home or phone gets a /64), and the network around it (IPv4 /24, IPv6 /48) for
// limits that look at many callers together.
import { isIPv4, isIPv6 } from 'node:net'

/** A caller and its network, as limit keys. */
export interface CallerAddress {
  /** e.g. "v4:10.0.0.7", "v6:2001:db8:1:1::/64" */
  caller: string
  /** e.g. "v4:10.0.0.0/24", "v6:2001:db8:1::/48" */
  network: string
}

/** The eight 16-bit groups of an IPv6 address (valid input only). */
function ipv6Groups(address: string): number[] {
  const [head, tail] = address.includes('::') ? address.split('::') : [address, undefined]
  const parse = (part: string) => (part ? part.split(':') : [])
  let left = parse(head)
  let right = tail === undefined ? [] : parse(tail)
  // An embedded IPv4 tail (::ffff:10.0.0.1) is two groups.
  const last = (right.length ? right : left).at(-1)
  if (last && last.includes('.')) {
    const [a, b, c, d] = last.split('.').map(Number)
    const groups = [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)]
    if (right.length) right = [...right.slice(0, -1), ...groups]
    else left = [...left.slice(0, -1), ...groups]
  }
  const missing = 8 - left.length - right.length
  return [...left, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...right].map((g) =>
    parseInt(g, 16),
  )
}

const hex = (groups: number[]) => groups.map((g) => g.toString(16)).join(':')

/** The limit keys of `ip`; an address that is not one (a misconfigured gateway) stands for itself. */
export function callerAddress(ip: string): CallerAddress {
  const address = ip.trim().toLowerCase()
  if (isIPv4(address)) {
    return { caller: `v4:${address}`, network: `v4:${address.split('.').slice(0, 3).join('.')}.0/24` }
  }
  if (isIPv6(address)) {
    const groups = ipv6Groups(address)
    // ::ffff:a.b.c.d (and its hex spelling) is an IPv4 caller.
    if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
      const v4 = [groups[6] >> 8, groups[6] & 255, groups[7] >> 8, groups[7] & 255].join('.')
      return callerAddress(v4)
    }
    return { caller: `v6:${hex(groups.slice(0, 4))}::/64`, network: `v6:${hex(groups.slice(0, 3))}::/48` }
  }
  return { caller: `raw:${address}`, network: `raw:${address}` }
}
