// Two projects: pure rules and the mock API run in node; components render in jsdom against Taro's H5 runtime.
const path = require('path')

const root = path.resolve(__dirname, '..')
// Packages that ship ES modules only and must go through babel.
const esmPackages = [
  '@tarojs',
  '@nutui',
  '@stencil',
  'lodash-es',
  '@swc/helpers',
  'swiper',
  'ssr-window',
  'dom7',
  'nanoid',
  'style-inject',
  'tslib',
  '\\.pnpm',
  'query-string',
  'decode-uri-component',
  'split-on-first',
  'filter-obj',
  'cookie',
]
const shared = {
  rootDir: root,
  transform: { '^.+\\.m?[jt]sx?$': ['babel-jest', { configFile: path.join(root, 'babel.config.js') }] },
  transformIgnorePatterns: [`node_modules/(?!(${esmPackages.join('|')})/)`, '\\.pnp\\.[^\\/]+$'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
  setupFiles: ['<rootDir>/test/support/env.js'],
}

module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts', '<rootDir>/test/api/**/*.test.ts'],
    },
    {
      ...shared,
      displayName: 'dom',
      testEnvironment: 'jsdom',
      testEnvironmentOptions: { customExportConditions: ['node', 'node-addons'] },
      testMatch: ['<rootDir>/test/integration/**/*.test.ts?(x)'],
      moduleNameMapper: {
        '^@tarojs/taro$': '<rootDir>/test/support/taro-shim.js',
        '^@tarojs/components$': '@tarojs/components/lib/react',
        '\\.(css|scss|sass|less)$': '<rootDir>/test/support/empty-module.js',
        ...shared.moduleNameMapper,
      },
      setupFiles: ['<rootDir>/test/support/env.js', '<rootDir>/test/support/taro-globals.js'],
    },
  ],
}
