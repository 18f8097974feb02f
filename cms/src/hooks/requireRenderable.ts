/**
 * A document is published only in a shape the sites can render, in every language: Payload
 * validates the language being saved, but drafts of the others are saved unvalidated and go live
 * with a publish of every language (a block without its heading in the Arabic draft would fail
 * every render of the site). So the document as it will be live, all its languages (the others as
 * last published when one language is published on its own), is checked against the snapshot
 * contract itself, the same rules the render applies, and refused naming the field and language.
 * Runs after the save, inside its transaction: a refusal leaves nothing saved.
 */
import { getLocale, localeCodes } from '@victor/shared'
import { campaignSchema, newsSchema, pageSchema } from '@victor/shared/snapshot'
import type { CollectionBeforeChangeHook, CollectionSlug, FlattenedField, PayloadRequest } from 'payload'
import { cmsPath, snapshotCampaign, snapshotNews, snapshotPage, type Doc, type SnapshotScope } from '../export/snapshotForms'
import { translate } from '../i18n'
import { lastPublished, otherLanguagesFrom, publishingLanguage } from '../publishing/languagePublishing'
import { keepingLocale } from '../utilities/keepingLocale'
import { refuse, type FieldProblem } from '../utilities/refuse'

/** Every language, every reference taken as visible: only the document's own shape is judged. */
const everything: SnapshotScope = {
  locales: localeCodes,
  mediaRef: (value) => {
    const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
    return id === null || id === undefined || id === '' ? null : String(id)
  },
  helplineVisible: () => true,
  resourceVisible: () => true,
  campaignVisible: () => true,
}

interface Issue {
  code: string
  path: PropertyKey[]
  message: string
}
interface Form {
  schema: { safeParse(data: unknown): { success: true } | { success: false; error: { issues: Issue[] } } }
  form: (doc: Doc, scope: SnapshotScope) => unknown
}

const forms: Record<string, Form> = {
  pages: { schema: pageSchema, form: snapshotPage },
  campaigns: { schema: campaignSchema, form: snapshotCampaign },
  news: { schema: newsSchema, form: snapshotNews },
}

function problems(req: PayloadRequest, issues: Issue[]): FieldProblem[] {
  return issues.map((issue) => {
    const { path, locale } = cmsPath(issue.path)
    const language = locale ? getLocale(locale).nativeName : ''
    const missing = issue.code === 'invalid_type' || issue.code === 'too_small'
    const message = missing
      ? translate(req.t, locale ? 'errorNeededForSitesIn' : 'errorNeededForSites', { language })
      : translate(req.t, locale ? 'errorNotForSitesIn' : 'errorNotForSites', { language, detail: issue.message })
    return { path, message }
  })
}

/**
 * This save's data (in one language) laid over the document in all languages. Localized fields and
 * groups are followed; a field that is not localized is replaced whole.
 */
function overlay(fields: FlattenedField[], all: Doc, data: Record<string, unknown>, locale: string): Doc {
  const out: Doc = { ...all }
  for (const field of fields) {
    if (!(field.name in data)) continue
    const value = data[field.name]
    if ('localized' in field && field.localized) out[field.name] = { ...(all[field.name] ?? {}), [locale]: value }
    else if (field.type === 'group' && value && typeof value === 'object') out[field.name] = overlay(field.flattenedFields, all[field.name] ?? {}, value as Record<string, unknown>, locale)
    else out[field.name] = value
  }
  return out
}

/** The latest draft of a document in every language. */
const latestDraft = (req: PayloadRequest, collection: string, id: number | string) =>
  keepingLocale(req, () => req.payload.findByID({ collection: collection as CollectionSlug, id, locale: 'all', fallbackLocale: false, draft: true, depth: 0, overrideAccess: true, req }))

/** What the sites would refuse in a document (all its languages); the texts it has, by language. */
function judge(req: PayloadRequest, collection: string, doc: Doc): { problems: FieldProblem[]; languages: string[] } {
  const { schema, form } = forms[collection]
  // Payload sets the timestamp itself when it saves.
  const shape = form({ ...doc, updatedAt: new Date().toISOString() }, everything) as { translations: object }
  const result = schema.safeParse(shape)
  return { problems: result.success ? [] : problems(req, result.error.issues), languages: Object.keys(shape.translations) }
}

/** For a review request: what would stop the document, as its latest draft stands, from being published. */
export async function renderProblemsOf(req: PayloadRequest, collection: string, id: number | string) {
  return judge(req, collection, (await latestDraft(req, collection, id)) as unknown as Doc)
}

export const requireRenderable: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  if (data._status !== 'published' || !req.locale || req.locale === 'all') return data
  const saved = originalDoc?.id === undefined ? { id: 'new' } : await latestDraft(req, collection.slug, originalDoc.id)
  let live = overlay(collection.flattenedFields, saved as unknown as Doc, data, req.locale)
  const alone = publishingLanguage(req)
  if (alone) live = otherLanguagesFrom(collection.flattenedFields, live, originalDoc?.id === undefined ? undefined : await lastPublished(req, collection.slug as CollectionSlug, originalDoc.id), alone)
  const { problems: found } = judge(req, collection.slug, live)
  if (found.length) refuse(req, collection.slug, found)
  return data
}
