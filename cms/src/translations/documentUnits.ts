/**
 * A CMS document as translation units for one target language, and the way back: the checked targets of a
 * returned XLIFF file saved into that language. Pure but for `saveTargets`, which writes through the Local API
 * as the importing person.
 *
 * What is translated: every localized text, textarea and rich text field (also inside groups and tabs), and
 * the localized `layout` blocks: the English blocks are walked, with their text, textarea, rich text and
 * arrays of those. Fields with `custom: { translationTracking: false }` are localized but not translations,
 * hidden fields are computed (a helpline's picker label): neither is exported.
 */
import crypto from 'node:crypto'
import { t as payloadT, type TFunction } from '@payloadcms/translations'
import { en } from '@payloadcms/translations/languages/en'
import { defaultLocale } from '@victor/shared'
import type { Block, CollectionSlug, Field, Payload, PayloadRequest } from 'payload'
import { victorTranslations } from '../i18n'
import { applyRichTextTargets, type InlineNode, inlineCodes, richTextFieldUnits, richTextUnits, type TranslationUnit, textUnit, unitId, type UnitNotes } from './xliff'

/** The collections whose texts are translated (all have translation tracking). */
/**
 * The collections with drafts: an import is saved as a draft and never published. Resources, helplines,
 * partners and information desks have no drafts (a save is live at once), so they are not in XLIFF yet.
 */
export const TRANSLATED_COLLECTIONS = ['pages', 'campaigns', 'news'] as const
export type TranslatedCollection = (typeof TRANSLATED_COLLECTIONS)[number]
export const isTranslatedCollection = (value: unknown): value is TranslatedCollection => TRANSLATED_COLLECTIONS.includes(value as TranslatedCollection)

type Values = Record<string, unknown>

/** A document read with `locale: 'all'`, `draft: true`, `fallbackLocale: false`, `depth: 0`. */
export type AllLocalesDoc = Values & { id: number | string }

export interface DocumentTranslation {
  collection: string
  id: number | string
  title: string
  /** siteIds of the sites the document is shown on. */
  sites: string[]
  units: TranslationUnit[]
  /** Of the target language's current values: an import refuses the document if they changed since the export. */
  fingerprint: string
}

export interface DocumentContext {
  /** The collection's sanitized fields (`payload.collections[slug].config.fields`). */
  fields: Field[]
  /** The field holding the document's title (`admin.useAsTitle`). */
  titleField?: string
  sites: string[]
}

// ---------- labels ----------

/** The CMS's labels in English, whatever the person's admin language: notes are for the translation tool. */
function englishT(payload: Payload): TFunction {
  const custom = (payload.config.i18n?.translations as Record<string, Record<string, Record<string, string>>> | undefined)?.en ?? {}
  const translations: Record<string, Record<string, string>> = { ...(en.translations as unknown as Record<string, Record<string, string>>) }
  for (const [namespace, strings] of Object.entries({ ...custom, victor: victorTranslations.en.victor })) translations[namespace] = { ...translations[namespace], ...strings }
  return ((key: string, vars?: Record<string, unknown>) => payloadT({ key: key as never, translations: translations as never, vars })) as unknown as TFunction
}

type Labelled = { label?: unknown; labels?: { singular?: unknown } | unknown; name?: string; slug?: string }

function englishLabel(value: unknown, t: TFunction, fallback: string): string {
  try {
    if (typeof value === 'function') return String((value as (args: { t: TFunction; i18n: unknown }) => unknown)({ t, i18n: { t, language: 'en' } })) || fallback
    // Payload's own and plugins' labels are keys (`plugin-seo:metaTitle`).
    if (typeof value === 'string') return /^[\w-]+:[\w-]+$/.test(value) ? (t as unknown as (key: string) => string)(value) : value
    if (value && typeof value === 'object') return String((value as Record<string, unknown>).en ?? Object.values(value)[0] ?? fallback)
  } catch {
    // A label that needs more than `t` is named by its field.
  }
  return fallback
}

const fieldLabel = (field: Labelled, t: TFunction) => englishLabel(field.label, t, field.name ?? '')
const blockLabel = (block: Block, t: TFunction) => englishLabel((block.labels as { singular?: unknown } | undefined)?.singular, t, block.slug)

// ---------- which values are translated ----------

type NamedField = Field & { name: string }

