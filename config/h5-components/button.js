import { createReactComponent } from '@tarojs/components/lib/react/react-component-lib/index.js'
import { manipulatePropsFunction } from '@tarojs/components/lib/react/helper.js'
import { defineCustomElementTaroButtonCore } from '@tarojs/components/dist/components/index.js'

export const Button = /*@__PURE__*/ createReactComponent(
  'taro-button-core',
  undefined,
  manipulatePropsFunction,
  defineCustomElementTaroButtonCore,
)
