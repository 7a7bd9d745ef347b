import { createReactComponent } from '@tarojs/components/lib/react/react-component-lib/index.js'
import { manipulatePropsFunction } from '@tarojs/components/lib/react/helper.js'
import { defineCustomElementTaroSwitchCore } from '@tarojs/components/dist/components/index.js'

export const Switch = /*@__PURE__*/ createReactComponent(
  'taro-switch-core',
  undefined,
  manipulatePropsFunction,
  defineCustomElementTaroSwitchCore,
)
