// Colours and spacing come from styles/_theme.scss only; the palette JavaScript needs says the same.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { palette } from '@/styles/theme'

const SRC = path.resolve(__dirname, '../../src')
const THEME = path.join(SRC, 'styles/_theme.scss')

function files(dir: string, ending: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? files(full, ending) : ending.test(name) ? [full] : []
  })
}

/** `$name: value;` declarations of the theme, e.g. { brand: '#00704a' }. */
const tokens = Object.fromEntries(
  [...readFileSync(THEME, 'utf8').matchAll(/^\$([\w-]+):\s*([^;]+);/gm)].map((m) => [m[1], m[2].trim()]),
)
const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

test('every colour JavaScript uses is the theme colour of the same name', () => {
  for (const [name, value] of Object.entries(palette))
    expect([name, value]).toEqual([name, tokens[kebab(name)]])
  // app.config.ts is read by Taro's build, where defineAppConfig is a global that returns its argument.
  Object.assign(globalThis, { defineAppConfig: (config: unknown) => config })
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { window, tabBar } = require('@/app.config').default as Record<string, Record<string, string>>
  expect(window.navigationBarBackgroundColor).toBe(tokens.brand)
  expect(window.backgroundColor).toBe(tokens['page-bg'])
  expect(tabBar.selectedColor).toBe(tokens.brand)
  expect(tabBar.color).toBe(tokens.text)
  expect(tabBar.backgroundColor).toBe(tokens.surface)
})

test('no stylesheet writes a colour or a spacing of its own', () => {
  const offences: string[] = []
  for (const file of files(SRC, /\.scss$/)) {
    if (file === THEME) continue
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const where = `${path.relative(SRC, file)}:${i + 1}: ${line.trim()}`
        if (/#[0-9a-f]{3,8}\b|rgba?\(/i.test(line)) offences.push(where)
        if (/^\s*(padding|margin|gap)[\w-]*\s*:.*\b[1-9]\d*px/.test(line)) offences.push(where)
      })
  }
  expect(offences).toEqual([])
})

test('no component writes a colour literal', () => {
  const allowed = new Set([path.join(SRC, 'styles/theme.ts'), path.join(SRC, 'app.config.ts')])
  const offences = files(SRC, /\.tsx?$/)
    .filter((file) => !allowed.has(file))
    .filter((file) => /['"]#[0-9a-f]{3,8}['"]/i.test(readFileSync(file, 'utf8')))
  expect(offences).toEqual([])
})
