/**
 * Publishing benchmark: `pnpm benchmark [sites=15] [pagesPerSite=200]`
 *
 * Generates a network of sites and pages through the Payload Local API (embedded SQLite in a
 * temporary folder; each page ~300 words in two locales with one text block), then measures:
 *   (a) a cold build of every site through the real pipeline: snapshot export and render per site,
 *       one renderer (built first, included in the time), empty renderer and picture caches,
 *   (b) publish-to-live of one edited page: from the Local API call until the new HTML is in the
 *       live folder, through the real pipeline (job queue, export, render, atomic swap); median of
 *       5, for an edit of the page's text and, separately, of its title (shown in the site's lists),
 *   (c) the same pages in one plain `astro build` (one snapshot holding every page), for comparison.
 * It prints a table. Wall-clock times on this machine; nothing else should run meanwhile.
 */
import fs from 'node:fs'
import os from 'node:os'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const siteCount = Number(process.argv[2] ?? 15)
const pagesPerSite = Number(process.argv[3] ?? 200)
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'victor-benchmark-'))
Object.assign(process.env, {
  DATABASE_URL: `file:${path.join(work, 'bench.db')}`,
  MEDIA_DIR: path.join(work, 'media'),
  VICTOR_OUTPUT_DIR: path.join(work, 'output'),
  VICTOR_SITE_BUILDS: 'manual',
  VICTOR_JOBS_AUTORUN: 'false',
  PAYLOAD_SECRET: 'benchmark',
  PAYLOAD_LOG_LEVEL: 'error',
  DISABLE_PAYLOAD_HMR: 'true',
  ASTRO_TELEMETRY_DISABLED: '1',
})

// Payload is a dependency of the CMS package, not of the repository root.
const cmsRequire = createRequire(path.resolve(import.meta.dirname, '..', '..', 'cms', 'package.json'))
const { getPayload } = (await import(pathToFileURL(cmsRequire.resolve('payload')).href)) as typeof import('payload')
const { default: config } = await import('../../cms/src/payload.config')
const { migrateDatabase } = await import('../../cms/src/migrateDatabase')
const { paragraphsToLexical } = await import('../../cms/src/seed/richText')
const { writeSiteSnapshot } = await import('../../cms/src/export/writeSiteSnapshot')
const { exportForBuild, renderWithAstro } = await import('../../cms/src/publishing/siteBuilder')
const { SITE_BUILDS_QUEUE } = await import('../../cms/src/publishing/requestSiteBuild')
const { buildStaticSite } = await import('../../sites/scripts/build-lib')

const payload = await getPayload({ config, cron: false })
await migrateDatabase(payload)
payload.config.custom.siteBuilder = renderWithAstro
const quiet = { overrideAccess: true, context: { skipSiteBuilds: true }, depth: 0 } as const
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const words = (n: number, seed: number) => Array.from({ length: n }, (_, i) => ['help', 'travel', 'work', 'friend', 'offer', 'phone', 'trust', 'call', 'safe', 'school'][(i * 7 + seed) % 10]).join(' ')

// The network.
const codes = ['AT', 'BE', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'HR', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'SE', 'SK']
let started = Date.now()
const siteIds: string[] = []
for (let s = 0; s < siteCount; s++) {
  const country = await payload.create({ collection: 'countries', locale: 'en', data: { code: codes[s], name: `Country ${s}`, role: 'origin', languages: ['en', 'ro'] }, ...quiet })
  const siteId = `${codes[s].toLowerCase()}-prevention`
  const site = await payload.create({
    collection: 'sites',
    locale: 'en',
    data: { siteId, name: `Site ${s}`, audience: 'prevention', country: country.id, enabledLocales: ['en', 'ro'], defaultLocale: 'en', baseUrl: `http://${siteId}.localhost:4321/` },
    ...quiet,
  })
  siteIds.push(siteId)
  for (let p = 0; p < pagesPerSite; p++) {
    const page = await payload.create({
      collection: 'pages',
      locale: 'en',
      data: {
        title: `Message ${p} of ${siteId}`,
        slug: `message-${p}`,
        role: p === 0 ? 'home' : 'message',
        sites: [site.id],
        summary: words(20, p),
        layout: [{ blockType: 'richText', content: paragraphsToLexical([words(300, p)]) }],
        _status: 'published',
      } as never,
      ...quiet,
    })
    await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'ro',
      data: { title: `Mesaj ${p}`, summary: words(20, p + 1), layout: [{ blockType: 'richText', content: paragraphsToLexical([words(300, p + 1)]) }], _status: 'published' } as never,
      ...quiet,
    })
  }
}
const generated = Date.now() - started
console.log(`generated ${siteCount} sites, ${siteCount * pagesPerSite} pages in ${seconds(generated)}`)

