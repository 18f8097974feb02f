import type { PayloadRequest, TaskConfig } from 'payload'
import { notify, type Notice } from '../notifications/notify'
import { relationIds } from '../utilities/relationId'
import { describeBuildFailure, type BuildFailureReason, type BuildProblem } from './buildFailure'
import { recordSiteContents } from '../export/siteContents'
import { exportForBuild, SiteBuildFailed, siteBuilderOf } from './siteBuilder'

/**
 * The job that builds one site and records how it went. A failure is recorded on the build (and
 * so shown in the admin, with the records at fault), told to the people whose changes it carried
 * and emailed to the coordinators; it is not retried: the next change or a rebuild by hand tries again.
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
    const record = (data: Record<string, unknown>) => payload.update({ collection: 'site-builds', id: buildId, data, overrideAccess: true, context: { siteBuild: true } })
    await record({ status: 'running', startedAt: new Date(started).toISOString() })
    // What was exported heads the log, of a failed render too.
    let summary = ''
    try {
      const exported = await exportForBuild(payload, site.siteId)
      summary = exported.summary
      const { snapshotDir, contents } = exported
      const { log } = await siteBuilderOf(payload)(payload, site.siteId, snapshotDir)
      // Live now: which sites later changes affect is read from this snapshot alone.
      await recordSiteContents(payload, site.siteId, contents, 'replace')
      const finished = Date.now()
      await record({ status: 'succeeded', finishedAt: new Date(finished).toISOString(), durationMs: finished - started, log: tail(summary + log) })
      return { output: { status: 'succeeded' } }
    } catch (error) {
      const finished = Date.now()
      const message = error instanceof Error ? error.message : String(error)
      const { reason, problems } = describeBuildFailure(error)
      await record({
        status: 'failed',
        finishedAt: new Date(finished).toISOString(),
        durationMs: finished - started,
        error: message,
        reason,
        problems,
        log: tail(summary + (error instanceof SiteBuildFailed ? error.log : ((error as Error)?.stack ?? message))),
      })
      payload.logger.warn(`Build of ${site.siteId} failed: ${message}`)
      await tellAboutFailure(req, { id: buildId, siteId: site.siteId, requestedBy: build.requestedBy }, reason, problems)
      return { output: { status: 'failed' } }
    }
  },
}

/** The people whose changes did not go live hear it in the admin; the coordinators by email. */
async function tellAboutFailure(req: PayloadRequest, build: { id: number | string; siteId: string; requestedBy: unknown }, reason: BuildFailureReason, problems: BuildProblem[]) {
  const [first] = problems
  const record = first ? await titleOf(req, first) : ''
  const notice: Notice = {
    kind: 'build-failed',
    key: `noticeBuildFailed_${reason}`,
    vars: { site: build.siteId, record, field: first?.field ?? '' },
    link: `/collections/site-builds/${build.id}`,
  }
  await notify(req, relationIds(build.requestedBy), notice)
  const { docs: coordinators } = await req.payload.find({ collection: 'users', where: { role: { equals: 'coordinator' } }, depth: 0, pagination: false, overrideAccess: true, req })
  await notify(
    req,
    coordinators.map((coordinator) => coordinator.id),
    notice,
    { email: true, inAdmin: false },
  )
}

/** How people know the record at fault: its title, name or file name. */
async function titleOf(req: PayloadRequest, problem: BuildProblem): Promise<string> {
  const doc = (await req.payload
    .findByID({ collection: problem.collection as never, id: problem.documentId, depth: 0, draft: true, overrideAccess: true, req, disableErrors: true })
    .catch(() => null)) as Record<string, unknown> | null
  const title = doc?.title ?? doc?.name ?? doc?.filename ?? doc?.siteId
  return typeof title === 'string' && title ? title : `${problem.collection} ${problem.documentId}`
}

/** The end of a long log is where the error is. */
function tail(log: string, max = 20_000): string {
  return log.length > max ? `...\n${log.slice(-max)}` : log
}
