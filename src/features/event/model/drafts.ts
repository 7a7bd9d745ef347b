// Copies of the event forms on the device, so an expired session, a refusal or a closed app loses
// nothing typed. Per user: another person on a shared phone never sees them.
import { loadItem, removeItem, saveItem } from '@/platform/storage'
import type { CreateEventValues } from './create-form'
import type { SignupValues } from './signup-form'

// One draft per user and event: a shared phone never shows one person's form to another.
const draftKey = (userId: string, eventId: string) => `event-signup.${userId}.${eventId}`

/** The draft saved for this user and event, if any. */
export const loadSignupDraft = (userId: string, eventId: string) =>
  loadItem<SignupValues>(draftKey(userId, eventId))

/** Keeps what was typed (every change; a failed write is harmless). */
export const saveSignupDraft = (userId: string, eventId: string, values: SignupValues) =>
  void saveItem(draftKey(userId, eventId), values)

/** Forgets the draft once the bank has the sign-up. */
export const clearSignupDraft = (userId: string, eventId: string) => removeItem(draftKey(userId, eventId))

const createDraftKey = (userId: string) => `event-create.${userId}`

/** The draft of this staff member, if any. */
export const loadCreateEventDraft = (userId: string) => loadItem<CreateEventValues>(createDraftKey(userId))

/** Keeps what was typed. */
export const saveCreateEventDraft = (userId: string, values: CreateEventValues) =>
  void saveItem(createDraftKey(userId), values)

/** Forgets the draft once the event is published. */
export const clearCreateEventDraft = (userId: string) => removeItem(createDraftKey(userId))