// (a) Cold build of every site: a renderer and picture cache of its own (inside the sites package,
// where the renderer's code resolves its dependencies), so nothing is warm.
const cold = path.resolve(import.meta.dirname, '..', '..', 'sites', 'node_modules', '.astro', `benchmark-${process.pid}`)
process.env.VICTOR_RENDERER_ROOT = path.join(cold, 'renderer')
process.env.VICTOR_IMAGE_CACHE_DIR = path.join(cold, 'images')
started = Date.now()
let exportTotal = 0
for (const siteId of siteIds) {
  const { snapshotDir, summary } = await exportForBuild(payload, siteId)
  await renderWithAstro(payload, siteId, snapshotDir)
  exportTotal += Number(/exported in (\d+) ms/.exec(summary)?.[1] ?? 0)
}
const coldAll = Date.now() - started
console.log(`(a) cold build of all sites: ${seconds(coldAll)}, of which snapshot export ${seconds(exportTotal)}`)

// (b) Publish-to-live of one edited page, median of 5 (renderer warm, as on a running server).
const target = siteIds[Math.floor(siteIds.length / 2)]
const { docs } = await payload.find({ collection: 'pages', where: { and: [{ slug: { equals: 'message-7' } }, { 'sites.siteId': { equals: target } }] }, limit: 1, depth: 0 })
const liveFile = path.join(process.env.VICTOR_OUTPUT_DIR!, 'sites', target, 'en', 'message-7', 'index.html')
async function publishToLive(edit: (run: number) => { data: Record<string, unknown>; expect: string }): Promise<number[]> {
  const times: number[] = []
  for (let run = 0; run < 5; run++) {
    const { data, expect } = edit(run)
    const t0 = Date.now()
    await payload.update({ collection: 'pages', id: docs[0].id, locale: 'en', data: { ...data, _status: 'published' }, overrideAccess: true, depth: 0 })
    await payload.jobs.run({ queue: SITE_BUILDS_QUEUE, limit: 10 })
    if (!fs.readFileSync(liveFile, 'utf8').includes(expect)) throw new Error(`the edit (${expect}) is not live`)
    times.push(Date.now() - t0)
  }
  return times
}
const median = (times: number[]) => [...times].sort((x, y) => x - y)[Math.floor(times.length / 2)]
const textTimes = await publishToLive((run) => {
  const text = `Edited text ${run} ${Date.now()}`
  return { data: { layout: [{ blockType: 'richText', content: paragraphsToLexical([`${text} ${words(300, run)}`]) }] }, expect: text }
})
console.log(`(b) publish-to-live, text edit: ${textTimes.map(seconds).join(', ')}; median ${seconds(median(textTimes))}`)
const titleTimes = await publishToLive((run) => {
  const title = `Edited title ${run} ${Date.now()}`
  return { data: { title }, expect: title }
})
console.log(`(b) publish-to-live, title edit: ${titleTimes.map(seconds).join(', ')}; median ${seconds(median(titleTimes))}`)

// (c) The same pages in one plain Astro build.
const combinedDir = path.join(work, 'combined')
const { snapshot: first } = await writeSiteSnapshot(payload, siteIds[0], combinedDir)
for (const siteId of siteIds.slice(1)) {
  const { snapshot: other } = await writeSiteSnapshot(payload, siteId, path.join(work, 'parts', siteId))
  first.pages.push(...other.pages.filter((page) => page.role !== 'home').map((page) => ({ ...page, slug: `${siteId}-${page.slug}` })))
}
fs.writeFileSync(path.join(combinedDir, 'snapshot.json'), JSON.stringify(first))
process.env.VICTOR_CACHE_DIR = path.join(cold, 'astro-c')
started = Date.now()
const combined = await buildStaticSite({ snapshotDir: combinedDir, outDir: path.join(work, 'combined-out'), quiet: true })
const single = Date.now() - started
if (!combined.ok) throw new Error(`combined build failed:\n${combined.output.slice(-2000)}`)
console.log(`(c) one Astro build of the same ${first.pages.length} pages: ${seconds(single)}`)

await payload.destroy()
fs.rmSync(work, { recursive: true, force: true })
fs.rmSync(cold, { recursive: true, force: true })
console.log(`
| measure | result | target |
|---|---|---|
| (a) cold build, ${siteCount} sites / ${siteCount * pagesPerSite} pages x 2 locales | ${seconds(coldAll)} | <= 1.2 x (c) = ${seconds(single * 1.2)} |
| (b) publish-to-live, one edited page (its text), median of 5 | ${seconds(median(textTimes))} | <= 3 s |
| (b) publish-to-live, one edited page (its title, shown in lists), median of 5 | ${seconds(median(titleTimes))} | <= 3 s |
| (c) one plain Astro build of the same pages | ${seconds(single)} | |
| ratio (a) / (c) | ${(coldAll / single).toFixed(2)} | <= 1.2 |
`)
