/**
 * XLIFF out and in, for translation tools:
 *
 * POST /api/translations/export, a JSON body
 *   `{ targetLanguage, version?: '2.1' | '1.2', documents?: [{ collection, id }], site?: siteId, outdatedOnly?: boolean, collections?: [...] }`
 *   answers one XLIFF file for that language (`Content-Disposition: attachment`): the chosen documents, or those
 *   of the site (and/or out of date in the language) the person may translate.
 * POST /api/translations/import, the XLIFF file as the body (`Content-Type: application/xliff+xml`, or
 *   `application/xml`, `text/xml`), answers a JSON report `{ applied, skipped, refused, documents }`, each reason
 *   in the person's admin language. Translations are saved as drafts in the file's target language, one
 *   transaction per document; a document whose target texts changed since the export is left alone.
 *
 * Who may: whoever may save the document in the target language (the collections' update rules with that
 * locale: admins and coordinators everything, translators in their languages, editors their countries'
 * documents, reviewers the reviewed ones); the documents are also read as the person.
 */
import { defaultLocale, getLocale, isLocaleCode } from '@victor/shared'
import { APIError, commitTransaction, initTransaction, killTransaction, type CollectionSlug, type Endpoint, type PayloadRequest, type Where } from 'payload'
import { XLIFF_BODY_TYPES } from '../api/requestGuard'
import { currentUser } from '../access/roles'
import { translate, type VictorKey } from '../i18n'
import { keepingLocale } from '../utilities/keepingLocale'
import { relationId } from '../utilities/relationId'
import {
  type AllLocalesDoc,
  type CheckedTarget,
  documentTranslation,
  type DocumentTranslation,
  isTranslatedCollection,
  saveTargets,
  TRANSLATED_COLLECTIONS,
  type TranslatedCollection,
} from './documentUnits'
import { checkImport, type ImportCheck, type Reason, readXliff, type TranslationUnit, validateXliff, writeXliff12, writeXliff21, XliffError, type XliffFile } from './xliff'

export const XLIFF_MEDIA_TYPES = [...XLIFF_BODY_TYPES]
export const EXPORT_PATH = '/translations/export'
export const IMPORT_PATH = '/translations/import'
const FINGERPRINT = 'fingerprint'
/** Also kept per file: a file whose declared target language was changed after the export is refused. */
const TARGET_LANGUAGE = 'targetLanguage'

type Values = Record<string, unknown>

/** An answer with a message, in the person's language. */
class Refusal extends APIError {
  constructor(message: string, status: number) {
    super(message, status, null, true)
    // Logged as information, as Payload's own refusals are (config loggingLevels), not as server errors.
    this.name = status === 401 || status === 403 ? 'Forbidden' : status === 404 ? 'NotFound' : 'BadRequest'
  }
}

const refuse = (req: PayloadRequest, status: number, key: VictorKey, vars?: Record<string, unknown>): never => {
  throw new Refusal(translate(req.t, key, vars), status)
}

const reasonText = (req: PayloadRequest, reason: Reason) => translate(req.t, reason.key as VictorKey, reason.vars)

const languageName = (code: string) => (isLocaleCode(code) ? `${getLocale(code).nativeName} (${code})` : code)

/** The person, and whether they may write the language at all (translators: their own languages only). */
function checkLanguage(req: PayloadRequest, language: unknown): string {
  const user = currentUser(req)
  if (!user) refuse(req, 401, 'errorXliffSignIn')
  if (typeof language !== 'string' || !isLocaleCode(language) || language === defaultLocale) refuse(req, 400, 'errorXliffLanguage', { language: String(language ?? '') })
  const code = language as string
  if (user?.role === 'translator' && !(user.translationLocales ?? []).includes(code)) refuse(req, 403, 'errorXliffLanguageNotAllowed', { language: languageName(code) })
  return code
}

/** What of a collection the person may save in the language: false, everything, or a filter. */
async function writableIn(req: PayloadRequest, collection: TranslatedCollection, language: string): Promise<boolean | Where> {
  const update = req.payload.collections[collection as CollectionSlug].config.access?.update
  if (!update) return Boolean(currentUser(req))
  return keepingLocale(req, async () => {
    req.locale = language as PayloadRequest['locale']
    const result = await update({ req } as never)
    return result === true ? true : result && typeof result === 'object' ? (result as Where) : false
  })
}

/** The latest drafts of every language, read as the person. */
const readDocuments = (req: PayloadRequest, collection: TranslatedCollection, where: Where) =>
  keepingLocale(req, async () => {
    const { docs } = await req.payload.find({
      collection: collection as CollectionSlug,
      where,
      locale: 'all',
      fallbackLocale: false as never,
      draft: true,
      depth: 0,
      pagination: false,
      overrideAccess: false,
      req,
    })
    return docs as unknown as AllLocalesDoc[]
  })

