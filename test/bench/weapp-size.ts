// Mini-program package sizes as WeChat counts them: the sum of file bytes per package.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/** One package's size. */
export interface PackageSize {
  /** 'main' or the subpackage root, e.g. 'packages/auth'. */
  name: string
  bytes: number
  files: number
}

/** Sizes of a weapp build. */
export interface WeappSizes {
  main: PackageSize
  subpackages: PackageSize[]
  totalBytes: number
}

/** WeChat's limits: 2 MB per package (main or sub), 20 MB for the whole app. */
export const WEAPP_PACKAGE_LIMIT = 2 * 1024 * 1024
export const WEAPP_TOTAL_LIMIT = 20 * 1024 * 1024

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return listFiles(full, base)
    return entry.isFile() ? [path.relative(base, full).split(path.sep).join('/')] : []
  })
}

/** Reads `app.json` subPackages (or `subpackages`) roots, without trailing slashes. */
function subpackageRoots(dir: string): string[] {
  const appJson = JSON.parse(readFileSync(path.join(dir, 'app.json'), 'utf8')) as {
    subPackages?: { root: string }[]
    subpackages?: { root: string }[]
  }
  return (appJson.subPackages ?? appJson.subpackages ?? []).map((p) => p.root.replace(/^\/+|\/+$/g, ''))
}

/** Measures dist/weapp: every file under a subpackage root counts for it, everything else for main. */
export function measureWeapp(dir: string): WeappSizes {
  const roots = subpackageRoots(dir)
  const sizes = new Map<string, PackageSize>([['main', { name: 'main', bytes: 0, files: 0 }]])
  for (const root of roots) sizes.set(root, { name: root, bytes: 0, files: 0 })
  for (const file of listFiles(dir)) {
    const owner = roots.find((root) => file.startsWith(`${root}/`)) ?? 'main'
    const size = sizes.get(owner)!
    size.bytes += statSync(path.join(dir, file)).size
    size.files += 1
  }
  const all = [...sizes.values()]
  return {
    main: sizes.get('main')!,
    subpackages: all.slice(1),
    totalBytes: all.reduce((sum, p) => sum + p.bytes, 0),
  }
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1)
const share = (bytes: number, limit: number) => `${((bytes / limit) * 100).toFixed(1)} %`

/** Markdown table: package, files, KB, share of WeChat's limit. */
export function weappTable(sizes: WeappSizes): string {
  const row = (p: PackageSize, label: string) =>
    `| ${label} | ${p.files} | ${kb(p.bytes)} | ${share(p.bytes, WEAPP_PACKAGE_LIMIT)} of 2 MB |`
  const files = sizes.main.files + sizes.subpackages.reduce((sum, p) => sum + p.files, 0)
  return [
    '| weapp package | files | KB | of limit |',
    '| --- | ---: | ---: | ---: |',
    row(sizes.main, 'main'),
    ...sizes.subpackages.map((p) => row(p, `sub: ${p.name}`)),
    `| **total** | ${files} | **${kb(sizes.totalBytes)}** | ${share(sizes.totalBytes, WEAPP_TOTAL_LIMIT)} of 20 MB |`,
  ].join('\n')
}
