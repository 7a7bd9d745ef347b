import { createReactComponent } from '@tarojs/components/lib/react/react-component-lib/index.js'
import { manipulatePropsFunction } from '@tarojs/components/lib/react/helper.js'
import { defineCustomElementTaroTextCore } from '@tarojs/components/dist/components/index.js'

export const Text = /*@__PURE__*/ createReactComponent(
  'taro-text-core',
  undefined,
  manipulatePropsFunction,
  defineCustomElementTaroTextCore,
)
