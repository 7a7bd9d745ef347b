import { createReactComponent } from '@tarojs/components/lib/react/react-component-lib/index.js'
import { manipulatePropsFunction } from '@tarojs/components/lib/react/helper.js'
import { defineCustomElementTaroInputCore } from '@tarojs/components/dist/components/index.js'

export const Input = /*@__PURE__*/ createReactComponent(
  'taro-input-core',
  undefined,
  manipulatePropsFunction,
  defineCustomElementTaroInputCore,
)
