import path from 'path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import webpack from 'webpack'
import devConfig from './dev'
import prodConfig from './prod'

/** webpack plugin and arguments that swap one axios adapter module for a stub the app never reaches. */
function stubAxiosAdapter(
  name: 'fetch' | 'xhr',
): [typeof webpack.NormalModuleReplacementPlugin, [RegExp, string]] {
  return [
    webpack.NormalModuleReplacementPlugin,
    [
      new RegExp(`[\\\\/]axios[\\\\/]lib[\\\\/]adapters[\\\\/]${name}\\.js$`),
      path.resolve(__dirname, `stubs/axios-${name}-adapter.js`),
    ],
  ]
}

/** Port of the mock bank API; the H5 dev server proxies /api to it. */
const mockPort = process.env.PORT || '3100'
/**
 * Where the app finds the bank API. Empty on H5 means "same origin" (the dev server or a reverse proxy
 * forwards /api); the mini-program needs an absolute https URL registered as a request domain.
 */
const apiBase =
  process.env.TARO_APP_API_BASE ?? (process.env.TARO_ENV === 'h5' ? '' : `http://127.0.0.1:${mockPort}`)

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'cloud-counter',
    date: '2026-11-28',
    // The app and NutUI are both drawn at 375 wide, so one design px is one CSS px on a 375 phone.
    designWidth: 375,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: {
      'process.env.TARO_APP_API_BASE': JSON.stringify(apiBase),
      'process.env.TARO_APP_BOOKING_REMINDER_TEMPLATE': JSON.stringify(
        process.env.TARO_APP_BOOKING_REMINDER_TEMPLATE ?? '',
      ),
    },
    alias: {
      '@': path.resolve(__dirname, '..', 'src'),
      // NutUI's ConfigProvider needs only camelCase → kebab-case for theme keys (same output for all its keys).
      'lodash.kebabcase$': path.resolve(__dirname, 'stubs/kebab-case.js'),
    },
    framework: 'react',
    compiler: {
      type: 'webpack5',
      // NutUI is imported per component by babel-plugin-import; prebundling it would bypass that.
      prebundle: { exclude: ['@nutui/nutui-react-taro', '@nutui/icons-react-taro'] },
    },
    cache: { enable: false },
    // H5 only: Taro's H5 defaults keep every function name and quote every property key; the mini-program
    // keeps its own defaults.
    ...(process.env.TARO_ENV === 'h5'
      ? {
          terser: {
            enable: true,
            config: {
              keep_fnames: false,
              compress: { passes: 2 },
              output: { quote_keys: false, keep_quoted_props: false },
            },
          },
        }
      : {}),
    mini: {
      // uqr ships ES2022 class fields, which iOS's JavaScriptCore reads only from iOS 14: compile it too.
      compile: { include: [path.resolve(__dirname, '..', 'node_modules/uqr')] },
      // A module only subpackages use goes to each of them, not to main. No `exclude` here: Taro 4.2.1's
      // MiniSplitChunksPlugin leaves a subpackage's scan at the first excluded module (a `return` inside
      // its forEach), so every module after it stayed in main. The paged-list modules are in main anyway:
      // the 优惠 tab pages through its list.
      optimizeMainPackage: { enable: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      miniCssExtractPluginOption: { ignoreOrder: true },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        chain.plugin('axios-without-fetch').use(...stubAxiosAdapter('fetch'))
        // No XMLHttpRequest in the mini-program either: axios always gets the Taro.request adapter there.
        chain.plugin('axios-without-xhr').use(...stubAxiosAdapter('xhr'))
      },
    },
    h5: {
      publicPath: '/',
      // Images stay files (limit: 1 byte; the tab icons are 1.5–2.3 KB each): as base64 inside app.js
      // they would be a third larger and parsed with the code before the first screen.
      imageUrlLoaderOption: { limit: 1 },
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        // NutUI's own px values stay px on H5, as its docs prescribe.
        pxtransform: { enable: true, config: { selectorBlackList: ['nut-'] } },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      devServer: {
        port: Number(process.env.H5_PORT || 10086),
        host: '127.0.0.1',
        proxy: [{ context: ['/api'], target: `http://127.0.0.1:${mockPort}`, changeOrigin: false }],
        // Printed promo links (/p/<code>) and campaign links (/e/<code>) get index.html, whose inline
        // scripts open their landing pages.
        historyApiFallback: { rewrites: [{ from: /^\/[pe]\/[^/.]+\/?$/, to: '/index.html' }] },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        chain.plugin('axios-without-fetch').use(...stubAxiosAdapter('fetch'))
        // One module per Taro component, so a page chunk carries only the components it uses (see the file).
        chain.resolve.alias.set('@tarojs/components$', path.resolve(__dirname, 'h5-components/index.js'))
        chain.module
          .rule('h5-components')
          .test(/[\\/]config[\\/]h5-components[\\/]/)
          .set('sideEffects', false)
        // NutUI's icon barrel is side-effectful only for its stylesheet: without that flag each page chunk
        // links straight to the icons it uses. The stylesheet comes with the entry instead.
        chain.module
          .rule('nutui-icons-barrel')
          .test(/[\\/]@nutui[\\/]icons-react-taro[\\/]dist[\\/]es[\\/]index\.es\.js$/)
          .set('sideEffects', false)
        chain.entry('app').add(require.resolve('@nutui/icons-react-taro/dist/style_icon.css'))
      },
    },
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
