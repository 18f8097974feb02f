/**
 * A document is published only in a shape the sites can render, in every language: Payload
 * validates the language being saved, but drafts of the others are saved unvalidated and go live
 * with the same publish (a block without its heading in the Arabic draft would fail every render
 * of the site). So the document as published, all its languages, is checked against the snapshot
 * contract itself, the same rules the render applies, and refused naming the field and language.
 * Runs after the save, inside its transaction: a refusal leaves nothing saved.
 */
import { getLocale, localeCodes, type LocaleCode } from '@victor/shared'
import { campaignSchema, newsSchema, pageSchema } from '@victor/shared/snapshot'
import type { CollectionAfterChangeHook, CollectionSlug, PayloadRequest } from 'payload'
import { snapshotCampaign, snapshotNews, snapshotPage, type Doc, type SnapshotScope } from '../export/snapshotForms'
import { translate } from '../i18n'
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

/** Snapshot names of the fields that the CMS calls otherwise. */
const cmsNames: Record<string, string> = {
  blocks: 'layout',
  html: 'content',
  metaTitle: 'meta.title',
  metaDescription: 'meta.description',
  metaImage: 'meta.image',
  date: 'publishedDate',
}

/** `translations.ar.blocks[0].signs[2]` -> `layout.0.signs.2.text` in Arabic. */
export function cmsPath(path: readonly PropertyKey[]): { path: string; locale?: LocaleCode } {
  const out: string[] = []
  let locale: LocaleCode | undefined
  for (let index = 0; index < path.length; index++) {
    const key = path[index]
    if (key === 'translations' && typeof path[index + 1] === 'string') {
      locale = path[++index] as LocaleCode
      continue
    }
    if (typeof key === 'number') {
      out.push(String(key))
      // A sign is a row with one text field.
      if (path[index - 1] === 'signs') out.push('text')
      continue
    }
    out.push(cmsNames[String(key)] ?? String(key))
  }
  return { path: out.join('.'), locale }
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

export const requireRenderable: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (doc._status !== 'published') return doc
  const { schema, form } = forms[collection.slug]
  const published = await keepingLocale(req, () =>
    req.payload.findByID({ collection: collection.slug as CollectionSlug, id: doc.id, locale: 'all', fallbackLocale: false, draft: false, depth: 0, overrideAccess: true, req }),
  )
  const result = schema.safeParse(form(published as unknown as Doc, everything))
  if (!result.success) refuse(req, collection.slug, problems(req, result.error.issues))
  return doc
}
