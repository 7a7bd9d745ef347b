// The application form as typed, kept on the device too: a reload, a closed app or a failed save
// never loses it. The bank keeps the same draft; see draft-merge for which one wins on resume.
import { loadItem, removeItem, saveItem } from '@/platform/storage'
import type { LocalDraft } from './draft-merge'

const keyOf = (applicationId: string) => `loan-draft.${applicationId}`

export const loadLocalDraft = (applicationId: string) => loadItem<LocalDraft>(keyOf(applicationId))

export function saveLocalDraft(applicationId: string, fields: Record<string, string>, synced: boolean): void {
  saveItem(keyOf(applicationId), { fields, savedAt: new Date().toISOString(), synced } satisfies LocalDraft)
}

export const clearLocalDraft = (applicationId: string) => removeItem(keyOf(applicationId))
