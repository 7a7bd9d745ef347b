// babel-preset-taro switches to CommonJS output when NODE_ENV=test, which jest relies on.
// What the code is compiled for, per build (jest keeps node's targets):
// - H5: the browsers the H5 bundle runs in anyway. Untranspiled dependencies (query-string in
//   @tarojs/router uses `&&=`) already need iOS 14 / Chrome 85, so transpiling our code for older ones
//   would only add helpers and regenerator.
// - weapp: WeChat's JavaScript engines (JavaScriptCore of iOS 12+, WeChat's own V8 on Android) run
//   ES2018, async functions included; project.config.json asks WeChat not to transpile again.
const TARGETS = { h5: { ios: '14', chrome: '85' }, weapp: { ios: '12', chrome: '70' } }
const targets = TARGETS[process.env.TARO_ENV]
module.exports = {
  presets: [
    ['taro', { framework: 'react', ts: true, compiler: 'webpack5', ...(targets ? { targets } : {}) }],
  ],
  plugins: [
    [
      'import',
      {
        libraryName: '@nutui/nutui-react-taro',
        libraryDirectory: 'dist/es/packages',
        // NutUI ships one folder per component, named in lower case, with its CSS beside it.
        camel2DashComponentName: false,
        customName: (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}`,
        customStyleName: (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}/style/css`,
      },
      'nutui-react-taro',
    ],
  ],
}
