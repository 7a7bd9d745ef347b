/**
 * What WeChat's share menus send: `path` opens the page from a chat card; a timeline post always
 * reopens the current page and carries only `query` (WeChat's timeline share has no path).
 */
export interface ShareMenuContent {
  title: string
  /** Page path with its query, for the chat card: `/packages/…/index?id=…`. */
  path: string
  /** The current page's query string without `?`, for the timeline post: `id=…&r=…`. */
  query: string
  imageUrl?: string
}

/** What the browser's share sheet sends. */
export interface SystemShareContent {
  title: string
  text: string
  url: string
}

/** How a system share ended: 'cancelled' is the user closing the sheet, which is not an error. */
export type SystemShareOutcome = 'shared' | 'cancelled' | 'failed'

/** Props of the share buttons. */
export interface ShareActionsProps {
  title: string
  text: string
  /** The link that is copied and shared. */
  url: string
}