interface SiteInfo {
  id: number | string
  siteId: string
  country?: number | string
  audience?: string
  enabledLocales: string[]
}

async function allSites(req: PayloadRequest): Promise<SiteInfo[]> {
  const { docs } = await req.payload.find({ collection: 'sites', depth: 0, pagination: false, overrideAccess: true, req })
  return docs.map((site) => ({
    id: site.id,
    siteId: String(site.siteId),
    country: relationId((site as unknown as Values).country) ?? undefined,
    audience: (site as unknown as Values).audience as string | undefined,
    enabledLocales: ((site as unknown as Values).enabledLocales ?? []) as string[],
  }))
}

/** The siteIds a document is shown on: its sites, or those of its country. */
function siteIdsOf(doc: AllLocalesDoc, sites: SiteInfo[]): string[] {
  if (Array.isArray(doc.sites)) {
    const ids = new Set((doc.sites as unknown[]).map((site) => String(relationId(site))))
    return sites.filter((site) => ids.has(String(site.id))).map((site) => site.siteId)
  }
  if (doc.country !== undefined && doc.country !== null) return sites.filter((site) => String(site.country) === String(relationId(doc.country))).map((site) => site.siteId)
  return []
}

/** Which of a collection's documents a site shows (as its snapshot reads them): a filter, `{}` for all, or undefined for none. */
function siteFilter(collection: TranslatedCollection, site: SiteInfo): Where | undefined {
  switch (collection) {
    case 'pages':
    case 'campaigns':
      return { sites: { in: [site.id] } }
    case 'news':
      return site.audience === 'hub' ? {} : undefined
  }
}

function translationOf(req: PayloadRequest, collection: TranslatedCollection, doc: AllLocalesDoc, language: string, sites: SiteInfo[]): DocumentTranslation {
  const config = req.payload.collections[collection as CollectionSlug].config
  return documentTranslation(req.payload, collection, doc, language, { fields: config.fields, titleField: config.admin?.useAsTitle, sites: siteIdsOf(doc, sites) })
}

const and = (...filters: (Where | undefined)[]): Where => {
  const present = filters.filter((filter): filter is Where => Boolean(filter && Object.keys(filter).length))
  return present.length === 0 ? {} : present.length === 1 ? present[0] : { and: present }
}

interface ExportBody {
  targetLanguage?: unknown
  version?: unknown
  documents?: unknown
  site?: unknown
  outdatedOnly?: unknown
  collections?: unknown
}

async function readJson(req: PayloadRequest): Promise<ExportBody> {
  try {
    const body = (await req.json?.()) as unknown
    if (body && typeof body === 'object' && !Array.isArray(body)) return body as ExportBody
  } catch {
    // Answered below.
  }
  return refuse(req, 400, 'errorXliffExportBody')
}

