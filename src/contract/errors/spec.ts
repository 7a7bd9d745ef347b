// The shape of one entry of the error table. Import-free, like the rest of the table.

/** HTTP statuses the bank answers errors with. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 431 | 500 | 503

/** One error code: its HTTP status and the default Chinese message (a throw may say more). */
export interface ErrorSpec {
  status: ErrorStatus
  message: string
}
