import type { ApiError, ApiErrorCode } from './api-error'

/** Where a form shows the bank's refusals. */
export interface ErrorPlacement<F extends string> {
  /** The bank's field name (details.fields[].field) → the form field that shows its message. */
  fields?: Readonly<Record<string, F>>
  /** Error codes whose message belongs at a form field rather than under the form. */
  codes?: Readonly<Partial<Record<ApiErrorCode, F>>>
}

/**
 * The bank's refusal as messages next to the form's fields: field messages first, then a code's
 * message at its field; anything the form cannot place goes to `form`.
 */
export function formErrorsFromApi<F extends string>(
  error: ApiError,
  placement: ErrorPlacement<F>,
): Partial<Record<F | 'form', string>> {
  const placed: Partial<Record<F | 'form', string>> = {}
  for (const [name, message] of Object.entries(error.fieldErrors)) {
    const field = placement.fields?.[name]
    if (field && !placed[field]) placed[field] = message
  }
  if (Object.keys(placed).length === 0) placed[placement.codes?.[error.code] ?? 'form'] = error.message
  return placed
}
