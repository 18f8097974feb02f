/**
 * Which translations are missing or out of date. Every content collection keeps, beside its texts,
 * the languages its texts exist in and those written before the latest change of the English
 * source (not localized, so no fallback hides a missing translation). Saving changed texts in a
 * language marks it up to date; changing the English texts marks every other existing language
 * out of date. The lists show the state in the language being edited ("Translation" column; empty
 * where the document's sites do not use that language) and filter on it ("Out of date in").
 */
import type { CollectionBeforeChangeHook, CollectionConfig, Field, FieldAccess, FieldHook, PayloadRequest } from 'payload'
import { defaultLocale } from '@victor/shared'
import { localeOptions } from './localeOptions'
import { label, translate } from '../i18n'
import { relationId } from '../utilities/relationId'

/** Written by the hook below only, never through the API or the form. */
const byTrackingOnly: FieldAccess = ({ req }) => req.context?.trackingTranslations === true

/**
 * Names of the localized fields at the top of a collection (inside rows, collapsibles and tabs).
 * A field with `custom: { translationTracking: false }` is localized but not a translation (a
 * site's quick exit destination per language): its change neither marks a language up to date
 * nor leaves the others behind.
 */
function localizedFieldNames(fields: Field[]): string[] {
  return fields.flatMap((field): string[] => {
    if (field.type === 'row' || field.type === 'collapsible') return localizedFieldNames(field.fields)
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? (tab.localized ? [tab.name] : []) : localizedFieldNames(tab.fields)))
    if (field.custom?.translationTracking === false) return []
    return 'name' in field && field.name && 'localized' in field && field.localized ? [field.name] : []
  })
}

const present = (value: unknown) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)

function trackTranslationsHook(textFields: string[]): CollectionBeforeChangeHook {
  return ({ data, originalDoc, req }) => {
    const locale = req.locale
    if (!locale || locale === 'all') return data
    const changed = textFields.filter((name) => name in data && JSON.stringify(data[name] ?? null) !== JSON.stringify(originalDoc?.[name] ?? null))
    if (changed.length === 0) return data
    const previous = (originalDoc?.translation ?? {}) as { translated?: string[] | null; outdated?: string[] | null }
    const translated = new Set(previous.translated ?? [])
    const outdated = new Set(previous.outdated ?? [])
    const hasText = textFields.some((name) => present(name in data ? data[name] : originalDoc?.[name]))
    if (locale === defaultLocale) {
      // A change of the source, not its first writing, leaves the other languages behind.
      if (translated.has(locale)) for (const code of translated) if (code !== locale) outdated.add(code)
    } else {
      outdated.delete(locale)
    }
    if (hasText) translated.add(locale)
    else translated.delete(locale)
    req.context.trackingTranslations = true
    return { ...data, translation: { translated: [...translated].sort(), outdated: [...outdated].filter((code) => translated.has(code)).sort() } }
  }
}

/** The languages of every site, once per request (a list reads many documents). */
export async function siteLocales(req: PayloadRequest): Promise<Map<string, string[]>> {
  const cached = req.context.siteLocales as Map<string, string[]> | undefined
  if (cached) return cached
  const { docs } = await req.payload.find({ collection: 'sites', depth: 0, pagination: false, overrideAccess: true, req })
  const bySite = new Map(docs.map((site) => [String(site.id), (site.enabledLocales ?? []) as string[]]))
  req.context.siteLocales = bySite
  return bySite
}

/** The state of the texts in the language being read, for the list column. */
const stateInLocale: FieldHook = async ({ siblingData, req }) => {
  const { translated = [], outdated = [] } = (siblingData.translation ?? {}) as { translated?: string[]; outdated?: string[] }
  const locale = req.locale
  // Unknown for content written before tracking began, and meaningless for every language at once.
  if (!locale || locale === 'all' || translated.length === 0) return null
  // Content on sites needs only its sites' languages: no "missing" for a language none of them has.
  if (Array.isArray(siblingData.sites) && siblingData.sites.length > 0) {
    const bySite = await siteLocales(req)
    if (!siblingData.sites.some((site: unknown) => bySite.get(String(relationId(site)))?.includes(locale))) return null
  }
  return translationState(req, locale, translated, outdated)
}

export function translationState(req: Pick<PayloadRequest, 't'>, locale: string, translated: string[], outdated: string[]): string {
  if (!translated.includes(locale)) return translate(req.t, 'translationMissing')
  if (locale === defaultLocale) return translate(req.t, 'translationSource')
  return outdated.includes(locale) ? translate(req.t, 'translationOutdated') : translate(req.t, 'translationCurrent')
}

export function trackTranslations(collection: CollectionConfig): CollectionConfig {
  const textFields = localizedFieldNames(collection.fields)
  if (textFields.length === 0) return collection
  const fields: Field[] = [
    {
      name: 'translationState',
      type: 'text',
      virtual: true,
      label: label('translation'),
      admin: { readOnly: true, position: 'sidebar', disableListFilter: true },
      hooks: { afterRead: [stateInLocale] },
    },
    {
      name: 'translation',
      type: 'group',
      label: false,
      admin: { position: 'sidebar', readOnly: true, description: label('translationHelp') },
      access: { create: byTrackingOnly, update: byTrackingOnly },
      fields: [
        { name: 'translated', type: 'select', hasMany: true, options: localeOptions, label: label('translationTranslated') },
        { name: 'outdated', type: 'select', hasMany: true, options: localeOptions, label: label('translationOutdatedIn') },
      ],
    },
  ]
  return {
    ...collection,
    fields: [...collection.fields, ...fields],
    admin: { ...collection.admin, defaultColumns: collection.admin?.defaultColumns ? [...collection.admin.defaultColumns, 'translationState'] : undefined },
    hooks: {
      ...collection.hooks,
      beforeChange: [...(collection.hooks?.beforeChange ?? []), trackTranslationsHook(textFields)],
      // The permission to write the state lasts for this one save (a bulk update saves many).
      afterChange: [...(collection.hooks?.afterChange ?? []), ({ doc, req }) => (delete req.context.trackingTranslations, doc)],
    },
  }
}
