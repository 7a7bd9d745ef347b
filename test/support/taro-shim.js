// @tarojs/taro for jsdom tests: the H5 implementation, with React registered for Taro's page hooks.
const React = require('react')
const ReactDOM = require('react-dom')
const { createH5NativeComponentConfig } = require('@tarojs/plugin-framework-react/dist/runtime')
const taroH5 = require('@tarojs/taro-h5')
const runtime = require('@tarojs/plugin-framework-react/dist/runtime')

createH5NativeComponentConfig(null, React, ReactDOM)

const Taro = taroH5.default || taroH5
module.exports = {
  ...taroH5,
  ...runtime,
  default: Taro,
  __esModule: true,
}
