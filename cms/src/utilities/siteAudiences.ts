import type { PayloadRequest } from 'payload'
import type { Audience } from '@victor/shared/vocabulary'
import { relationIds } from './relationId'

/** The audiences of the given sites: one page may be on a prevention site and the hub. */
export async function siteAudiences(req: PayloadRequest, sites: unknown): Promise<Audience[]> {
  const ids = relationIds(sites)
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'sites',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
    req,
  })
  return [...new Set(docs.map((site) => site.audience as Audience))]
}