export const exportEndpoint: Endpoint = {
  path: EXPORT_PATH,
  method: 'post',
  handler: async (req) => {
    if (!currentUser(req)) refuse(req, 401, 'errorXliffSignIn')
    const body = await readJson(req)
    const language = checkLanguage(req, body.targetLanguage)
    const version = body.version ?? '2.1'
    if (version !== '2.1' && version !== '1.2') refuse(req, 400, 'errorXliffExportVersion', { version: String(version) })

    let collections: TranslatedCollection[] = [...TRANSLATED_COLLECTIONS]
    if (body.collections !== undefined) {
      const asked = Array.isArray(body.collections) ? (body.collections as unknown[]) : [body.collections]
      for (const name of asked) if (!isTranslatedCollection(name)) refuse(req, 400, 'errorXliffCollection', { collection: String(name) })
      collections = asked as TranslatedCollection[]
    }

    const sites = await allSites(req)
    let site: SiteInfo | undefined
    if (body.site !== undefined) {
      site = sites.find((candidate) => candidate.siteId === body.site)
      if (!site) refuse(req, 400, 'errorXliffSite', { site: String(body.site) })
      if (!site?.enabledLocales.includes(language)) refuse(req, 400, 'errorXliffSiteLanguage', { site: String(body.site), language: languageName(language) })
    }

    // Chosen documents, by collection.
    let chosen: Map<TranslatedCollection, (number | string)[]> | undefined
    if (body.documents !== undefined) {
      if (!Array.isArray(body.documents)) refuse(req, 400, 'errorXliffExportBody')
      chosen = new Map()
      for (const entry of body.documents as Values[]) {
        const collection = entry?.collection
        const id = entry?.id
        if (!isTranslatedCollection(collection)) refuse(req, 400, 'errorXliffCollection', { collection: String(collection) })
        if (typeof id !== 'string' && typeof id !== 'number') refuse(req, 400, 'errorXliffExportBody')
        chosen.set(collection as TranslatedCollection, [...(chosen.get(collection as TranslatedCollection) ?? []), id as number | string])
      }
      collections = collections.filter((collection) => chosen?.has(collection))
    }

    const translations: DocumentTranslation[] = []
    for (const collection of collections) {
      const ids = chosen?.get(collection)
      const bySite = site ? siteFilter(collection, site) : undefined
      if (site && !bySite) continue
      const writable = await writableIn(req, collection, language)
      if (writable === false) {
        if (ids) refuse(req, 403, 'errorXliffDocumentNotAllowed', { collection, id: ids.join(', ') })
        continue
      }
      const where = and(
        ids ? { id: { in: ids } } : undefined,
        bySite,
        body.outdatedOnly === true ? { 'translation.outdated': { contains: language } } : undefined,
        writable === true ? undefined : writable,
      )
      const docs = await readDocuments(req, collection, where)
      const missing = (ids ?? []).filter((id) => !docs.some((doc) => String(doc.id) === String(id)))
      if (missing.length) refuse(req, 404, 'errorXliffDocumentNotFound', { collection, id: missing.join(', ') })
      for (const doc of docs) translations.push(translationOf(req, collection, doc, language, sites))
    }

    const files: XliffFile[] = translations
      .filter((translation) => translation.units.length > 0)
      .map((translation) => ({
        id: `${translation.collection}:${translation.id}`,
        original: `${translation.collection}/${translation.id}`,
        notes: [translation.title],
        metadata: { [FINGERPRINT]: translation.fingerprint, [TARGET_LANGUAGE]: language },
        units: translation.units,
      }))
    if (files.length === 0) refuse(req, 404, 'errorXliffNothingToExport', { language: languageName(language) })

    const job = { sourceLanguage: defaultLocale, targetLanguage: language, files }
    const xml = version === '1.2' ? writeXliff12(job) : writeXliff21(job)
    const scope = site?.siteId ?? 'selection'
    const filename = `victor-${scope}-${language}-${new Date().toISOString().slice(0, 10)}${version === '1.2' ? '-xliff12' : ''}.xlf`
    return new Response(xml, {
      status: 200,
      headers: { 'Content-Type': 'application/xliff+xml; charset=utf-8', 'Content-Disposition': `attachment; filename="${filename}"`, 'Cache-Control': 'no-store' },
    })
  },
}

// ---------- import ----------

interface ReportEntry {
  id: string
  key: string
  reason: string
}

export interface ImportReport {
  targetLanguage: string
  applied: { id: string }[]
  skipped: ReportEntry[]
  refused: ReportEntry[]
  documents: { collection: string; id: number | string; title: string; applied: number; refused?: string }[]
  /** E.g. that the OASIS schemas are not installed, so only the checks in code ran. */
  notices: string[]
}

/** `pages:12:layout.0.content:1` → pages, 12. */
function documentOfUnit(unit: string): { collection: string; id: string } | undefined {
  const [collection, id] = unit.split(':')
  return collection && id ? { collection, id } : undefined
}

function documentOfFile(original: string): { collection: string; id: string } | undefined {
  const [collection, id, ...rest] = original.split('/')
  return collection && id && rest.length === 0 ? { collection, id } : undefined
}

/** Problems that make the whole file unreadable; those of single units are decided unit by unit. */
const FILE_PROBLEMS = new Set(['xliffNotXml', 'xliffDoctype', 'xliffNotXliff', 'xliffUnknownVersion', 'xliffMixedLanguages', 'xliffSchemaInvalid'])

