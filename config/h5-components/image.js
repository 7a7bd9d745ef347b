import { createReactComponent } from '@tarojs/components/lib/react/react-component-lib/index.js'
import { manipulatePropsFunction } from '@tarojs/components/lib/react/helper.js'
import { defineCustomElementTaroImageCore } from '@tarojs/components/dist/components/index.js'

export const Image = /*@__PURE__*/ createReactComponent(
  'taro-image-core',
  undefined,
  manipulatePropsFunction,
  defineCustomElementTaroImageCore,
)
