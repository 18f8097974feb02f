'use client'
/**
 * A field's error as soon as the form or a save finds it, autosave included, written out in full.
 * Payload shows field errors only after a submit, as a short tooltip; a draft saved every 2 s is
 * not a submit, so an address the site uses itself was refused without a word next to the field.
 * For the fields the CMS checks in drafts too.
 */
import { useField } from '@payloadcms/ui'
import type { FieldErrorClientProps } from 'payload'

export function FieldSaveError({ path }: FieldErrorClientProps) {
  const { valid, errorMessage } = useField({ path })
  if (valid !== false || !errorMessage) return null
  return (
    <p className="victor-field-error" role="alert">
      {errorMessage}
    </p>
  )
}
