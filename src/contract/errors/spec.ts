// The shapes of the error table. Import-free, like the rest of the table.

/** HTTP statuses the bank answers errors with. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 431 | 500 | 503

/** A default Chinese message for every code of a domain's table, and for nothing else. */
export type ErrorMessages<Table> = { readonly [Code in keyof Table]: string }
