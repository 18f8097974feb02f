'use client'
/**
 * The slug's own rules checked as the person types, before any save (the shape; for a page, the
 * paths the sites use themselves; a home page's slug is only a name), then what the last save
 * said (a slug another page already has, which needs the database).
 */
import { useDocumentInfo, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import type { FieldErrorClientProps } from 'payload'
import { slugProblem } from '../fields/slugRules'
import { FieldErrorText, useSaveError } from './FieldSaveError'

export function SlugError({ path = 'slug' }: FieldErrorClientProps) {
  const { collectionSlug } = useDocumentInfo()
  const { value } = useField<string>({ path })
  const role = useFormFields(([fields]) => fields.role?.value)
  const { t } = useTranslation()
  const saveError = useSaveError(path)
  // Pages live at the site's root, beside the site's own paths; news and campaigns do not.
  const problem = slugProblem(value, { reservedPaths: collectionSlug === 'pages' && role !== 'home' })
  const message = problem ? (t as unknown as (key: string, vars: object) => string)(`victor:${problem.key}`, problem.vars) : saveError
  return <FieldErrorText message={message} />
}
