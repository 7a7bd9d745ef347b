import Taro from '@tarojs/taro'
import { PRIVACY_VERSION } from '@/contract/constants'
import { loadItem, saveItem } from '@/platform/storage'

type Resolve = (option: { event: 'exposureAuthorization' | 'agree' | 'disagree'; buttonId?: string }) => void

const key = 'privacy.acceptedVersion'
const agreeButtonId = 'privacy-agree'
// WeChat holds the privacy-protected API call pending until we resolve its request.
let pending: Resolve | undefined

/** The agree button must carry WeChat's open-type so WeChat records the agreement too. */
export const agreeButtonProps: { openType?: 'agreePrivacyAuthorization'; id: string } = {
  openType: 'agreePrivacyAuthorization',
  id: agreeButtonId,
}

/** Whether the user accepted the current privacy notice on this device. */
export function hasAcceptedPrivacy(): boolean {
  return loadItem<string>(key) === PRIVACY_VERSION
}

/** Records acceptance and lets a pending WeChat privacy request go on. */
export function acceptPrivacy(): void {
  saveItem(key, PRIVACY_VERSION)
  pending?.({ event: 'agree', buttonId: agreeButtonId })
  pending = undefined
}

/** Records refusal; a pending WeChat privacy request fails. */
export function declinePrivacy(): void {
  saveItem(key, null)
  pending?.({ event: 'disagree' })
  pending = undefined
}

/** Shows our notice whenever WeChat needs consent before a privacy-protected API. */
export function watchPrivacyRequests(show: () => void): () => void {
  if (typeof Taro.onNeedPrivacyAuthorization !== 'function') return () => undefined
  Taro.onNeedPrivacyAuthorization((resolve: Resolve) => {
    pending = resolve
    resolve({ event: 'exposureAuthorization' })
    show()
  })
  return () => {
    pending = undefined
  }
}
