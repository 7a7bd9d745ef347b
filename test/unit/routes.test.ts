import { readFileSync } from 'fs'
import path from 'path'
import { routes, tabRoutes } from '@/routes'

// app.config.ts is evaluated by Taro's build, not importable here: read its page list as text.
const appConfig = readFileSync(path.join(__dirname, '../../src/app.config.ts'), 'utf8')

function declaredPages(): string[] {
  const main = [...appConfig.matchAll(/'(pages\/[^']+)'/g)].map((m) => `/${m[1]}`)
  const subpackages = [...appConfig.matchAll(/root:\s*'([^']+)',\s*pages:\s*\[([^\]]*)\]/g)].flatMap((m) =>
    [...m[2].matchAll(/'([^']+)'/g)].map((page) => `/${m[1]}/${page[1]}`),
  )
  return [...main, ...subpackages]
}

test('every route the app navigates to is a declared page', () => {
  const pages = declaredPages()
  for (const route of Object.values(routes)) expect(pages).toContain(route)
})

test('tab routes are main-package pages, and everything else lives in a subpackage', () => {
  for (const route of tabRoutes) expect(route.startsWith('/pages/')).toBe(true)
  const nonTab = Object.values(routes).filter((route) => !tabRoutes.includes(route))
  for (const route of nonTab) expect(route.startsWith('/packages/')).toBe(true)
})
