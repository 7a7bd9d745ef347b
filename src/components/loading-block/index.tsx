import { View } from '@tarojs/components'
import { Loading } from '@nutui/nutui-react-taro'
import './index.scss'

/** A centred spinner with a Chinese caption, for a page or a section that is still loading. */
export function LoadingBlock({ text = '正在加载…' }: { text?: string }) {
  return (
    <View className="cc-loading-block">
      <Loading>{text}</Loading>
    </View>
  )
}
