'use client'
/**
 * A field's error as soon as the form or a save finds it, autosave included, written out in full,
 * and kept until the field changes. Payload shows field errors only after a submit, as a short
 * tooltip, and the form's next round trip marks the field valid again; a draft saved every 2 s is
 * not a submit, so an address the site uses itself was refused without a word next to the field.
 * For the fields the CMS checks in drafts too.
 */
import { useField } from '@payloadcms/ui'
import type { FieldErrorClientProps } from 'payload'
import { useEffect, useState } from 'react'

export function FieldSaveError({ path }: FieldErrorClientProps) {
  const { valid, errorMessage, value } = useField({ path })
  const [shown, setShown] = useState<{ message: string; value: string } | null>(null)
  useEffect(() => {
    const current = JSON.stringify(value ?? null)
    setShown((previous) => (valid === false && errorMessage ? { message: errorMessage, value: current } : previous?.value === current ? previous : null))
  }, [valid, errorMessage, value])
  if (!shown) return null
  return (
    <p className="victor-field-error" role="alert">
      {shown.message}
    </p>
  )
}
