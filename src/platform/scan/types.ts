/** What a scan gave: the code's text, or why there is none. */
export type ScanResult = { ok: true; text: string } | { ok: false; reason: 'cancelled' | 'unsupported' }
