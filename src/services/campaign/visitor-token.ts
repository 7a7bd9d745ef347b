// The anonymous visitor token the bank gives a device that opens a campaign link before logging in.
// It goes back with later visits and with the sign-up, which binds those visits to the customer.
// Both the event pages and the campaign pages use it, so it lives below the features.
import { loadItem, removeItem, saveItem } from '@/platform/storage'

const KEY = 'campaign.visitor'

export const loadVisitorToken = (): string | undefined => loadItem<string>(KEY)
export const saveVisitorToken = (token: string): void => void saveItem(KEY, token)
/** Once bound by a sign-up the token has done its work; a later customer on this phone starts afresh. */
export const clearVisitorToken = (): void => removeItem(KEY)
