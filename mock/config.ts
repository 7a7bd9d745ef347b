// How one mock bank runs: development (dev tools on, fixed secrets, loopback only) or production
// (dev tools off, every secret from the environment, refused without them).
import { randomBytes } from 'node:crypto'

/** The two ways to run the mock. */
export type MockMode = 'development' | 'production'

/** Secrets of the bank: each signs or keys one thing, and none has a default outside development. */
export interface MockSecrets {
  /** HMAC key of booking check-in QR codes (MOCK_QR_SECRET). */
  qr: string
  /** HMAC key of stored SMS codes and card numbers (MOCK_DATA_SECRET). */
  data: string
}

/** The environment variable of each secret. */
export const SECRET_ENV: Record<keyof MockSecrets, string> = {
  qr: 'MOCK_QR_SECRET',
  data: 'MOCK_DATA_SECRET',
}

/** Development-only secrets: public in this repository, so never used in production mode. */
export const DEVELOPMENT_SECRETS: MockSecrets = {
  qr: 'cloud-counter-mock-qr-secret-dev-only',
  data: 'cloud-counter-mock-data-secret-dev-only',
}

/** Shortest secret production mode accepts (characters). */
const MIN_SECRET_LENGTH = 32

/**
 * The secrets for `mode`: given ones first; in development the fixed development values fill the
 * gaps; in production a missing or short secret is an error that names the variable to set.
 */
export function resolveSecrets(mode: MockMode, given: Partial<MockSecrets> = {}): MockSecrets {
  if (mode === 'development') {
    // An unset environment variable arrives as undefined: it must not blank the development value.
    const set = Object.entries(given).filter(([, value]) => value)
    return { ...DEVELOPMENT_SECRETS, ...Object.fromEntries(set) }
  }
  const problems = (Object.keys(SECRET_ENV) as (keyof MockSecrets)[]).filter(
    (name) => (given[name] ?? '').length < MIN_SECRET_LENGTH,
  )
  if (problems.length) {
    const names = problems.map((name) => SECRET_ENV[name]).join(', ')
    throw new Error(
      `The mock bank refuses to start in production mode without ${names} (at least ${MIN_SECRET_LENGTH} characters each; e.g. \`openssl rand -base64 33\`). ` +
        `For development, run it with MOCK_MODE=development (npm start does).`,
    )
  }
  return given as MockSecrets
}

/** A random secret, for tests that run in production mode. */
export const randomSecret = () => randomBytes(33).toString('base64')

/** True for an address of this machine (dev tools answer only these). */
export function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1'
}
