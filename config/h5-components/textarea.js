import { createReactComponent } from '@tarojs/components/lib/react/react-component-lib/index.js'
import { manipulatePropsFunction } from '@tarojs/components/lib/react/helper.js'
import { defineCustomElementTaroTextareaCore } from '@tarojs/components/dist/components/index.js'

export const Textarea = /*@__PURE__*/ createReactComponent(
  'taro-textarea-core',
  undefined,
  manipulatePropsFunction,
  defineCustomElementTaroTextareaCore,
)
