// The import rules must keep firing: each probe below breaks one boundary and lint must say so (and a
// legal import must pass), so a config change that quietly disables a rule fails here.
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '../..')
const BOUNDARY = 'import-x/no-restricted-paths'
const CYCLE_DIR = 'src/utils/lint-probe-cycle'

/** [what it tries, where the file sits, its code] */
const probes: [string, string, string][] = [
  [
    'a feature importing another feature by relative path',
    'src/features/loan/components/probe.tsx',
    "export { useBooking } from '../../counter/api/get-booking'",
  ],
  [
    'a feature importing another feature by alias',
    'src/features/loan/components/probe.tsx',
    "export { useBooking } from '@/features/counter/api/get-booking'",
  ],
  ['a model importing Taro', 'src/features/loan/model/probe.ts', "export { default } from '@tarojs/taro'"],
  ['a rule importing React', 'src/utils/probe.ts', "export { useState } from 'react'"],
  [
    'the mock importing src/services',
    'mock/store/probe.ts',
    "export { apiClient } from '../../src/services/http/client'",
  ],
  [
    'a component importing a feature',
    'src/components/probe.tsx',
    "export * from '@/features/loan/components/loan-teaser'",
  ],
  [
    'a feature importing a page',
    'src/features/counter/probe.ts',
    "export { default } from '@/packages/counter/book/index'",
  ],
  ['a page importing another page', 'src/pages/me/probe.ts', "export { default } from '../home/index'"],
  ['the app importing the mock', 'src/services/probe.ts', "export { buildApp } from '../../mock/server'"],
  ['the contract importing a service', 'src/contract/probe.ts', "export * from '../services/http/api-error'"],
  ['the contract importing a rule', 'src/contract/probe.ts', "export * from '../utils/money'"],
]
const legal = [
  'src/features/loan/components/probe.tsx',
  "export { callApi } from '@/services/http/client'\nexport { formatFen } from '../../../utils/money'\n",
]
const cycle = [`${CYCLE_DIR}/a.ts`, "import { b } from './b'\nexport const a = () => b()\n"]

// ESLint loads its (ES module) config with a dynamic import, which Jest's module system refuses:
// lint every probe in one plain Node process with ESLint's own API.
const LINT_SCRIPT = `
  import { ESLint } from 'eslint'
  const probes = JSON.parse(process.argv[1])
  const eslint = new ESLint({ cwd: process.cwd() })
  const fired = []
  for (const [file, code] of probes) {
    const [result] = await eslint.lintText(code, { filePath: file })
    fired.push(result.messages.map((m) => m.ruleId ?? m.message))
  }
  process.stdout.write(JSON.stringify(fired))
`

let fired: string[][] = []
beforeAll(() => {
  const dir = path.join(ROOT, CYCLE_DIR)
  mkdirSync(dir, { recursive: true })
  try {
    writeFileSync(path.join(ROOT, cycle[0]), cycle[1])
    writeFileSync(path.join(dir, 'b.ts'), "import { a } from './a'\nexport const b = () => a()\n")
    const all = [...probes.map(([, file, code]) => [file, code]), legal, cycle]
    const input = JSON.stringify(all.map(([file, code]) => [path.join(ROOT, file), code]))
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', LINT_SCRIPT, input], {
      cwd: ROOT,
      encoding: 'utf8',
    })
    fired = JSON.parse(output) as string[][]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}, 120_000)

test.each(probes.map(([what], index) => [what, index] as const))('%s is reported', (_, index) => {
  expect(fired[index]).toContain(BOUNDARY)
})

test('an import that goes the right way passes', () => {
  expect(fired[probes.length]).toEqual([])
})

test('an import cycle is reported', () => {
  expect(fired[probes.length + 1]).toContain('import-x/no-cycle')
})
