import { useSyncExternalStore } from 'react'
import { setChromeElderMode } from '@/platform/chrome'
import { loadItem, saveItem } from '@/platform/storage'

const key = 'prefs.elderMode'
let enabled = loadItem<boolean>(key) === true
// The title bar and tab bar are outside every page: they follow elder mode from here.
setChromeElderMode(enabled)
const listeners = new Set<() => void>()

/** Whether elder mode (长辈模式: large text, large targets) is on. */
export function isElderMode(): boolean {
  return enabled
}

/** Turns elder mode on or off and remembers it across launches. */
export function setElderMode(on: boolean): void {
  enabled = on
  saveItem(key, on)
  setChromeElderMode(on)
  listeners.forEach((listener) => listener())
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Elder mode as React state; every page re-renders when it changes. */
export function useElderMode(): boolean {
  return useSyncExternalStore(subscribe, isElderMode, isElderMode)
}
