/**
 * The renderer as the CMS uses it: a second render of a site renders only the pages a change
 * touches and links the rest from the live release, without ever leaving a page stale (the bytes
 * of pictures and downloads included); one worker renders one site at a time; a change to the
 * sites' code builds a new renderer; and a plain `astro build` of the same snapshot gives the same
 * pages.
 */
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildStaticSite, RENDERER_SOURCES, rendererSourceHash, SiteRenderer } from '../scripts/build-lib'
import { build, fixtureStaticDir, fixturesDir, htmlFiles, parse, read, removeTempDirs, sitesRoot, tempDir } from './helpers'

afterAll(removeTempDirs)

let snapshotDir: string
let outDir: string
let snapshot: any
const inode = (file: string) => statSync(path.join(outDir, file)).ino
const save = () => writeFileSync(path.join(snapshotDir, 'snapshot.json'), JSON.stringify(snapshot))
const rendered = (log: string) => Number(/Rendered (\d+) of/.exec(log)?.[1])

beforeAll(async () => {
  snapshotDir = tempDir('renderer-snapshot')
  cpSync(path.join(fixturesDir, 'gr-prevention'), snapshotDir, { recursive: true })
  snapshot = JSON.parse(readFileSync(path.join(snapshotDir, 'snapshot.json'), 'utf8'))
  outDir = path.join(tempDir('renderer-out'), 'site')
  await build(snapshotDir, outDir)
})

