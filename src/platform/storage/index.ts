import Taro from '@tarojs/taro'

// Taro's sync storage is wx storage in the mini-program and localStorage on H5; both can throw
// (quota, private mode), and a failed write must never break a page.
const prefix = 'cc.'

/** Reads a JSON value saved by `saveItem`, or undefined. */
export function loadItem<T>(key: string): T | undefined {
  try {
    const raw = Taro.getStorageSync(prefix + key)
    return raw === '' || raw === undefined || raw === null ? undefined : (JSON.parse(raw) as T)
  } catch {
    return undefined
  }
}

/** Saves a JSON value; returns false when the platform refused. */
export function saveItem(key: string, value: unknown): boolean {
  try {
    Taro.setStorageSync(prefix + key, JSON.stringify(value))
    return true
  } catch {
    return false
  }
}

/** Removes a saved value. */
export function removeItem(key: string): void {
  try {
    Taro.removeStorageSync(prefix + key)
  } catch {
    // nothing to remove is as good as removed
  }
}
