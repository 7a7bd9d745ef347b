// Every simulated phone has its own network address, as real phones do behind the carrier's gateway:
// the bank limits SMS codes per caller, so a suite of phones sharing 127.0.0.1 would look like one
// abusive caller. The preview server, playing the gateway, passes the address on in X-Forwarded-For.
import { randomInt } from 'node:crypto'

/** A fresh private address, e.g. 10.23.7.191 (random, so test files never share one). */
export function phoneAddress(): string {
  return `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`
}

/** Headers that make a request come from `address`. */
export const fromAddress = (address: string) => ({ 'x-forwarded-for': address })
