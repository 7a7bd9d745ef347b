// The H5 share buttons as a visitor meets them: 系统分享 only where the browser has a share sheet,
// 复制链接 always, each saying what happened (closing the sheet says nothing).
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro, { setClipboardData, showToast } from '@tarojs/taro'
import { ShareActions } from '@/platform/share/share-actions'

// The shim's default export is Taro's core without the H5 APIs (a build merges them in); give this
// file the real H5 clipboard and toast.
Object.assign(Taro, { setClipboardData, showToast })

const props = {
  title: '戴南镇客户答谢会',
  text: '邀请亲友一起参加',
  url: 'http://127.0.0.1:10086/e/ABCDEFGH23',
}

/** What Taro's H5 setClipboardData copied (it also keeps the text in storage). */
const copied = () => JSON.parse(localStorage.getItem('taro_clipboard') ?? 'null')?.data

function withShareSheet(share?: jest.Mock) {
  if (share) Object.defineProperty(navigator, 'share', { value: share, configurable: true })
  else Reflect.deleteProperty(navigator, 'share')
}

beforeEach(() => {
  localStorage.clear()
  // jsdom has no execCommand; a browser's answers true when the copy worked.
  document.execCommand = jest.fn(() => true)
})
afterEach(() => withShareSheet())

test('without a share sheet: only 复制链接, which copies the link and says 已复制', async () => {
  withShareSheet()
  render(<ShareActions {...props} />)
  expect(screen.queryByText('系统分享')).toBeNull()
  fireEvent.click(screen.getByText('复制链接'))
  await screen.findByText('已复制')
  expect(copied()).toBe(props.url)
})

test('a failed copy asks the visitor to copy by hand', async () => {
  withShareSheet()
  Reflect.deleteProperty(document, 'execCommand')
  render(<ShareActions {...props} />)
  fireEvent.click(screen.getByText('复制链接'))
  await screen.findByText('复制失败，请长按链接手动复制')
})

test('with a share sheet: 系统分享 hands over the link; a refusal is reported, closing the sheet is not', async () => {
  const share = jest.fn().mockRejectedValueOnce(Object.assign(new Error('x'), { name: 'NotAllowedError' }))
  withShareSheet(share)
  render(<ShareActions {...props} />)
  fireEvent.click(screen.getByText('系统分享'))
  await screen.findByText('无法打开系统分享，请复制链接发送')
  expect(share).toHaveBeenCalledWith({ title: props.title, text: props.text, url: props.url })

  const toast = jest.spyOn(Taro, 'showToast')
  share.mockRejectedValueOnce(Object.assign(new Error('x'), { name: 'AbortError' }))
  fireEvent.click(screen.getByText('系统分享'))
  await waitFor(() => expect(share).toHaveBeenCalledTimes(2))
  await new Promise((resolve) => setTimeout(resolve, 50))
  expect(toast).not.toHaveBeenCalled()
})
