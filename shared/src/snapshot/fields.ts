/** The building blocks of the snapshot contract's schemas (schema.ts, blocks/). */
import { z } from 'zod'
import { localeCodes, type LocaleCode } from '../locales'

export const locale = z.enum(localeCodes as [LocaleCode, ...LocaleCode[]])
export const id = z.string().min(1)
export const text = z.string().min(1)
export const isoDate = z.iso.date()
export const webAddress = z.url({ protocol: /^https?$/ })
export const richHtml = z.string().describe('Sanitised HTML rendered from the CMS rich text')
/** A text per locale; a locale without a translation is absent, never filled by a fallback. */
export const localized = <T extends z.ZodType>(schema: T) => z.partialRecord(locale, schema)
/** The texts of something a site shows: in one of the site's languages at least. */
export const translated = <T extends z.ZodType>(schema: T) => localized(schema).refine((value) => Object.keys(value).length > 0, "has no text in any of the site's languages")

/** A document of another list of the snapshot that a block refers to, and where. */
export interface Reference {
  list: 'media' | 'helplines' | 'resources'
  id: string | null
  path: (string | number)[]
}
