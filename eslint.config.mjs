// Lint keeps the house's shape: imports flow pages -> features -> (components, services, platform, utils, contract).
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

const features = ['auth', 'counter', 'inbox', 'loan', 'profile', 'referral', 'staff']

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
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/pages/**', '**/packages/**'],
              message: 'Pages are leaves: nothing imports a page.',
            },
          ],
        },
      ],
    },
  },
  {
    // The lower layers never reach up.
    files: ['src/{components,services,platform,utils,contract,styles}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/*', '@/pages/*', '@/packages/*'],
              message: 'Lower layers must not import features or pages.',
            },
          ],
        },
      ],
    },
  },
  {
    // Pure modules: no React, no Taro.
    files: ['src/{utils,contract}/**/*.ts', 'src/features/*/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', '@tarojs/taro', '@tarojs/components'],
          patterns: [{ group: ['@/features/*', '@/pages/*'] }],
        },
      ],
    },
  },
  {
    // The mock is a separate program: it may use the contract and pure utils, never the app.
    files: ['mock/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', '@tarojs/taro', '@tarojs/components'],
          patterns: [
            {
              group: [
                '@/features/*',
                '@/pages/*',
                '@/packages/*',
                '@/services/*',
                '@/platform/*',
                '@/components/*',
              ],
              message: 'mock/ imports src/contract and src/utils only.',
            },
          ],
        },
      ],
    },
  },
  // No feature imports another feature.
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: features.filter((f) => f !== feature).map((f) => `@/features/${f}/*`),
              message: 'Features do not import each other; move what they share down a level.',
            },
          ],
        },
      ],
    },
  })),
  {
    // CommonJS config files for jest.
    files: ['test/**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
)