const TEXT_TYPES = new Set(['text', 'textarea', 'richText'])
const CONTAINER_TYPES = new Set(['blocks', 'array', 'group'])

/** Fields whose value is not a translation, wherever they are. */
function excluded(field: Field): boolean {
  if (!('name' in field) || !field.name) return true
  if (field.name === 'id' || field.name === 'blockName') return true
  if (field.custom?.translationTracking === false) return true
  return Boolean((field as { hidden?: boolean }).hidden || (field.admin as { hidden?: boolean } | undefined)?.hidden)
}

/** Fields shown together (rows, collapsibles, unnamed tabs) are visited as if they were siblings; a named tab is a group. */
function flatten(fields: Field[]): Field[] {
  return fields.flatMap((field): Field[] => {
    if (field.type === 'row' || field.type === 'collapsible') return flatten(field.fields)
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [{ ...tab, type: 'group' } as unknown as Field] : flatten(tab.fields)))
    return [field]
  })
}

const isLocalized = (field: Field) => 'localized' in field && Boolean(field.localized)

/**
 * The translated values of one language, shaped as the Local API takes them for that locale:
 * `{ title, summary, layout: [...], meta: { title, description } }`. A localized container is taken whole
 * (its blocks keep their ids and other fields), a group that is not localized keeps only its localized texts.
 */
export function localeValues(fields: Field[], doc: Values | undefined, locale: string): Values {
  const values: Values = {}
  for (const field of flatten(fields)) {
    if (excluded(field)) continue
    const { name } = field as NamedField
    const value = doc?.[name]
    if (isLocalized(field) && (TEXT_TYPES.has(field.type) || CONTAINER_TYPES.has(field.type))) {
      values[name] = (value as Values | null | undefined)?.[locale] ?? null
    } else if (field.type === 'group' && !isLocalized(field)) {
      const inner = localeValues(field.fields, value as Values | undefined, locale)
      if (Object.keys(inner).length) values[name] = inner
    }
  }
  return values
}

/** JSON with sorted keys, so the same values always give the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter((key) => (value as Values)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Values)[key])}`)
      .join(',')}}`
  }
  return JSON.stringify(value ?? null)
}

export function fingerprintOf(values: Values): string {
  return crypto.createHash('sha256').update(canonical(values)).digest('hex')
}

// ---------- units ----------

const joinPath = (path: string, name: string | number) => (path ? `${path}.${name}` : String(name))
const present = (value: unknown): value is string => typeof value === 'string' && /\S/.test(value)
const LABEL_SEPARATOR = ' › '

interface Walker {
  collection: string
  id: number | string
  sites: string[]
  t: TFunction
  units: TranslationUnit[]
}

function notes(walker: Walker, labels: string[], field: Field): UnitNotes {
  const maxLength = (field as { maxLength?: unknown }).maxLength
  return { label: labels.join(LABEL_SEPARATOR), sites: walker.sites.length ? walker.sites : undefined, maxLength: typeof maxLength === 'number' ? maxLength : undefined }
}

/**
 * The target's rich text blocks that can serve as the starting translation of the source's: same block
 * path and the same inline codes, so the file's target is valid as exported.
 */
function richTextTargets(source: InlineNode[], target: unknown, block: string): InlineNode[] | undefined {
  const found = richTextUnits(target).find((candidate) => candidate.block === block)
  if (!found) return undefined
  const codes = (content: InlineNode[]) =>
    inlineCodes(content)
      .map(({ id, code }) => `${id}:${code}`)
      .sort()
      .join(' ')
  return codes(found.content) === codes(source) ? found.content : undefined
}

function walkFields(walker: Walker, fields: Field[], source: Values | undefined, target: Values | undefined, path: string, labels: string[]): void {
  for (const field of flatten(fields)) {
    if (excluded(field)) continue
    walkField(walker, field as NamedField, source?.[(field as NamedField).name], target?.[(field as NamedField).name], joinPath(path, (field as NamedField).name), [
      ...labels,
      fieldLabel(field as Labelled, walker.t),
    ])
  }
}

