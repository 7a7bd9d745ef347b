// Browser tests: the built H5 app (dist/h5) against the mock bank, driven by Debian Chromium.
const path = require('path')

const root = path.resolve(__dirname, '../..')

module.exports = {
  rootDir: root,
  displayName: 'e2e',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
  transform: { '^.+\\.[jt]sx?$': ['babel-jest', { configFile: path.join(root, 'babel.config.js') }] },
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
  setupFiles: ['<rootDir>/test/support/env.js'],
  setupFilesAfterEnv: ['<rootDir>/test/e2e/support/after-env.ts'],
  globalSetup: '<rootDir>/test/e2e/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/e2e/support/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 1,
}
