import { createReactComponent } from '@tarojs/components/lib/react/react-component-lib/index.js'
import { manipulatePropsFunction } from '@tarojs/components/lib/react/helper.js'
import { defineCustomElementTaroScrollViewCore } from '@tarojs/components/dist/components/index.js'

export const ScrollView = /*@__PURE__*/ createReactComponent(
  'taro-scroll-view-core',
  undefined,
  manipulatePropsFunction,
  defineCustomElementTaroScrollViewCore,
)