function walkField(walker: Walker, field: NamedField, source: unknown, target: unknown, path: string, labels: string[]): void {
  const id = () => unitId(walker.collection, walker.id, path)
  switch (field.type) {
    case 'text':
    case 'textarea': {
      if (!present(source)) return
      const unit = textUnit(id(), source, notes(walker, labels, field))
      walker.units.push(present(target) ? { ...unit, target } : unit)
      return
    }
    case 'richText': {
      for (const unit of richTextFieldUnits(id(), source, notes(walker, labels, field))) {
        const prefill = richTextTargets(unit.source, target, unit.block)
        walker.units.push(prefill ? { ...unit, target: prefill } : unit)
      }
      return
    }
    case 'group':
      walkFields(walker, field.fields, source as Values | undefined, target as Values | undefined, path, labels)
      return
    case 'array': {
      const rows = Array.isArray(source) ? (source as Values[]) : []
      const targetRows = Array.isArray(target) ? (target as Values[]) : []
      rows.forEach((row, index) => walkFields(walker, field.fields, row, targetRows[index], joinPath(path, index), [...labels, String(index + 1)]))
      return
    }
    case 'blocks': {
      const rows = Array.isArray(source) ? (source as Values[]) : []
      const targetRows = Array.isArray(target) ? (target as Values[]) : []
      rows.forEach((row, index) => {
        const block = blockConfig(field, row)
        if (!block) return
        const matching = targetRows[index]?.blockType === row.blockType ? targetRows[index] : undefined
        walkFields(walker, block.fields, row, matching, joinPath(path, index), [...labels, `${blockLabel(block, walker.t)} ${index + 1}`])
      })
      return
    }
    default:
  }
}

function blockConfig(field: Field, row: Values): Block | undefined {
  if (field.type !== 'blocks') return undefined
  return (field.blocks as Block[]).find((block) => block.slug === row.blockType)
}

/** The document's units for one target language, with the target's current texts where they fit. */
export function documentTranslation(payload: Payload, collection: string, doc: AllLocalesDoc, targetLanguage: string, context: DocumentContext): DocumentTranslation {
  const walker: Walker = { collection, id: doc.id, sites: context.sites, t: englishT(payload), units: [] }
  const source = localeValues(context.fields, doc, defaultLocale)
  const target = localeValues(context.fields, doc, targetLanguage)
  walkFields(walker, context.fields, source, target, '', [])
  const titleValue = context.titleField ? (doc[context.titleField] as Values | string | undefined) : undefined
  const title = typeof titleValue === 'string' ? titleValue : String(titleValue?.[defaultLocale] ?? titleValue?.[targetLanguage] ?? doc.id)
  return { collection, id: doc.id, title, sites: context.sites, units: walker.units, fingerprint: fingerprintOf(target) }
}

// ---------- applying targets ----------

/** A checked target: a string for a text unit, inline content for a rich text block. */
export type CheckedTarget = { id: string; unit: TranslationUnit; target: string | InlineNode[] }

/** Block and row ids are unique per table, across languages: a copied English block gets an id of its own. */
const newRowId = () => crypto.randomBytes(12).toString('hex')

interface Builder {
  collection: string
  id: number | string
  /** Text targets by unit id; rich text targets by field id, then block. */
  texts: Map<string, string>
  richText: Map<string, Map<string, InlineNode[]>>
}

const hasTargetUnder = (builder: Builder, fieldId: string) =>
  [...builder.texts.keys(), ...builder.richText.keys()].some((id) => id === fieldId || id.startsWith(`${fieldId}.`) || id.startsWith(`${fieldId}:`))

function buildFields(builder: Builder, fields: Field[], source: Values, target: Values | undefined, path: string, into: Values): Values {
  for (const field of flatten(fields)) {
    if (excluded(field)) continue
    const { name } = field as NamedField
    if (!(name in source)) continue
    const built = buildField(builder, field as NamedField, source[name], target?.[name], joinPath(path, name))
    if (built !== undefined) into[name] = built
  }
  return into
}

/**
 * The target language's value at one place: translated where the file had a target, the target's own
 * text where it had none (same place, same kind of block), else the English text. Only texts come from
 * the translation; the structure and every other field are the English blocks'.
 */
