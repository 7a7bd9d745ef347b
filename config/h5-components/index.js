// H5: @tarojs/components, with one module per component the app uses.
// Taro's own library (lib/react/components.js) defines every wrapper in one module, so each page chunk
// that imports any component gets every component used anywhere in the app (webpack keeps the exports
// used by any chunk). Re-exported from one module each, a page carries only what it uses. The wrappers
// are made exactly as lib/react/components.js makes them; everything else comes from it unchanged.
export * from '@tarojs/components/lib/react/components.js'
export { View } from './view.js'
export { Text } from './text.js'
export { Button } from './button.js'
export { Image } from './image.js'
export { Input } from './input.js'
export { Textarea } from './textarea.js'
export { ScrollView } from './scroll-view.js'
export { Switch } from './switch.js'