describe('a second render', () => {
  it('renders only the edited page when its text changed, and links every other page from the live release', async () => {
    const page = snapshot.pages.find((item: any) => item.slug === 'safe-travel')
    const before = Object.fromEntries(htmlFiles(outDir).map((file) => [file, inode(file)]))
    const block = page.translations.el.blocks.find((item: any) => item.blockType === 'richText')
    block.html = '<p>Νέο κείμενο για το ταξίδι.</p>'
    save()
    const { output } = await build(snapshotDir, outDir)
    // The page in each of the site's locales (its own record covers every translation), plus root, 404 and robots.txt.
    expect(rendered(output)).toBe(snapshot.site.locales.length + 3)
    expect(read(outDir, 'el/safe-travel/index.html')).toContain('Νέο κείμενο για το ταξίδι.')
    const relinked = htmlFiles(outDir).filter((file) => !file.includes('safe-travel') && !['index.html', '404.html'].includes(file))
    expect(relinked.length).toBeGreaterThan(20)
    for (const file of relinked) expect(inode(file), file).toBe(before[file])
  })

  it('never leaves a page stale: a new helpline number is on every page', async () => {
    snapshot.helplines[0].number = '+302101234567'
    save()
    const { output } = await build(snapshotDir, outDir)
    expect(rendered(output)).toBe(htmlFiles(outDir).length + 1)
    for (const file of htmlFiles(outDir).filter((name) => name !== 'index.html')) expect(read(outDir, file), file).toContain('tel:+302101234567')
  })

  it('shows a new page title in the lists that name it', async () => {
    snapshot.pages.find((item: any) => item.slug === 'lover-boy').translations.el.title = 'Ο «φίλος» που σε χειραγωγεί'
    save()
    await build(snapshotDir, outDir)
    expect(read(outDir, 'el/index.html')).toContain('Ο «φίλος» που σε χειραγωγεί')
    expect(read(outDir, 'el/lover-boy/index.html')).toContain('Ο «φίλος» που σε χειραγωγεί')
  })

  it('keeps the files of a page rendered again with the same bytes, compressed copies included', async () => {
    // Its own record's edit time is in its key but not on the page: rendered again, same bytes.
    const page = snapshot.pages.find((item: any) => item.slug === 'safe-travel')
    page.updatedAt = new Date(Date.parse(page.updatedAt) + 60_000).toISOString()
    save()
    const file = 'el/safe-travel/index.html'
    const files = [file, `${file}.gz`, `${file}.br`]
    const before = files.map(inode)
    const release = realpathSync(outDir)
    const { output } = await build(snapshotDir, outDir)
    expect(realpathSync(outDir)).not.toBe(release)
    expect(rendered(output)).toBe(snapshot.site.locales.length + 3)
    expect(files.map(inode)).toEqual(before)
  })

  it('renders the pages that show a picture again when its bytes change under the same name', async () => {
    const pictureNames = () => new Set(htmlFiles(outDir).flatMap((file) => read(outDir, file).match(/_img\/[^"' ,)]+/g) ?? []))
    const before = pictureNames()
    expect(before.size).toBeGreaterThan(0)
    const source = path.join(snapshotDir, 'media', snapshot.media[0].file)
    const { width, height } = snapshot.media[0]
    writeFileSync(
      source,
      await sharp({ create: { width, height, channels: 3, background: '#aa3300' } })
        .jpeg()
        .toBuffer(),
    )
    const showing = htmlFiles(outDir).filter((file) => /_img\//.test(read(outDir, file)))
    expect(showing.length).toBeGreaterThan(3)
    const { output } = await build(snapshotDir, outDir)
    expect(rendered(output)).toBeGreaterThanOrEqual(showing.length)
    const after = pictureNames()
    expect(after.size).toBeGreaterThan(0)
    expect([...after].filter((name) => before.has(name))).toEqual([])
    for (const name of after) expect(existsSync(path.join(outDir, decodeURI(name))), name).toBe(true)
  })
})

describe('a download whose file changes under the same name', () => {
  it('is published with its new bytes, and the pages offering it show its new size', async () => {
    const hubDir = tempDir('renderer-hub')
    cpSync(path.join(fixturesDir, 'hub'), hubDir, { recursive: true })
    const hub = JSON.parse(readFileSync(path.join(hubDir, 'snapshot.json'), 'utf8'))
    const hubOut = path.join(tempDir('renderer-hub-out'), 'site')
    await build(hubDir, hubOut)
    const pdf = hub.media.find((item: any) => item.mimeType === 'application/pdf')
    const offering = htmlFiles(hubOut).filter((file) => read(hubOut, file).includes(`/${pdf.id}/`))
    expect(offering.length).toBeGreaterThan(0)
    const sizeShown = (file: string) => parse(read(hubOut, file)).querySelector(`a[href*="/${pdf.id}/"]`)!.parentElement!.querySelector('.file-info')!.textContent
    const sizesBefore = offering.map(sizeShown)
    const source = path.join(hubDir, 'media', pdf.file)
    const bytes = Buffer.concat([readFileSync(source), Buffer.alloc(300_000, 0x20)])
    writeFileSync(source, bytes)
    await build(hubDir, hubOut)
    const href = parse(read(hubOut, offering[0])).querySelector<HTMLAnchorElement>(`a[href*="/${pdf.id}/"]`)!.getAttribute('href')!
    const published = path.join(hubOut, new URL(href, hub.site.baseUrl).pathname.slice(new URL(hub.site.baseUrl).pathname.length))
    expect(readFileSync(decodeURIComponent(published)).equals(bytes)).toBe(true)
    offering.forEach((file, index) => expect(sizeShown(file), file).not.toBe(sizesBefore[index]))
  })
})

describe('one worker', () => {
  it('renders one site at a time: two requests at once for one site both succeed, the second on top of the first', async () => {
    const renderer = new SiteRenderer({ staticDir: fixtureStaticDir })
    try {
      const [first, second] = await Promise.all([renderer.render({ snapshotDir, outDir }), renderer.render({ snapshotDir, outDir })])
      expect(first.ok, first.log).toBe(true)
      expect(second.ok, second.log).toBe(true)
      // Had they run together, the second would have started from the release before the first.
      expect(second.reused).toBe(first.pages! - 3)
      const [firstRelease, secondRelease] = readdirSync(`${outDir}.releases`).sort().slice(-2)
      expect(path.basename(realpathSync(outDir))).toBe(secondRelease)
      expect(second.log).toContain(`previous release: ${firstRelease}\n`)
    } finally {
      renderer.close()
    }
  })
})

describe('one worker, two sites', () => {
  it('renders them one after the other, each with its own content', async () => {
    const renderer = new SiteRenderer({ staticDir: fixtureStaticDir })
    try {
      const sites = ['gr-prevention', 'hu-demand-reduction'].map((id) => ({ id, snapshotDir: path.join(fixturesDir, id), outDir: path.join(tempDir(`renderer-${id}`), 'site') }))
      const results = await Promise.all(sites.map(({ snapshotDir, outDir }) => renderer.render({ snapshotDir, outDir })))
      results.forEach((result, index) => {
        expect(result.ok, result.log).toBe(true)
        expect(result.siteId).toBe(sites[index].id)
      })
      const [first, second] = sites.map(({ outDir }) => outDir)
      // The second site's pages were all written after the first site went live.
      const firstLive = Number(path.basename(realpathSync(first)).split('-')[0])
      const written = htmlFiles(second).map((file) => statSync(path.join(second, file)).mtimeMs)
      expect(Math.min(...written)).toBeGreaterThanOrEqual(firstLive)
      // Nothing of one site is in the other: every page shows its own helplines only.
      const tels = (snapshotDir: string): string[] => JSON.parse(readFileSync(path.join(snapshotDir, 'snapshot.json'), 'utf8')).helplines.map((item: any) => `tel:${item.number}`)
      for (const [own, other] of [sites, [...sites].reverse()]) {
        const [ownTel] = tels(own.snapshotDir)
        const otherTels = tels(other.snapshotDir)
        expect(otherTels).not.toContain(ownTel)
        for (const file of htmlFiles(own.outDir).filter((name) => name !== 'index.html')) {
          const html = read(own.outDir, file)
          expect(html, `${own.id} ${file}`).toContain(ownTel)
          for (const tel of otherTels) expect(html, `${own.id} ${file}`).not.toContain(`"${tel}"`)
        }
      }
    } finally {
      renderer.close()
    }
  })
})

describe('what the renderer is built from', () => {
  it('is its sources by content: a component, a UI string or the styles give a new renderer, an edit time does not', () => {
    const copy = path.join(tempDir('renderer-sources'), 'sites')
    for (const entry of RENDERER_SOURCES) cpSync(path.join(sitesRoot, entry), path.join(copy, entry), { recursive: true, filter: (source) => path.basename(source) !== 'node_modules' })
    const original = rendererSourceHash()
    const id = () => rendererSourceHash(undefined, copy)
    expect(id()).toBe(original)
    const component = path.join(copy, 'src', 'components', 'HelpBand.astro')
    const later = new Date(Date.now() + 60_000)
    utimesSync(component, later, later)
    expect(id()).toBe(original)
    for (const file of ['src/components/HelpBand.astro', '../shared/src/i18n/el.json', 'src/styles/site.css']) {
      const full = path.join(copy, file)
      const bytes = readFileSync(full)
      appendFileSync(full, '\n')
      expect(id(), file).not.toBe(original)
      writeFileSync(full, bytes)
      expect(id(), file).toBe(original)
    }
  })
})

describe("a change to the sites' code", () => {
  it('builds a new renderer before the next render, and the pages show the change', async () => {
    const logs: string[] = []
    const staticDir = tempDir('renderer-static')
    cpSync(fixtureStaticDir, staticDir, { recursive: true })
    const renderer = new SiteRenderer({ staticDir })
    try {
      const out = path.join(tempDir('renderer-code-out'), 'site')
      const first = await renderer.render({ snapshotDir, outDir: out })
      logs.push(first.log)
      expect(first.ok, first.log).toBe(true)
      const mdx = path.join(staticDir, 'prevention', 'en', 'about.mdx')
      writeFileSync(mdx, `${readFileSync(mdx, 'utf8')}\n\nA new paragraph on the page.\n`)
      const second = await renderer.render({ snapshotDir, outDir: out })
      logs.push(second.log)
      expect(second.ok, second.log).toBe(true)
      const built = /Built the renderer (\w+)/
      expect(second.log).toMatch(built)
      expect(built.exec(second.log)![1]).not.toBe(/Renderer (\w+)/.exec(first.log)![1])
      expect(read(out, 'en/about/index.html')).toContain('A new paragraph on the page.')
      // Built once: another renderer of the same sources (a restarted CMS) loads that build.
      const again = new SiteRenderer({ staticDir })
      try {
        const third = await again.render({ snapshotDir, outDir: out })
        logs.push(third.log)
        expect(third.ok, third.log).toBe(true)
        expect(third.log).not.toMatch(built)
        expect(/Renderer (\w+)/.exec(third.log)![1]).toBe(built.exec(second.log)![1])
      } finally {
        again.close()
      }
    } finally {
      renderer.close()
      // The two renderers of this temporary folder's pages are of no use to any later run.
      for (const log of logs) for (const [, id] of log.matchAll(/Renderer (\w+);/g)) rmSync(path.join(sitesRoot, 'node_modules', '.astro', 'renderer', id), { recursive: true, force: true })
    }
  })
})

describe('a render that is killed', () => {
  it('leaves the live site as it was, says so, and the next render works', async () => {
    // A renderer of its own: this test kills its worker.
    const renderer = new SiteRenderer({ staticDir: fixtureStaticDir })
    try {
      await renderer.render({ snapshotDir, outDir })
      const live = realpathSync(outDir)
      snapshot.helplines[0].number = '+302109999999'
      save()
      const rendering = renderer.render({ snapshotDir, outDir })
      process.kill(renderer.pid!, 'SIGKILL')
      const result = await rendering
      expect(result.ok).toBe(false)
      expect(result.log).toMatch(/The renderer stopped \(SIGKILL\); the live site was left as it was/)
      expect(realpathSync(outDir)).toBe(live)
      expect(read(outDir, 'el/get-help/index.html')).not.toContain('+302109999999')

      expect((await renderer.render({ snapshotDir, outDir })).ok).toBe(true)
      expect(read(outDir, 'el/get-help/index.html')).toContain('tel:+302109999999')
      // Nothing the killed render wrote is left beside the site.
      expect(readdirSync(path.dirname(outDir)).filter((name) => name.includes('.rendering-'))).toEqual([])
    } finally {
      renderer.close()
    }
  })
})

describe('a plain astro build of the same snapshot', () => {
  it('gives the same pages, with the same content security policy', async () => {
    const staticOut = path.join(tempDir('static-build'), 'site')
    const result = await buildStaticSite({ snapshotDir, outDir: staticOut, staticDir: fixtureStaticDir, quiet: true })
    expect(result.ok, result.output.slice(-3000)).toBe(true)
    const csp = /<meta http-equiv="content-security-policy" content="([^"]*)">/
    const split = (html: string) => ({ policy: new Set(csp.exec(html)?.[1].split(/[; ]+/)), page: html.replace(csp, '') })
    expect(htmlFiles(staticOut)).toEqual(htmlFiles(outDir))
    for (const file of htmlFiles(outDir)) {
      const [a, b] = [split(read(outDir, file)), split(read(staticOut, file))]
      expect(a.page, file).toBe(b.page)
      expect(a.policy, file).toEqual(b.policy)
    }
  })
})
