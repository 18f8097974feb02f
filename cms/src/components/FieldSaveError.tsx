'use client'
/**
 * A field's error as soon as the form or a save finds it, autosave included, written out in full,
 * and kept until the field changes. Payload shows field errors only after a submit, as a short
 * tooltip, and the form's next round trip marks the field valid again; a draft saved every 2 s is
 * not a submit, so an address the site uses itself was refused without a word next to the field.
 * For the fields the CMS checks in drafts too.
 */
import { useDocumentInfo, useField } from '@payloadcms/ui'
import type { FieldErrorClientProps } from 'payload'

/** The last refusal of each field, by document: the form may re-render the field from scratch. */
const refused = new Map<string, { message: string; value: string }>()

/** The field's last refusal, as long as the value is the one refused. */
export function useSaveError(path: string): string | undefined {
  const { id } = useDocumentInfo()
  const { valid, errorMessage, value } = useField({ path })
  const key = `${id}:${path}`
  const current = JSON.stringify(value ?? null)
  if (valid === false && errorMessage) refused.set(key, { message: errorMessage, value: current })
  else if (refused.get(key)?.value !== current) refused.delete(key)
  return refused.get(key)?.message
}

export function FieldErrorText({ message }: { message?: string }) {
  if (!message) return null
  return (
    <p className="victor-field-error" role="alert">
      {message}
    </p>
  )
}

export function FieldSaveError({ path }: FieldErrorClientProps) {
  return <FieldErrorText message={useSaveError(path ?? '')} />
}
