import type { Payload, PayloadRequest } from 'payload'
import { relationIds } from '../utilities/relationId'
import type { SITE_CONTENT_COLLECTIONS } from './buildFailure'

export const SITE_BUILDS_QUEUE = 'site-builds'

/** The document whose change asks for a build. */
export interface ChangedDocument {
  relationTo: (typeof SITE_CONTENT_COLLECTIONS)[number]
  value: number | string
}

const sameDocument = (a: ChangedDocument, b: ChangedDocument) => a.relationTo === b.relationTo && String(a.value) === String(b.value)
const asReference = (value: unknown): ChangedDocument | null => {
  const { relationTo, value: id } = (value ?? {}) as { relationTo?: ChangedDocument['relationTo']; value?: unknown }
  const ref = typeof id === 'object' && id !== null ? (id as { id: number | string }).id : (id as number | string | undefined)
  return relationTo && ref !== undefined ? { relationTo, value: ref } : null
}

/**
 * Asks for a build of a site. Bursts coalesce: while a build of the site is still waiting, further
 * requests only count towards it (with their documents and the people who changed them), so ten
 * quick saves make one build. Runs in the caller's transaction, so a save that fails asks for nothing.
 */
export async function requestSiteBuild(req: PayloadRequest, siteId: string, trigger: string, document?: ChangedDocument): Promise<{ buildId: number | string; coalesced: boolean } | null> {
  const { payload } = req
  const { docs: sites } = await payload.find({ collection: 'sites', where: { siteId: { equals: siteId } }, limit: 1, depth: 0, overrideAccess: true, req })
  const site = sites[0]
  if (!site) return null
  const { docs: waiting } = await payload.find({
    collection: 'site-builds',
    where: { and: [{ site: { equals: site.id } }, { status: { equals: 'queued' } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const person = req.user?.collection === 'users' ? req.user.id : undefined
  if (waiting[0]) {
    const documents = ((waiting[0].documents ?? []) as unknown[]).map(asReference).filter((ref): ref is ChangedDocument => ref !== null)
    if (document && !documents.some((known) => sameDocument(known, document))) documents.push(document)
    const people = relationIds(waiting[0].requestedBy)
    if (person !== undefined && !people.map(String).includes(String(person))) people.push(person)
    await payload.update({
      collection: 'site-builds',
      id: waiting[0].id,
      data: { changes: (waiting[0].changes ?? 1) + 1, documents, requestedBy: people } as never,
      overrideAccess: true,
      context: { siteBuild: true },
      req,
    })
    scheduleSiteBuilds(payload)
    return { buildId: waiting[0].id, coalesced: true }
  }
  const build = await payload.create({
    collection: 'site-builds',
    data: { site: site.id, status: 'queued', trigger, requestedBy: person === undefined ? [] : [person], documents: document ? [document] : [] } as never,
    overrideAccess: true,
    context: { siteBuild: true },
    req,
  })
  await payload.jobs.queue({ task: 'buildSite', input: { build: build.id }, queue: SITE_BUILDS_QUEUE, req } as never)
  scheduleSiteBuilds(payload)
  return { buildId: build.id, coalesced: false }
}

/** How long to wait for more changes before building: a burst of saves makes one build. */
const SETTLE_MS = Number(process.env.VICTOR_SITE_BUILD_DELAY_MS ?? 750)
let timer: NodeJS.Timeout | undefined
let running = false
let again = false

/**
 * The CMS server runs site builds itself, one at a time, shortly after the last change: no outside
 * cron on one machine. VICTOR_SITE_BUILDS=manual leaves running them to the caller (tests, workers).
 */
export function scheduleSiteBuilds(payload: Payload): void {
  if (process.env.VICTOR_SITE_BUILDS === 'manual') return
  clearTimeout(timer)
  timer = setTimeout(() => void runSiteBuilds(payload), SETTLE_MS)
  timer.unref?.()
}

async function runSiteBuilds(payload: Payload): Promise<void> {
  if (running) {
    again = true
    return
  }
  running = true
  try {
    do {
      again = false
      await payload.jobs.run({ queue: SITE_BUILDS_QUEUE, limit: 100 })
    } while (again)
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Running site builds failed' })
  } finally {
    running = false
  }
}