function buildField(builder: Builder, field: NamedField, source: unknown, target: unknown, path: string): unknown {
  const fieldId = unitId(builder.collection, builder.id, path)
  switch (field.type) {
    case 'text':
    case 'textarea':
      return builder.texts.get(fieldId) ?? (typeof target === 'string' ? target : source)
    case 'richText': {
      const translated = builder.richText.get(fieldId)
      if (!translated?.size) return target ?? source
      const blocks = new Map<string, InlineNode[]>()
      // Blocks the file left untranslated keep the target's text where it fits the English structure.
      for (const unit of richTextUnits(source)) {
        const content = translated.get(unit.block) ?? richTextTargets(unit.content, target, unit.block)
        if (content) blocks.set(unit.block, content)
      }
      return applyRichTextTargets(source, blocks)
    }
    case 'group':
      return buildFields(builder, field.fields, (source ?? {}) as Values, target as Values | undefined, path, structuredClone((source ?? {}) as Values))
    case 'array':
    case 'blocks': {
      if (!Array.isArray(source)) return source
      const targetRows = Array.isArray(target) ? (target as Values[]) : []
      return (source as Values[]).map((row, index) => {
        const rowPath = joinPath(path, index)
        const fields = field.type === 'blocks' ? blockConfig(field, row)?.fields : field.fields
        const candidate = targetRows[index]
        const matching = candidate && (field.type === 'array' || candidate.blockType === row.blockType) ? candidate : undefined
        const copy: Values = { ...structuredClone(row), id: typeof matching?.id === 'string' ? matching.id : newRowId() }
        return fields ? buildFields(builder, fields, row, matching, rowPath, copy) : copy
      })
    }
    default:
      return source
  }
}

/**
 * The data to save in the target language: only the top-level fields that received a translation, each
 * rebuilt from the English value (see buildField).
 */
export function targetData(collection: string, doc: AllLocalesDoc, fields: Field[], targetLanguage: string, applied: CheckedTarget[]): Values {
  const builder: Builder = { collection, id: doc.id, texts: new Map(), richText: new Map() }
  for (const { unit, target } of applied) {
    if (unit.kind === 'text' && typeof target === 'string') builder.texts.set(unit.id, target)
    else if (unit.kind === 'richText' && Array.isArray(target)) {
      const blocks = builder.richText.get(unit.field) ?? new Map<string, InlineNode[]>()
      blocks.set(unit.block, target)
      builder.richText.set(unit.field, blocks)
    }
  }
  const source = localeValues(fields, doc, defaultLocale)
  const target = localeValues(fields, doc, targetLanguage)
  const data: Values = {}
  for (const field of flatten(fields)) {
    if (excluded(field)) continue
    const { name } = field as NamedField
    if (!(name in source) || !hasTargetUnder(builder, unitId(collection, doc.id, name))) continue
    data[name] = buildField(builder, field as NamedField, source[name], target[name], name)
  }
  return data
}

/**
 * Saves the translations into the target language as the importing person (their access rules apply).
 * Every translated collection has drafts: the translation is a new draft in that language, never a published version.
 *
 * The caller runs this in a transaction. Where the database has none (Payload's SQLite adapter unless
 * `transactionOptions` are set), `restoreOnFailure` puts the language's previous values back after a save
 * that failed once it had written: best effort, as a further save (a version more in the history).
 */
export async function saveTargets(
  req: PayloadRequest,
  collection: TranslatedCollection,
  doc: AllLocalesDoc,
  targetLanguage: string,
  applied: CheckedTarget[],
  options: { restoreOnFailure?: boolean } = {},
): Promise<void> {
  const config = req.payload.collections[collection as CollectionSlug].config
  const data = targetData(collection, doc, config.fields, targetLanguage, applied)
  if (Object.keys(data).length === 0) return
  const save = (values: Values) =>
    req.payload.update({
      collection: collection as CollectionSlug,
      id: doc.id,
      locale: targetLanguage as never,
      data: values as never,
      depth: 0,
      overrideAccess: false,
      req,
      draft: true,
    })
  try {
    await save(data)
  } catch (error) {
    if (options.restoreOnFailure) {
      const previous = localeValues(config.fields, doc, targetLanguage)
      const now = (await req.payload
        .findByID({ collection: collection as CollectionSlug, id: doc.id, locale: 'all', fallbackLocale: false as never, draft: true, depth: 0, overrideAccess: true, req })
        .catch(() => null)) as AllLocalesDoc | null
      if (now && fingerprintOf(localeValues(config.fields, now, targetLanguage)) !== fingerprintOf(previous)) {
        await save(Object.fromEntries(Object.keys(data).map((name) => [name, previous[name] ?? null]))).catch(() => undefined)
      }
    }
    throw error
  }
}
