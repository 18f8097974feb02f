import type { TaskConfig } from 'payload'
import { SiteBuildFailed, siteBuilderOf } from './siteBuilder'

/**
 * The job that builds one site and records how it went. A failure is recorded on the build (and
 * so shown in the admin), not retried: the next change or a rebuild by hand tries again.
 */
export const buildSiteTask: TaskConfig<{ input: { build: number | string }; output: { status: string } }> = {
  slug: 'buildSite',
  retries: 0,
  inputSchema: [{ name: 'build', type: 'relationship', relationTo: 'site-builds', required: true }],
  outputSchema: [{ name: 'status', type: 'text' }],
  handler: async ({ input, req }) => {
    const { payload } = req
    const buildId = typeof input.build === 'object' ? (input.build as { id: number | string }).id : input.build
    const build = await payload.findByID({ collection: 'site-builds', id: buildId, depth: 1, overrideAccess: true })
    const site = build.site as { siteId: string }
    const started = Date.now()
    const record = (data: Record<string, unknown>) =>
      payload.update({ collection: 'site-builds', id: buildId, data, overrideAccess: true, context: { siteBuild: true } })
    await record({ status: 'running', startedAt: new Date(started).toISOString() })
    try {
      const { log } = await siteBuilderOf(payload)(payload, site.siteId)
      const finished = Date.now()
      await record({ status: 'succeeded', finishedAt: new Date(finished).toISOString(), durationMs: finished - started, log: tail(log) })
      return { output: { status: 'succeeded' } }
    } catch (error) {
      const finished = Date.now()
      const message = error instanceof Error ? error.message : String(error)
      await record({
        status: 'failed',
        finishedAt: new Date(finished).toISOString(),
        durationMs: finished - started,
        error: message,
        log: tail(error instanceof SiteBuildFailed ? error.log : (error as Error)?.stack ?? message),
      })
      payload.logger.warn(`Build of ${site.siteId} failed: ${message}`)
      return { output: { status: 'failed' } }
    }
  },
}

/** The end of a long log is where the error is. */
function tail(log: string, max = 20_000): string {
  return log.length > max ? `...\n${log.slice(-max)}` : log
}
