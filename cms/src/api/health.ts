import type { Endpoint, Payload } from 'payload'
import { siteLiveSince } from '../publishing/siteBuilder'

/** A build waiting longer than this makes the platform "degraded": the render loop is stuck or swamped. */
export const HEALTH_MAX_BUILD_WAIT_SECONDS = 300
/** How long the database may take to answer before it counts as unreachable. */
const DATABASE_TIMEOUT_MS = 3_000

export interface Health {
  status: 'ok' | 'degraded' | 'unavailable'
  checkedAt: string
  database: { reachable: boolean; latencyMs: number; error?: string }
  builds?: { waiting: number; running: number; oldestWaitingSince: string | null; oldestWaitingSeconds: number | null }
  sites?: { siteId: string; liveSince: string | null; lastSuccessfulRender: string | null; lastBuild: string | null }[]
}

const within = <T>(promise: Promise<T>, ms: number) => Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref())])

/** What a load balancer and monitoring need to know, read with the server's own rights. */
export async function checkHealth(payload: Payload, now = new Date()): Promise<Health> {
  const checkedAt = now.toISOString()
  const started = Date.now()
  try {
    await within(payload.count({ collection: 'sites', overrideAccess: true }), DATABASE_TIMEOUT_MS)
  } catch (error) {
    // The reason goes to the log only: a public answer names no server internals.
    payload.logger.error({ err: error }, 'Health check: the database did not answer')
    return { status: 'unavailable', checkedAt, database: { reachable: false, latencyMs: Date.now() - started, error: 'unreachable' } }
  }
  const latencyMs = Date.now() - started
  const read = { overrideAccess: true, depth: 0, pagination: false } as const
  const [{ docs: sites }, { docs: waiting }, { totalDocs: running }] = await Promise.all([
    payload.find({ collection: 'sites', ...read, sort: 'siteId', select: { siteId: true } }),
    payload.find({ collection: 'site-builds', ...read, where: { status: { equals: 'queued' } }, sort: 'createdAt', select: { createdAt: true } }),
    payload.count({ collection: 'site-builds', overrideAccess: true, where: { status: { equals: 'running' } } }),
  ])
  const oldest = waiting[0]?.createdAt ?? null
  const oldestWaitingSeconds = oldest ? Math.max(0, Math.round((now.getTime() - new Date(oldest).getTime()) / 1000)) : null
  const latestBuild = async (siteId: number | string, succeededOnly: boolean) => {
    const { docs } = await payload.find({
      collection: 'site-builds',
      overrideAccess: true,
      depth: 0,
      limit: 1,
      sort: '-createdAt',
      where: { and: [{ site: { equals: siteId } }, succeededOnly ? { status: { equals: 'succeeded' } } : { status: { in: ['succeeded', 'failed'] } }] },
      select: { status: true, finishedAt: true },
    })
    return docs[0]
  }
  const siteStates = await Promise.all(
    sites.map(async (site) => {
      const [succeeded, last, live] = await Promise.all([latestBuild(site.id, true), latestBuild(site.id, false), siteLiveSince(site.siteId)])
      return { siteId: site.siteId, liveSince: live?.toISOString() ?? null, lastSuccessfulRender: succeeded?.finishedAt ?? null, lastBuild: last?.status ?? null }
    }),
  )
  const stuck = oldestWaitingSeconds !== null && oldestWaitingSeconds > HEALTH_MAX_BUILD_WAIT_SECONDS
  return {
    status: stuck ? 'degraded' : 'ok',
    checkedAt,
    database: { reachable: true, latencyMs },
    builds: { waiting: waiting.length, running, oldestWaitingSince: oldest, oldestWaitingSeconds },
    sites: siteStates,
  }
}

/**
 * GET /api/health, for a load balancer (200 while this server can serve: its database answers; 503
 * when not) and for monitoring (builds waiting and how long, each site's last render). Anyone may
 * ask: it tells nothing that the public sites do not show, and it is never cached.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const health = await checkHealth(req.payload)
    return Response.json(health, { status: health.status === 'unavailable' ? 503 : 200, headers: { 'Cache-Control': 'no-store' } })
  },
}
