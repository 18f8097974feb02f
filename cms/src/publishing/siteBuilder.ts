/**
 * How a site is built and put live: the build task exports its snapshot from published content
 * (`exportForBuild`), then a builder renders it with the sites package's renderer, which swaps the
 * new output in only when it succeeded. Tests replace the builder through
 * `config.custom.siteBuilder`.
 */
import path from 'node:path'
import type { Payload } from 'payload'
import type { SiteContents } from '../export/siteContents'
import { writeSiteSnapshot } from '../export/writeSiteSnapshot'
import { builtSitesRoot, snapshotsRoot } from '@victor/shared/paths'

/** Renders a site from its exported snapshot folder and puts it live. */
export type SiteBuilder = (payload: Payload, siteId: string, snapshotDir: string) => Promise<{ log: string }>

export class SiteBuildFailed extends Error {
  constructor(
    message: string,
    readonly log: string,
  ) {
    super(message)
    this.name = 'SiteBuildFailed'
  }
}

type SitesLibrary = typeof import('@victor/sites/build-lib')
let library: Promise<SitesLibrary> | undefined
let renderer: Promise<InstanceType<SitesLibrary['SiteRenderer']>> | undefined
/**
 * The sites package's build library, loaded at run time from its package (the CMS never bundles
 * Astro). It is TypeScript, so it is loaded with tsx, as every script of the workspace is run;
 * `tsImport` scopes tsx to this import, leaving the server's own module loading as it is.
 */
const sitesLibrary = () =>
  (library ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ 'tsx/esm/api').then(({ tsImport }) => tsImport('@victor/sites/build-lib', import.meta.url) as Promise<SitesLibrary>))

/** When the site's live release was published: by a build, or by `pnpm start`. */
export async function siteLiveSince(siteId: string): Promise<Date | null> {
  return (await sitesLibrary()).liveSince(path.join(builtSitesRoot(), siteId))
}

/**
 * Renders a site from a snapshot folder with the sites package's renderer, which runs in a worker
 * process of its own and stays loaded between builds (the CMS never loads Astro); the output
 * replaces `outDir` only when it succeeds. With `publishWidgets` (live sites, never previews), the
 * site's partner widgets are published with it.
 */
export async function runSiteBuild(snapshotDir: string, outDir: string, { publishWidgets = false } = {}): Promise<{ ok: boolean; log: string }> {
  const library = await sitesLibrary()
  renderer ??= Promise.resolve(new library.SiteRenderer())
  return (await renderer).render({ snapshotDir, outDir, widgetsDir: publishWidgets ? library.widgetsDirFor(path.dirname(outDir)) : undefined })
}

/** Writes the site's snapshot where its builds read it, and says what it holds. */
export async function exportForBuild(payload: Payload, siteId: string): Promise<{ snapshotDir: string; contents: SiteContents; summary: string }> {
  const snapshotDir = path.join(snapshotsRoot(), siteId)
  const started = Date.now()
  const { snapshot, contents } = await writeSiteSnapshot(payload, siteId, snapshotDir)
  const summary = `Snapshot: ${snapshot.pages.length} pages, ${snapshot.helplines.length} helplines, ${snapshot.media.length} files, exported in ${Date.now() - started} ms\n`
  return { snapshotDir, contents, summary }
}

export const renderWithAstro: SiteBuilder = async (_payload, siteId, snapshotDir) => {
  const { ok, log } = await runSiteBuild(snapshotDir, path.join(builtSitesRoot(), siteId), { publishWidgets: true })
  if (!ok) throw new SiteBuildFailed(`The build of ${siteId} failed; the live site was left as it was.`, log)
  return { log }
}

export function siteBuilderOf(payload: Payload): SiteBuilder {
  return (payload.config.custom?.siteBuilder as SiteBuilder | undefined) ?? renderWithAstro
}
