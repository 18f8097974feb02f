/**
 * The renderer as the CMS uses it: a second render of a site renders only the pages a change
 * touches and links the rest from the live release, without ever leaving a page stale; and a plain
 * `astro build` of the same snapshot gives the same pages.
 */
import { cpSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildStaticSite, SiteRenderer } from '../scripts/build-lib.mjs'
import { build, fixtureStaticDir, fixturesDir, htmlFiles, read, removeTempDirs, tempDir } from './helpers'

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

  it('keeps the compressed files of a page whose bytes did not change', async () => {
    const release = realpathSync(outDir)
    const gz = statSync(path.join(release, 'el/about/index.html.gz')).ino
    await build(snapshotDir, outDir)
    expect(realpathSync(outDir)).not.toBe(release)
    expect(statSync(path.join(outDir, 'el/about/index.html.gz')).ino).toBe(gz)
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
