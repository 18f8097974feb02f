/**
 * GET /api/health: what a load balancer (may this server take requests?) and monitoring (are builds
 * waiting too long, when did each site last render?) read.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { checkHealth, HEALTH_MAX_BUILD_WAIT_SECONDS, type Health } from '../../src/api/health'
import { requestSiteBuild, SITE_BUILDS_QUEUE } from '../../src/publishing/requestSiteBuild'
import type { SiteBuilder } from '../../src/publishing/siteBuilder'
import { createTestPayload, type TestContext } from '../support/testPayload'

let ctx: TestContext
const builder: SiteBuilder = async (_payload, siteId) => ({ log: `built ${siteId}` })

beforeAll(async () => {
  ctx = await createTestPayload()
  ctx.payload.config.custom.siteBuilder = builder
})
afterAll(() => ctx?.close())

const health = async () => {
  const response = await ctx.rest('GET', '/health')
  return { response, body: (await response.json()) as Health }
}

describe('GET /api/health', () => {
  it('answers anyone, uncached: the database answers, every site is listed, nothing waits', async () => {
    const { response, body } = await health()
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(body.status).toBe('ok')
    expect(body.database.reachable).toBe(true)
    const { docs: sites } = await ctx.payload.find({ collection: 'sites', pagination: false, depth: 0, overrideAccess: true })
    expect(body.sites?.map(({ siteId }) => siteId)).toEqual(sites.map(({ siteId }) => siteId).sort())
    expect(body.builds).toEqual({ waiting: 0, running: 0, oldestWaitingSince: null, oldestWaitingSeconds: null })
  })

  it('shows a waiting build and its age, and calls a build left waiting too long degraded', async () => {
    const req = { payload: ctx.payload, user: null } as never
    await requestSiteBuild(req, 'gr-prevention', 'health test')
    const { body } = await health()
    expect(body.builds?.waiting).toBe(1)
    expect(body.builds?.oldestWaitingSeconds).toBeLessThan(60)
    const later = new Date(Date.now() + (HEALTH_MAX_BUILD_WAIT_SECONDS + 60) * 1000)
    const stuck = await checkHealth(ctx.payload, later)
    expect(stuck.status).toBe('degraded')
    expect(stuck.builds?.oldestWaitingSeconds).toBeGreaterThan(HEALTH_MAX_BUILD_WAIT_SECONDS)
  })

  it("gives each site's last successful render once its build ran", async () => {
    await ctx.payload.jobs.run({ queue: SITE_BUILDS_QUEUE, limit: 10 })
    const { body } = await health()
    expect(body.builds?.waiting).toBe(0)
    const site = body.sites?.find(({ siteId }) => siteId === 'gr-prevention')
    expect(site?.lastBuild).toBe('succeeded')
    expect(Date.now() - new Date(site!.lastSuccessfulRender!).getTime()).toBeLessThan(60_000)
    expect(body.sites?.find(({ siteId }) => siteId === 'hub')?.lastSuccessfulRender).toBeNull()
  })

  it('answers 503 within seconds when the database does not, naming no internals', async () => {
    const count = vi.spyOn(ctx.payload, 'count').mockImplementationOnce(() => new Promise(() => {}))
    const started = Date.now()
    const { response, body } = await health()
    count.mockRestore()
    expect(response.status).toBe(503)
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(body).toMatchObject({ status: 'unavailable', database: { reachable: false, error: 'unreachable' } })
    expect(body.sites).toBeUndefined()
  })
})
