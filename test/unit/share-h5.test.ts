import Taro from '@tarojs/taro'
import { copyText, shareViaSystem, useShareMenus, webShareAvailable } from '@/platform/share'

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { setClipboardData: jest.fn() } }))

const content = {
  title: '戴南镇客户答谢会',
  text: '邀请亲友一起参加',
  url: 'http://127.0.0.1:10086/e/ABCDEFGH23',
}

/** Puts a navigator with (or without) `share` on the global object, as a browser would have it. */
function browserWith(share?: (data: ShareData) => Promise<void>) {
  Object.defineProperty(globalThis, 'navigator', {
    value: share ? { share } : {},
    configurable: true,
    writable: true,
  })
}

const abort = () => Object.assign(new Error('Share canceled'), { name: 'AbortError' })

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'navigator')
})

describe('shareViaSystem (H5)', () => {
  it("hands title, text and link to the browser's share sheet and answers 'shared'", async () => {
    const share = jest.fn(async (_data: ShareData) => undefined)
    browserWith(share)
    expect(webShareAvailable()).toBe(true)
    await expect(shareViaSystem(content)).resolves.toBe('shared')
    expect(share).toHaveBeenCalledWith({ title: content.title, text: content.text, url: content.url })
  })

  it("answers 'cancelled' when the user closes the sheet (AbortError)", async () => {
    browserWith(() => Promise.reject(abort()))
    await expect(shareViaSystem(content)).resolves.toBe('cancelled')
  })

  it("answers 'failed' for any other refusal", async () => {
    browserWith(() => Promise.reject(Object.assign(new Error('not allowed'), { name: 'NotAllowedError' })))
    await expect(shareViaSystem(content)).resolves.toBe('failed')
    browserWith(() => Promise.reject('odd'))
    await expect(shareViaSystem(content)).resolves.toBe('failed')
  })

  it("is not offered where the browser has no share sheet, and answers 'failed' if called", async () => {
    browserWith()
    expect(webShareAvailable()).toBe(false)
    await expect(shareViaSystem(content)).resolves.toBe('failed')
    Reflect.deleteProperty(globalThis, 'navigator')
    expect(webShareAvailable()).toBe(false)
  })
})

describe('copyText', () => {
  const setClipboardData = Taro.setClipboardData as unknown as jest.Mock

  it('copies through Taro and answers true', async () => {
    setClipboardData.mockResolvedValueOnce({ errMsg: 'setClipboardData:ok' })
    await expect(copyText(content.url)).resolves.toBe(true)
    expect(setClipboardData).toHaveBeenLastCalledWith({ data: content.url })
  })

  it('answers false when the copy fails', async () => {
    setClipboardData.mockRejectedValueOnce({ errMsg: 'setClipboardData:fail' })
    await expect(copyText(content.url)).resolves.toBe(false)
  })
})

describe('useShareMenus (H5)', () => {
  it('registers nothing: callable outside a page, without any Taro hook', () => {
    expect(() =>
      useShareMenus({ title: content.title, path: '/packages/event/detail/index?id=e1', query: 'id=e1' }),
    ).not.toThrow()
  })
})
