import { PRIVACY_VERSION } from '@/contract/constants'
import { loadItem, saveItem } from '@/platform/storage'

// H5: consent is ours alone to record. The mini-program build resolves index.weapp.ts, which also
// answers WeChat's own privacy authorisation.
const key = 'privacy.acceptedVersion'

/** Button props that make the agree button count as WeChat's privacy agreement (none on H5). */
export const agreeButtonProps: { openType?: 'agreePrivacyAuthorization'; id: string } = {
  id: 'privacy-agree',
}

/** Whether the user accepted the current privacy notice on this device. */
export function hasAcceptedPrivacy(): boolean {
  return loadItem<string>(key) === PRIVACY_VERSION
}

/** Records acceptance of the current notice. */
export function acceptPrivacy(): void {
  saveItem(key, PRIVACY_VERSION)
}

/** Records that the user declined; nothing personal may be collected. */
export function declinePrivacy(): void {
  saveItem(key, null)
}

/** Calls `show` whenever the platform needs the user's privacy consent before an API; H5 never does. */
export function watchPrivacyRequests(show: () => void): () => void {
  void show
  return () => undefined
}
