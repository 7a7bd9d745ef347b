import Taro from '@tarojs/taro'
import { copyText } from './clipboard'

/** Copies the link and says whether it worked (both platforms' share buttons). */
export async function copyLinkWithToast(url: string): Promise<void> {
  const copied = await copyText(url)
  void Taro.showToast({ title: copied ? '已复制' : '复制失败，请长按链接手动复制', icon: 'none' })
}
