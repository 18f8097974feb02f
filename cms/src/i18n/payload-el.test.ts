import { enTranslations } from '@payloadcms/translations/languages/en'
import { describe, expect, it } from 'vitest'

import { el, elTranslations } from './payload-el'

type Tree = { [key: string]: Tree | string }

/** Flattens a nested translations object to { 'namespace.key': value }. */
function flatten(tree: Tree, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (value !== null && typeof value === 'object') Object.assign(out, flatten(value, path))
    else out[path] = value
  }
  return out
}

/** The sorted {{placeholders}} of a string, e.g. ['{{count}}', '{{label}}']. */
const placeholders = (text: string) => (text.match(/\{\{[^}]*\}\}/g) ?? []).sort()

/** The sorted markup tags (<0>, </1>, <a href=...>, <br>) that Payload's <Translation> fills in. */
const tags = (text: string) => (text.match(/<\/?[0-9a-z]+[^>]*>/g) ?? []).sort()

/** Values that are rightly the same in Greek as in English. Keep this list short. */
const sameAsEnglish = new Set(['general.email'])

const en = flatten(enTranslations as unknown as Tree)
const greek = flatten(elTranslations as unknown as Tree)
const enPaths = Object.keys(en)

describe('Greek translation of the Payload admin UI', () => {
  it('has every key of the English translations, each with a non-empty string', () => {
    const missing = enPaths.filter((path) => typeof greek[path] !== 'string' || (greek[path] as string).trim() === '')
    expect(missing).toEqual([])
  })

  it('has no key that English does not have', () => {
    const extra = Object.keys(greek).filter((path) => !(path in en))
    expect(extra).toEqual([])
  })

  it('keeps the same {{placeholders}} in every value', () => {
    const differing = enPaths.filter((path) => typeof greek[path] === 'string' && placeholders(en[path] as string).join() !== placeholders(greek[path] as string).join())
    expect(differing).toEqual([])
  })

  it('keeps the same markup tags in every value', () => {
    const differing = enPaths.filter((path) => typeof greek[path] === 'string' && tags(en[path] as string).join() !== tags(greek[path] as string).join())
    expect(differing).toEqual([])
  })

  it('translates every value except the short allow-list', () => {
    const untranslated = enPaths.filter((path) => greek[path] === en[path] && !sameAsEnglish.has(path))
    expect(untranslated).toEqual([])
    for (const path of sameAsEnglish) expect(greek[path]).toBe(en[path])
  })

  it('names itself in Greek and formats dates in Greek', async () => {
    expect(elTranslations.general.thisLanguage).toBe('Ελληνικά')
    expect(el.translations).toBe(elTranslations)
    const { importDateFNSLocale } = await import('@payloadcms/translations')
    const locale = await importDateFNSLocale(el.dateFNSKey)
    expect(locale?.code).toBe('el')
  })
})
