// The anonymous visitor token the bank gives a device that opens a campaign link before logging in.
// It goes back with later visits and with the sign-up, which binds those visits to the customer.
// Both the event pages and the campaign pages use it, so it lives below the features.
import { hasAcceptedPrivacy } from '@/platform/privacy'
import { loadItem, removeItem, saveItem } from '@/platform/storage'

const KEY = 'campaign.visitor'

/**
 * Until the privacy notice is accepted nothing is written on the phone: the token lives only as long
 * as the app stays open, which still covers opening a link, logging in (where the notice is answered)
 * and signing up.
 */
let unsaved: string | undefined

export function loadVisitorToken(): string | undefined {
  if (unsaved && hasAcceptedPrivacy()) {
    saveItem(KEY, unsaved)
    unsaved = undefined
  }
  return loadItem<string>(KEY) ?? unsaved
}

export function saveVisitorToken(token: string): void {
  if (hasAcceptedPrivacy()) saveItem(KEY, token)
  else unsaved = token
}

/** Once bound by a sign-up the token has done its work; a later customer on this phone starts afresh. */
export function clearVisitorToken(): void {
  unsaved = undefined
  removeItem(KEY)
}
