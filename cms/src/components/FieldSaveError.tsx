'use client'
/**
 * A field's error as soon as a save refuses it, autosave included. Payload shows field errors
 * only after a submit; a draft saved every 2 s is not one, so an address the site uses itself
 * was refused without a word next to the field. For the fields the CMS checks in drafts too.
 */
import { FieldError, useField } from '@payloadcms/ui'
import type { FieldErrorClientProps } from 'payload'

export function FieldSaveError({ path }: FieldErrorClientProps) {
  const { valid, errorMessage } = useField({ path })
  return <FieldError path={path} message={errorMessage} showError={valid === false && Boolean(errorMessage)} />
}
