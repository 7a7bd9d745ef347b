import { useCallback, useEffect, useRef, useState } from 'react'
import type { LoanApplication } from '@/contract/loans'
import { saveApplicationDraft } from '../api/application-steps'
import { resumeDraft } from '../model/draft-merge'
import { clearLocalDraft, loadLocalDraft, saveLocalDraft } from '../model/local-draft'

/** Fields kept on the device only: the card number is sent once, to its own endpoint. */
const LOCAL_ONLY = new Set(['cardNumber'])
/** Quiet time after the last keystroke before the draft goes to the bank. */
const SERVER_SAVE_DELAY_MS = 800

/** Where the bank's copy of the draft stands. */
export type DraftSaveState = 'saved' | 'saving' | 'unsaved'

/**
 * The application form as typed, resumed from the device's copy when the bank never got it, else from
 * the bank's. Every change is written to the device at once and to the bank shortly after; a failed
 * save to the bank is tried again with the next change, or the next time the form opens.
 */
export function useApplicationDraft(application: LoanApplication) {
  const id = application.id
  const editable = application.status === 'draft'
  const [resumed] = useState(() => resumeDraft(loadLocalDraft(id), application.draft))
  const [fields, setFields] = useState<Record<string, string>>(resumed.fields)
  const unsentAtStart = resumed.aheadOfBank && editable
  const [saveState, setSaveState] = useState<DraftSaveState>(unsentAtStart ? 'unsaved' : 'saved')
  const timer = useRef<ReturnType<typeof setTimeout>>()
  const pending = useRef<Record<string, string> | undefined>(unsentAtStart ? resumed.fields : undefined)

  const flush = useCallback(async () => {
    clearTimeout(timer.current)
    const next = pending.current
    if (!next) return
    pending.current = undefined
    setSaveState('saving')
    const shared = Object.fromEntries(Object.entries(next).filter(([key]) => !LOCAL_ONLY.has(key)))
    try {
      await saveApplicationDraft(id, shared)
      if (pending.current) return setSaveState('unsaved')
      saveLocalDraft(id, next, true)
      setSaveState('saved')
    } catch {
      // Keep it for the next change or the next visit.
      pending.current ??= next
      setSaveState('unsaved')
    }
  }, [id])

  const update = useCallback(
    (field: string, value: string) => {
      setFields((current) => {
        const next = { ...current, [field]: value }
        saveLocalDraft(id, next, false)
        if (editable) {
          pending.current = next
          setSaveState('unsaved')
          clearTimeout(timer.current)
          timer.current = setTimeout(() => void flush(), SERVER_SAVE_DELAY_MS)
        }
        return next
      })
    },
    [id, editable, flush],
  )

  /** Drops the saves still to come: the application is being submitted whole, and after that the bank refuses drafts. */
  const settle = useCallback(() => {
    clearTimeout(timer.current)
    pending.current = undefined
  }, [])

  // Once submitted the bank holds the application itself; the device copy (card number too) goes.
  useEffect(() => {
    if (editable) return
    settle()
    clearLocalDraft(id)
  }, [editable, id, settle])

  // Send what the device had ahead of the bank; leaving the page mid-sentence saves what was typed.
  useEffect(() => {
    if (pending.current) void flush()
    return () => void flush()
  }, [flush])

  return { fields, update, saveState, flush, settle }
}
