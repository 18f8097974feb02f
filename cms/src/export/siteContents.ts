/**
 * What a site's snapshot was made from: every read the export made (a collection and its filter,
 * as an anonymous visitor) and the documents each found. Recorded on the site at each export, it
 * answers which sites a change affects (publishing/affectedSites.ts) from the export itself, so
 * the two cannot disagree: a document affects the sites whose snapshot included it, and the sites
 * whose reads would find it now.
 */
import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'
import type { Doc } from './snapshotForms'

export interface SiteRead {
  collection: string
  where?: Where
}

export interface SiteContents {
  reads: SiteRead[]
  /** Document ids found, per collection. */
  documents: Record<string, string[]>
}

/**
 * Reads as a visitor of the public sites: published content only, every language, under the
 * public API's access rules. Inside a request (a change being saved), its transaction is used, so
 * the change is seen, but never its user's rights.
 */
export async function visitorRead(payload: Payload, { collection, where }: SiteRead, req?: PayloadRequest): Promise<Doc[]> {
  const { docs } = await payload.find({
    collection: collection as CollectionSlug,
    where,
    locale: 'all',
    fallbackLocale: false,
    depth: 0,
    draft: false,
    overrideAccess: false,
    pagination: false,
    ...(req ? { req: asVisitor(req) } : {}),
  })
  return docs as unknown as Doc[]
}

/** The request's transaction and language, not its user. */
function asVisitor({ payload, transactionID, i18n, t, context }: PayloadRequest): Partial<PayloadRequest> {
  return { payload, transactionID, i18n, t, context }
}

/** The same read, however it was written down. */
const readKey = ({ collection, where }: SiteRead) => JSON.stringify([collection, where ?? null])

/** A reader that records what it read. */
export function recordingReader(payload: Payload) {
  const contents: SiteContents = { reads: [], documents: {} }
  const seen = new Set<string>()
  const read = async (collection: CollectionSlug, where?: Where): Promise<Doc[]> => {
    const recorded: SiteRead = where ? { collection, where } : { collection }
    if (!seen.has(readKey(recorded))) {
      seen.add(readKey(recorded))
      contents.reads.push(recorded)
    }
    const docs = await visitorRead(payload, { collection, where })
    const ids = new Set(contents.documents[collection])
    for (const doc of docs) ids.add(String(doc.id))
    contents.documents[collection] = [...ids]
    return docs
  }
  return { read, contents }
}

/** Both: what the live site was made from and what the next render is made from. */
export function mergeContents(a: SiteContents | null | undefined, b: SiteContents): SiteContents {
  if (!a) return b
  const reads = new Map([...a.reads, ...b.reads].map((read) => [readKey(read), read]))
  const documents: Record<string, string[]> = { ...a.documents }
  for (const [collection, ids] of Object.entries(b.documents)) documents[collection] = [...new Set([...(documents[collection] ?? []), ...ids])]
  return { reads: [...reads.values()], documents }
}

/** Whether a site made from these contents shows the document, or would show it now (one query, whatever the number of reads). */
export async function includes(payload: Payload, contents: SiteContents, collection: string, id: number | string, req?: PayloadRequest): Promise<boolean> {
  if (contents.documents[collection]?.includes(String(id))) return true
  const reads = contents.reads.filter((read) => read.collection === collection)
  if (reads.length === 0) return false
  const byId: Where = { id: { equals: id } }
  // A read without a filter finds every document of its collection.
  const where: Where = reads.some((read) => !read.where) ? byId : { and: [byId, { or: reads.map((read) => read.where!) }] }
  return (await visitorRead(payload, { collection, where }, req)).length > 0
}

/**
 * Stores what a site's snapshot was made from. An export keeps what the live site was made from
 * too (`merge`), until a render of it is live (`replace`): a render that fails leaves the old
 * site live, whose documents must still count.
 */
export async function recordSiteContents(payload: Payload, siteId: string, contents: SiteContents, mode: 'merge' | 'replace'): Promise<void> {
  const { docs } = await payload.find({ collection: 'sites', where: { siteId: { equals: siteId } }, depth: 0, limit: 1, overrideAccess: true, showHiddenFields: true })
  const [site] = docs as unknown as (Doc & { exportedContents?: SiteContents | null })[]
  if (!site) return
  const exportedContents = mode === 'merge' ? mergeContents(site.exportedContents, contents) : contents
  if (JSON.stringify(exportedContents) === JSON.stringify(site.exportedContents)) return
  await payload.update({ collection: 'sites', id: site.id, data: { exportedContents } as never, depth: 0, overrideAccess: true, context: { skipSiteBuilds: true } })
}
