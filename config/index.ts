import path from 'path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import devConfig from './dev'
import prodConfig from './prod'

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
    alias: { '@': path.resolve(__dirname, '..', 'src') },
    framework: 'react',
    compiler: {
      type: 'webpack5',
      // NutUI is imported per component by babel-plugin-import; prebundling it would bypass that.
      prebundle: { exclude: ['@nutui/nutui-react-taro', '@nutui/icons-react-taro'] },
    },
    cache: { enable: false },
    mini: {
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
      },
    },
    h5: {
      publicPath: '/',
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
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
      },
    },
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