export const importEndpoint: Endpoint = {
  path: IMPORT_PATH,
  method: 'post',
  handler: async (req) => {
    if (!currentUser(req)) refuse(req, 401, 'errorXliffSignIn')
    const type = (req.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
    if (!XLIFF_MEDIA_TYPES.includes(type)) refuse(req, 415, 'errorXliffImportType', { type: type || '-' })
    const xml = (await req.text?.()) ?? ''

    const fileRefused = (reason: Reason): never => refuse(req, 400, 'errorXliffFileRefused', { reason: reasonText(req, reason) })
    const validation = validateXliff(xml)
    const fatal = validation.problems.find((problem) => FILE_PROBLEMS.has(problem.key))
    if (fatal) fileRefused(fatal)
    let document: ReturnType<typeof readXliff>
    try {
      document = readXliff(xml)
    } catch (error) {
      if (error instanceof XliffError) return fileRefused(error.reason)
      throw error
    }
    const language = checkLanguage(req, document.targetLanguage)
    for (const file of document.files ?? []) {
      const exportedFor = file.metadata[TARGET_LANGUAGE]
      if (exportedFor !== undefined && exportedFor !== language) fileRefused({ key: 'xliffWrongTargetLanguage', vars: { expected: exportedFor, found: language } })
    }

    // The documents the file is for, from its files and its units' ids.
    const wanted = new Map<string, { collection: TranslatedCollection; id: string }>()
    const fingerprints = new Map<string, string | undefined>()
    const note = (found: { collection: string; id: string } | undefined) => {
      if (found && isTranslatedCollection(found.collection)) wanted.set(`${found.collection}:${found.id}`, { collection: found.collection, id: found.id })
    }
    for (const file of document.files ?? []) {
      const found = documentOfFile(file.original)
      note(found)
      if (found) fingerprints.set(`${found.collection}:${found.id}`, file.metadata[FINGERPRINT])
    }
    for (const unit of document.units) note(documentOfUnit(unit.id))

    const sites = await allSites(req)
    const current = new Map<string, { collection: TranslatedCollection; doc: AllLocalesDoc; translation: DocumentTranslation }>()
    for (const { collection, id } of wanted.values()) {
      const writable = await writableIn(req, collection, language)
      if (writable === false) continue
      // An id that is not one (a tampered file) finds nothing: its units are refused as unknown.
      const [doc] = await readDocuments(req, collection, and({ id: { equals: id } }, writable === true ? undefined : writable)).catch(() => [])
      if (doc) current.set(`${collection}:${id}`, { collection, doc, translation: translationOf(req, collection, doc, language, sites) })
    }

    const expected = new Map<string, TranslationUnit>()
    for (const { translation } of current.values()) for (const unit of translation.units) expected.set(unit.id, unit)
    const check: ImportCheck = checkImport(document, expected, { sourceLanguage: defaultLocale, targetLanguage: language })
    if (check.refusedFile) fileRefused(check.refusedFile)

    // A document whose target texts changed since the export is not touched: its translations would overwrite them.
    const documentKey = (unit: string) => {
      const found = documentOfUnit(unit)
      return found ? `${found.collection}:${found.id}` : ''
    }
    const edited = new Map<string, Reason>()
    for (const [key, { translation }] of current) {
      const exported = fingerprints.get(key)
      if (exported === undefined) edited.set(key, { key: 'xliffFingerprintMissing', vars: { document: key } })
      else if (exported !== translation.fingerprint) edited.set(key, { key: 'xliffTargetEditedSinceExport', vars: { document: key, title: translation.title } })
    }
    const refused = [...check.refused]
    const skipped = check.skipped.filter((outcome) => {
      const reason = edited.get(documentKey(outcome.id))
      if (reason) refused.push({ id: outcome.id, reason })
      return !reason
    })
    let applicable = check.applied.filter((applied) => {
      const reason = edited.get(documentKey(applied.id))
      if (reason) refused.push({ id: applied.id, reason })
      return !reason
    })

    const documents: ImportReport['documents'] = []
    for (const [key, { collection, doc, translation }] of current) {
      const targets: CheckedTarget[] = applicable.filter((applied) => documentKey(applied.id) === key)
      const refusedDocument = edited.get(key)
      if (targets.length === 0) {
        documents.push({ collection, id: doc.id, title: translation.title, applied: 0, ...(refusedDocument ? { refused: reasonText(req, refusedDocument) } : {}) })
        continue
      }
      // One transaction per document: a save that fails leaves it as it was, and the others are kept. Without
      // transactions (SQLite as configured), saveTargets puts the language's previous texts back itself.
      const shouldCommit = await initTransaction(req)
      try {
        await saveTargets(req, collection, doc, language, targets, { restoreOnFailure: !shouldCommit })
        if (shouldCommit) await commitTransaction(req)
        documents.push({ collection, id: doc.id, title: translation.title, applied: targets.length })
      } catch (error) {
        if (shouldCommit) await killTransaction(req)
        const reason: Reason = { key: 'xliffSaveFailed', vars: { document: key, message: error instanceof Error ? error.message : String(error) } }
        for (const target of targets) refused.push({ id: target.id, reason })
        applicable = applicable.filter((applied) => !targets.includes(applied))
        documents.push({ collection, id: doc.id, title: translation.title, applied: 0, refused: reasonText(req, reason) })
      }
    }

    const entry = ({ id, reason }: { id: string; reason: Reason }): ReportEntry => ({ id, key: reason.key, reason: reasonText(req, reason) })
    const report: ImportReport = {
      targetLanguage: language,
      applied: applicable.map(({ id }) => ({ id })),
      skipped: skipped.map(entry),
      refused: refused.map(entry),
      documents,
      notices: validation.schemaNotice ? [reasonText(req, validation.schemaNotice)] : [],
    }
    return Response.json(report)
  },
}

export const translationEndpoints: Endpoint[] = [exportEndpoint, importEndpoint]
