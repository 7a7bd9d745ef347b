import { useCallback, useState } from 'react'

/** Chinese messages per field, plus `form` for a message about the form as a whole. */
export type FormErrors<V> = Partial<Record<keyof V | 'form', string>>

/**
 * Values and messages of a form. Editing a field clears its message (and the form's), never another
 * field's value: a refusal from the bank leaves everything the user typed in place.
 */
export function useFormState<V extends { [K in keyof V]: string }>(initial: V) {
  const [values, setValues] = useState<V>(initial)
  const [errors, setErrors] = useState<FormErrors<V>>({})

  const change = useCallback(
    (field: keyof V, normalize: (raw: string) => string = (raw) => raw) =>
      (raw: string) => {
        setValues((current) => ({ ...current, [field]: normalize(raw) }))
        setErrors((current) => ({ ...current, [field]: undefined, form: undefined }))
      },
    [],
  )

  const setFieldError = useCallback((field: keyof V | 'form', message: string | undefined) => {
    setErrors((current) => ({ ...current, [field]: message }))
  }, [])

  return { values, errors, setErrors, setFieldError, change }
}
