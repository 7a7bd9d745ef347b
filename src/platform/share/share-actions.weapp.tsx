// weapp: the share button sends the chat card of the page's onShareAppMessage (the page config needs
// enableShareAppMessage); the timeline is only reachable from the "···" menu, hence the hint.
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { CopyLinkButton } from './copy-link'
import type { ShareActionsProps } from './types'
import './share-actions.scss'

/** The share buttons under a link. */
export function ShareActions({ url }: ShareActionsProps) {
  return (
    <View className="cc-share-actions">
      <Button type="primary" block openType="share">
        发给朋友
      </Button>
      <CopyLinkButton url={url} />
      <Text className="cc-share-actions__hint">分享到朋友圈：点击右上角「···」</Text>
    </View>
  )
}
