// What ships to phones must hold nothing that unlocks the bank or names its customers: no mock
// secret or its variable, no key, no token, no ID number or phone from the sample data. Scans every
// file of both builds (npm run build:weapp and build:h5 first; CI builds both before this).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { DEVELOPMENT_SECRETS, SECRET_ENV } from '../../mock/config'
import { SEED_CUSTOMERS, SEED_WHITELIST } from '../../mock/seed/households'
import { SEED_MERCHANTS } from '../../mock/seed/merchants'
import { SEED_STAFF } from '../../mock/seed/staff'

const ROOT = path.resolve(__dirname, '../..')
const BUILDS = ['dist/weapp', 'dist/h5']

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name)
    return statSync(file).isDirectory() ? filesUnder(file) : [file]
  })
}

/** Exact strings that must never ship. */
const FORBIDDEN_TEXT: [string, string][] = [
  ...Object.values(DEVELOPMENT_SECRETS).map((secret): [string, string] => [secret, 'a mock secret']),
  ...Object.values(SECRET_ENV).map((name): [string, string] => [name, 'a secret variable name']),
  ...SEED_WHITELIST.map((h): [string, string] => [h.idNumber, `the ID number of ${h.name}`]),
  ...SEED_CUSTOMERS.flatMap((c) =>
    c.idNumber ? [[c.idNumber, 'a sample ID number'] as [string, string]] : [],
  ),
  ...[...SEED_WHITELIST, ...SEED_CUSTOMERS, ...SEED_STAFF, ...SEED_MERCHANTS].map((p): [string, string] => [
    p.phone,
    'a sample phone number',
  ]),
]

/** Shapes of keys and tokens. */
const FORBIDDEN_SHAPES: [RegExp, string][] = [
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, 'a private key'],
  [/\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\./, 'a JSON web token'],
  [/\bBearer [A-Za-z0-9_-]{20,}/, 'a bearer token'],
  [/\bwxmock\.\d+\./, 'a minted WeChat login code'],
  [/\bCC1\.B\.[\w-]+\.\d+\.[\w-]{10,}/, 'a signed check-in code'],
  [/\b(AKIA|LTAI)[0-9A-Za-z]{12,}/, 'a cloud access key'],
]

it.each(BUILDS)('%s ships no secret, key, token or sample personal data', (build) => {
  const dir = path.join(ROOT, build)
  if (!existsSync(dir))
    throw new Error(`${build} is missing: build it first (npm run build:${path.basename(build)}).`)
  const files = filesUnder(dir)
  expect(files.length).toBeGreaterThan(10)
  const found: string[] = []
  for (const file of files) {
    const text = readFileSync(file, 'latin1')
    const where = path.relative(ROOT, file)
    for (const [needle, what] of FORBIDDEN_TEXT) if (text.includes(needle)) found.push(`${where}: ${what}`)
    for (const [shape, what] of FORBIDDEN_SHAPES) if (shape.test(text)) found.push(`${where}: ${what}`)
  }
  expect(found).toEqual([])
})

it('the scan would see a secret if one were bundled', () => {
  // The needles are in the form a bundle holds them: plain ASCII, found in text read as bytes.
  const bundled = `var k="${DEVELOPMENT_SECRETS.qr}";fetch(u,{headers:{authorization:"Bearer ${'x'.repeat(32)}"}})`
  expect(FORBIDDEN_TEXT.some(([needle]) => bundled.includes(needle))).toBe(true)
  expect(FORBIDDEN_SHAPES.some(([shape]) => shape.test(bundled))).toBe(true)
})
