/**
 * Publishing one language on its own. The admin's main Publish button publishes the language being
 * edited ("Publish in Arabic", `localization.defaultLocalePublishOption: 'active'`); publishing every
 * language is the choice beside it. Payload's `publishSpecificLocale` lays that language's draft over
 * the last published version, so the other languages keep the text they were last published with
 * (a language never published stays off the sites) and their drafts stay drafts. Settings that are
 * not localized (sites, role, campaign) go live with any language's publish.
 *
 * Payload's experimental `localizeStatus` is not used: see the CMS README ("Publishing one language").
 */
import { getLatestCollectionVersion, type CollectionBeforeOperationHook, type CollectionSlug, type FlattenedField, type PayloadRequest } from 'payload'
import type { DocFields as Doc } from '../export/snapshotForms'
import { keepingLocale } from '../utilities/keepingLocale'

const PUBLISHING_LANGUAGE = 'publishingLanguage'

/** Remembers, for the hooks of this save, which language it publishes on its own (none: every language). */
export const recordPublishingLanguage: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' || operation === 'update') req.context[PUBLISHING_LANGUAGE] = (args as { publishSpecificLocale?: string }).publishSpecificLocale || undefined
  return args
}

/** The one language this save publishes, or undefined when it publishes every language (or is a draft). */
export const publishingLanguage = (req: PayloadRequest): string | undefined => req.context[PUBLISHING_LANGUAGE] as string | undefined

/** A document's latest version, every language: the last published one (none when it never was), or the latest drafts. */
async function latestVersion(req: PayloadRequest, collection: CollectionSlug, id: number | string, published: boolean): Promise<Doc | undefined> {
  const config = req.payload.collections[collection].config
  return keepingLocale(req, async () => {
    req.locale = 'all'
    return (await getLatestCollectionVersion({ id, config, payload: req.payload, published, query: { collection, locale: 'all', req, where: { id: { equals: id } } }, req })) as Doc | undefined
  })
}

export const lastPublished = (req: PayloadRequest, collection: CollectionSlug, id: number | string) => latestVersion(req, collection, id, true)
export const latestDrafts = (req: PayloadRequest, collection: CollectionSlug, id: number | string) => latestVersion(req, collection, id, false)

/**
 * `doc` with every language but `locale` taken from `published` (none there: left out), as a
 * publish of `locale` alone puts it live. Localized fields and groups are followed.
 */
export function otherLanguagesFrom<T extends Doc>(fields: FlattenedField[], doc: T, published: Doc | undefined, locale: string): T {
  const out: Doc = { ...doc }
  for (const field of fields) {
    if ('localized' in field && field.localized) {
      const mine = (doc[field.name] ?? {}) as Doc
      const others = { ...((published?.[field.name] ?? {}) as Doc) }
      delete others[locale]
      out[field.name] = locale in mine ? { ...others, [locale]: mine[locale] } : others
    } else if (field.type === 'group' && doc[field.name] && typeof doc[field.name] === 'object') {
      out[field.name] = otherLanguagesFrom(field.flattenedFields, doc[field.name], published?.[field.name], locale)
    }
  }
  return out as T
}

/** `doc` without the texts of `locale` (a language withdrawn from the sites). */
export function withoutLanguage<T extends Doc>(fields: FlattenedField[], doc: T, locale: string): T {
  const out: Doc = { ...doc }
  for (const field of fields) {
    if ('localized' in field && field.localized) {
      const values = { ...((doc[field.name] ?? {}) as Doc) }
      delete values[locale]
      out[field.name] = values
    } else if (field.type === 'group' && doc[field.name] && typeof doc[field.name] === 'object') {
      out[field.name] = withoutLanguage(field.flattenedFields, doc[field.name], locale)
    }
  }
  return out as T
}

/** The localized values of `locale` in `doc`, for comparing one language of two versions. */
export function languageValues(fields: FlattenedField[], doc: Doc | undefined, locale: string): Doc {
  const out: Doc = {}
  for (const field of fields) {
    if ('localized' in field && field.localized) {
      const value = (doc?.[field.name] as Doc | undefined)?.[locale]
      if (value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)) out[field.name] = value
    } else if (field.type === 'group') {
      const inner = languageValues(field.flattenedFields, doc?.[field.name], locale)
      if (Object.keys(inner).length) out[field.name] = inner
    }
  }
  return out
}
