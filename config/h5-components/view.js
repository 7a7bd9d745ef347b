import { createReactComponent } from '@tarojs/components/lib/react/react-component-lib/index.js'
import { manipulatePropsFunction } from '@tarojs/components/lib/react/helper.js'
import { defineCustomElementTaroViewCore } from '@tarojs/components/dist/components/index.js'

export const View = /*@__PURE__*/ createReactComponent(
  'taro-view-core',
  undefined,
  manipulatePropsFunction,
  defineCustomElementTaroViewCore,
)
