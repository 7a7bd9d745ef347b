// Lint keeps the house's shape: imports flow pages -> features -> (components, services, platform,
// utils, contract), features never import each other, pure modules import no framework, and the mock
// imports only the contract and pure utils. The rules match resolved paths (relative imports and
// aliases alike), all zones live in the one list below, and test/unit/lint-boundaries.test.ts lints
// probe files to prove each one still fires.
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

const root = import.meta.dirname
const features = readdirSync(path.join(root, 'src/features'))
const subdirs = (dir) =>
  readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${dir}/${entry.name}`)
/** Every page folder: the tab pages and each subpackage's pages. */
const pageFolders = [...subdirs('src/pages'), ...subdirs('src/packages').flatMap(subdirs)]

/** Frameworks that pure modules (rules, schemas, models) must not use. */
const FRAMEWORKS = [
  'node_modules/react',
  'node_modules/@types/react',
  'node_modules/react-dom',
  'node_modules/@tarojs',
  'node_modules/@nutui',
  'node_modules/swr',
]
const PAGES = ['src/pages', 'src/packages']

/** Every import boundary of the project, in one list that no later block overrides. */
export const zones = [
  {
    target: ['src/components', 'src/services', 'src/platform', 'src/utils', 'src/contract', 'src/features'],
    from: PAGES,
    message: 'Pages are leaves: nothing imports a page.',
  },
  ...pageFolders.map((folder) => ({
    target: folder,
    from: PAGES,
    // `except` is relative to each `from`: the page's own folder under its root.
    except: [`./${folder.split('/').slice(2).join('/')}`],
    message: 'Pages are leaves: a page imports no other page.',
  })),
  {
    target: ['src/components', 'src/services', 'src/platform', 'src/utils', 'src/contract', 'src/styles'],
    from: 'src/features',
    message: 'Lower layers never import a feature: move what they need down a level.',
  },
  {
    target: ['src/utils', 'src/contract'],
    from: ['src/components', 'src/services', 'src/platform', 'src/styles'],
    message: 'Rules and the contract are pure: they import only each other.',
  },
  {
    target: 'src/contract',
    from: 'src/utils',
    message: 'The contract is the ground floor: rules in utils build on it, not the other way round.',
  },
  {
    target: ['src/services', 'src/platform'],
    from: 'src/components',
    message: 'Services and platform modules do not render.',
  },
  {
    target: 'src/platform',
    from: 'src/services',
    message: 'A platform module wraps one platform difference and nothing of the app.',
  },
  {
    target: ['src/utils/**', 'src/contract/**', 'src/features/*/model/**'],
    from: FRAMEWORKS,
    message: 'Pure modules use no framework (no React, Taro, NutUI or SWR).',
  },
  ...features.map((feature) => ({
    target: `src/features/${feature}`,
    from: 'src/features',
    except: [`./${feature}`],
    message: 'Features do not import each other; pages compose them, or what they share moves down a level.',
  })),
  {
    target: 'mock',
    from: 'src',
    except: ['./contract', './utils'],
    message: 'The mock is a separate program: it imports src/contract and src/utils only.',
  },
  {
    target: 'mock',
    from: FRAMEWORKS,
    message: 'The mock is a server: no React, Taro or NutUI.',
  },
  {
    target: ['src', 'mock'],
    from: 'test',
    message: 'Nothing ships with test code.',
  },
  {
    target: 'src',
    from: 'mock',
    message: 'The app talks to the bank over HTTP only, never by importing the mock.',
  },
]

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'test/e2e/artifacts/**',
      '**/*.js',
      '!test/**/*.js',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      // Which files import-x may parse to follow imports (its default is .js only, which hides cycles).
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: path.join(root, 'tsconfig.json') }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': ['error', { basePath: root, zones }],
    },
  },
  {
    // Cycles make a module's meaning depend on load order; the app and the mock have none.
    files: ['src/**/*.{ts,tsx}', 'mock/**/*.ts'],
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // CommonJS config files for jest.
    files: ['test/**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
)
