// H5: the browser's share sheet where it has one (mobile browsers), and "copy link" always.
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { CopyLinkButton } from './copy-link'
import { shareViaSystem, webShareAvailable } from './index'
import type { ShareActionsProps } from './types'
import './share-actions.scss'

/** The share buttons under a link. */
export function ShareActions({ title, text, url }: ShareActionsProps) {
  async function share() {
    // Closing the sheet is the user's choice: nothing to say. Only a real failure gets a message.
    if ((await shareViaSystem({ title, text, url })) === 'failed') {
      void Taro.showToast({ title: '无法打开系统分享，请复制链接发送', icon: 'none' })
    }
  }
  return (
    <View className="cc-share-actions">
      {webShareAvailable() ? (
        <Button type="primary" block onClick={() => void share()}>
          系统分享
        </Button>
      ) : null}
      <CopyLinkButton url={url} />
    </View>
  )
}
