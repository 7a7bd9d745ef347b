/** How a text file leaves the app: saved as a file, or copied for pasting elsewhere. */
export type SaveTextOutcome = { ok: true; how: 'file' | 'clipboard' } | { ok: false }
