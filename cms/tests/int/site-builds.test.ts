/**
 * The publishing pipeline: a change rebuilds exactly the sites it affects, bursts make one build,
 * every build is recorded, a failed build leaves the live site as it was and shows why.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { SITE_BUILDS_QUEUE } from '../../src/publishing/requestSiteBuild'
import { BuildProblems } from '../../src/publishing/buildFailure'
import { renderWithAstro, type SiteBuilder } from '../../src/publishing/siteBuilder'
import { createTestPayload, type TestContext } from '../support/testPayload'

let ctx: TestContext
let built: string[]
let failNext: string | null

const fakeBuilder: SiteBuilder = async (payload, siteId) => {
  if (failNext === siteId) {
    failNext = null
    const home = (await payload.find({ collection: 'pages', where: { and: [{ role: { equals: 'home' } }, { 'sites.siteId': { equals: siteId } }] }, limit: 1, depth: 0 })).docs[0]
    throw new BuildProblems('content', [{ collection: 'pages', documentId: String(home.id), field: 'slug', message: `The build of ${siteId} failed: "get-help" is a path the site uses itself` }])
  }
  built.push(siteId)
  return { log: `built ${siteId}` }
}

beforeAll(async () => {
  ctx = await createTestPayload()
  ctx.payload.config.custom.siteBuilder = fakeBuilder
})
afterAll(() => ctx?.close())

beforeEach(async () => {
  await runBuilds()
  built = []
  failNext = null
  await ctx.payload.delete({ collection: 'site-builds', where: { id: { exists: true } }, overrideAccess: true })
})

const runBuilds = () => ctx.payload.jobs.run({ queue: SITE_BUILDS_QUEUE, limit: 100 })
const queuedSites = async () => {
  const { docs } = await ctx.payload.find({ collection: 'site-builds', where: { status: { equals: 'queued' } }, depth: 1, pagination: false })
  return docs.map((build) => (build.site as { siteId: string }).siteId).sort()
}
const find = async (collection: 'helplines' | 'pages' | 'partners' | 'media', where: Record<string, unknown>) =>
  (await ctx.payload.find({ collection, where: where as never, limit: 1, depth: 0, draft: true })).docs[0]

describe('what a change rebuilds', () => {
  it('an edited helpline rebuilds exactly the sites of its country, and the hub', async () => {
    const greek = await find('helplines', { number: { equals: '1109' } })
    const editor = await ctx.user('editor-gr@victor.local')
    await ctx.payload.update({ collection: 'helplines', id: greek.id, locale: 'el', data: { hours: 'Όλο το 24ωρο' }, user: editor as never, overrideAccess: false })
    expect(await queuedSites()).toEqual(['gr-demand-reduction', 'gr-prevention', 'hub'])
    await runBuilds()
    expect(built.sort()).toEqual(['gr-demand-reduction', 'gr-prevention', 'hub'])
    const { docs } = await ctx.payload.find({ collection: 'site-builds', depth: 0, pagination: false })
    expect(docs.map((build) => build.status)).toEqual(['succeeded', 'succeeded', 'succeeded'])
    expect(docs[0].trigger).toMatch(/helplines .* by editor-gr@victor\.local/)
    expect(docs[0].durationMs).toBeGreaterThanOrEqual(0)
  })

  it('a published page rebuilds its sites; a draft saved on top of it rebuilds nothing until published', async () => {
    const page = await find('pages', { slug: { equals: 'recognise-the-signs' } })
    await ctx.payload.update({ collection: 'pages', id: page.id, locale: 'en', draft: true, data: { title: 'Draft only' } })
    expect(await queuedSites()).toEqual([])
    await ctx.payload.update({ collection: 'pages', id: page.id, locale: 'en', data: { _status: 'published' } })
    // The hub too: the page has a signs checklist, which its sites offer partners as a widget (the hub's embed page).
    expect(await queuedSites()).toEqual(['gr-demand-reduction', 'hu-demand-reduction', 'hub', 'si-demand-reduction'])
  })

  it("a site's settings rebuild that site and the hub, whose embed page lists every site", async () => {
    const site = (await ctx.payload.find({ collection: 'sites', where: { siteId: { equals: 'ua-prevention' } }, limit: 1, depth: 0 })).docs[0]
    await ctx.payload.update({ collection: 'sites', id: site.id, locale: 'en', data: { name: 'Stay safe, Ukraine' } })
    expect(await queuedSites()).toEqual(['hub', 'ua-prevention'])
  })

  it('unpublishing a page rebuilds its sites', async () => {
    const page = await find('pages', { slug: { equals: 'how-to-report' }, 'sites.siteId': { equals: 'si-demand-reduction' } })
    await ctx.payload.update({ collection: 'pages', id: page.id, data: { _status: 'draft' } })
    expect(await queuedSites()).toEqual(['si-demand-reduction'])
  })

  it('a partner rebuilds the hub and its country; a picture the sites that show it', async () => {
    const partner = await find('partners', { name: { equals: 'ASTRA - Anti-trafficking action' } })
    await ctx.payload.update({ collection: 'partners', id: partner.id, locale: 'en', data: { role: 'Updated role' } })
    expect(await queuedSites()).toEqual(['hub', 'rs-prevention'])
    await runBuilds()
    const picture = await find('media', { filename: { equals: 'dont-look-away.jpg' } })
    await ctx.payload.update({ collection: 'media', id: picture.id, locale: 'en', data: { alt: 'A wide open eye' } })
    expect(await queuedSites()).toEqual(['gr-demand-reduction', 'hu-demand-reduction', 'si-demand-reduction'])
  })

  it('a picture rebuilds a site that shows it in one language only, whatever language it is edited in', async () => {
    const picture = await find('media', { filename: { equals: 'hub-partnership.jpg' } })
    const site = (await ctx.payload.find({ collection: 'sites', where: { siteId: { equals: 'si-demand-reduction' } }, limit: 1 })).docs[0]
    await ctx.payload.create({
      collection: 'pages',
      locale: 'sl',
      data: { title: 'Partnerstvo', slug: 'partnerstvo', role: 'message', sites: [site.id], layout: [{ blockType: 'image', image: picture.id }], _status: 'published' } as never,
    })
    await runBuilds()
    await ctx.payload.update({ collection: 'media', id: picture.id, locale: 'en', data: { alt: 'Partners around a table' } })
    expect(await queuedSites()).toContain('si-demand-reduction')
  })

  it('a page scheduled to publish rebuilds its site when it goes live', async () => {
    const reviewer = await ctx.user('reviewer@victor.local')
    const site = (await ctx.payload.find({ collection: 'sites', where: { siteId: { equals: 'bg-prevention' } }, limit: 1 })).docs[0]
    const page = await ctx.payload.create({
      collection: 'pages',
      draft: true,
      locale: 'en',
      data: { title: 'Scheduled', slug: 'scheduled', role: 'message', sites: [site.id], _status: 'draft' },
    })
    expect(await queuedSites()).toEqual([])
    await ctx.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'pages', value: String(page.id) }, user: { relationTo: 'users', value: reviewer.id } },
      waitUntil: new Date(Date.now() - 1000),
    } as never)
    await ctx.payload.jobs.run()
    expect(await queuedSites()).toEqual(['bg-prevention'])
    await runBuilds()
    expect(built).toEqual(['bg-prevention'])
  })

  it('coalesces a burst: ten quick saves make one build per site', async () => {
    const page = await find('pages', { slug: { equals: 'home' }, 'sites.siteId': { equals: 'hu-demand-reduction' } })
    for (let i = 0; i < 10; i++) {
      await ctx.payload.update({ collection: 'pages', id: page.id, locale: 'en', data: { summary: `Edit ${i}`, _status: 'published' } })
    }
    const { docs } = await ctx.payload.find({ collection: 'site-builds', where: { status: { equals: 'queued' } }, depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0].changes).toBe(10)
    await runBuilds()
    expect(built).toEqual(['hu-demand-reduction'])
  })
})

describe('build records', () => {
  it('show a failed build, why and where, to whoever may see its site, and tell the people whose change it carried', async () => {
    failNext = 'bg-prevention'
    const page = await find('pages', { slug: { equals: 'home' }, 'sites.siteId': { equals: 'bg-prevention' } })
    const reviewer = await ctx.user('reviewer@victor.local')
    await ctx.payload.update({ collection: 'pages', id: page.id, locale: 'bg', data: { summary: 'Нов текст', _status: 'published' }, user: reviewer as never, overrideAccess: true })
    await runBuilds()
    const read = async (email?: string) => {
      const response = await ctx.rest('GET', '/site-builds?where[status][equals]=failed&depth=1', { token: email ? await ctx.login(email) : undefined })
      return {
        status: response.status,
        docs:
          (
            (await response.json()) as {
              docs?: {
                site: { siteId: string }
                error: string
                log: string
                reason: string
                documents: { relationTo: string; value: { id: number } }[]
                problems: { collection: string; documentId: string; field: string }[]
              }[]
            }
          ).docs ?? [],
      }
    }
    const seen = await read('coordinator@victor.local')
    expect(seen.docs).toMatchObject([
      { site: { siteId: 'bg-prevention' }, error: expect.stringMatching(/failed/), reason: 'content', problems: [{ collection: 'pages', documentId: String(page.id), field: 'slug' }] },
    ])
    expect(seen.docs[0].documents).toMatchObject([{ relationTo: 'pages', value: { id: page.id } }])
    // The log says what was exported before the render failed.
    expect(seen.docs[0].log).toMatch(/^Snapshot: \d+ pages, \d+ helplines, \d+ files/)
    expect((await read('reviewer@victor.local')).docs).toHaveLength(1)
    expect((await read('editor-bg@victor.local')).docs).toHaveLength(1)
    expect((await read('editor-gr@victor.local')).docs).toHaveLength(0)
    expect((await read('translator-bg@victor.local')).docs).toHaveLength(0)
    expect((await read()).status).toBe(403)
    const told = await ctx.payload.find({ collection: 'notifications', where: { kind: { equals: 'build-failed' } }, user: reviewer as never, overrideAccess: false })
    expect(told.docs.map((note) => note.message)).toEqual([expect.stringContaining('bg-prevention')])
  })

  it('cannot be written through the API', async () => {
    const token = await ctx.login('coordinator@victor.local')
    const site = (await ctx.payload.find({ collection: 'sites', limit: 1 })).docs[0]
    const response = await ctx.rest('POST', '/site-builds', { token, body: { site: site.id, status: 'succeeded', trigger: 'fake' } })
    expect(response.status).toBe(403)
  })

  it('a coordinator can rebuild a site by hand; an editor cannot', async () => {
    const site = (await ctx.payload.find({ collection: 'sites', where: { siteId: { equals: 'bg-prevention' } }, limit: 1 })).docs[0]
    const editor = await ctx.rest('POST', `/sites/${site.id}/rebuild`, { token: await ctx.login('editor-bg@victor.local') })
    expect(editor.status).toBe(403)
    expect(await queuedSites()).toEqual([])
    const coordinator = await ctx.rest('POST', `/sites/${site.id}/rebuild`, { token: await ctx.login('coordinator@victor.local') })
    expect(coordinator.status).toBe(202)
    expect(await queuedSites()).toEqual(['bg-prevention'])
  })
})

describe('a real build', () => {
  const hashTree = (dir: string) => {
    const hash = createHash('sha256')
    const visit = (entry: string) => {
      for (const name of fs.readdirSync(entry).sort()) {
        const full = path.join(entry, name)
        if (fs.statSync(full).isDirectory()) visit(full)
        else hash.update(path.relative(dir, full)).update(fs.readFileSync(full))
      }
    }
    visit(dir)
    return hash.digest('hex')
  }

  it('puts published content live, never a draft, and a failed build leaves the live site byte-identical', async () => {
    ctx.payload.config.custom.siteBuilder = renderWithAstro
    try {
      const site = (await ctx.payload.find({ collection: 'sites', where: { siteId: { equals: 'si-demand-reduction' } }, limit: 1 })).docs[0]
      await ctx.payload.create({
        collection: 'pages',
        locale: 'en',
        draft: true,
        data: { title: 'Unreviewed draft title', slug: 'draft-page', role: 'message', sites: [site.id], _status: 'draft' },
      })
      // Published for sure (an earlier test may have unpublished it): edited below.
      const report = (
        await ctx.payload.find({ collection: 'pages', where: { and: [{ slug: { equals: 'how-to-report' } }, { sites: { contains: site.id } }] }, locale: 'en', limit: 1, depth: 0, draft: true })
      ).docs[0]
      await ctx.payload.update({ collection: 'pages', id: report.id, locale: 'en', data: { _status: 'published' }, context: { skipSiteBuilds: true } })
      await ctx.rest('POST', `/sites/${site.id}/rebuild`, { token: await ctx.login('coordinator@victor.local') })
      await runBuilds()
      const live = path.join(ctx.dir, 'output', 'sites', 'si-demand-reduction')
      expect(fs.existsSync(path.join(live, 'sl', 'index.html'))).toBe(true)
      const html = fs.readFileSync(path.join(live, 'en', 'index.html'), 'utf8')
      expect(html).not.toContain('Unreviewed draft title')
      expect(fs.existsSync(path.join(live, 'en', 'draft-page'))).toBe(false)

      // An edit inside one page renders that page again (in each of the site's locales), not the site.
      const layout = structuredClone(report.layout) as { blockType: string; steps?: { title: string }[] }[]
      layout.find((block) => block.blockType === 'reportSteps')!.steps![1].title = 'Call the police on 113, day or night'
      await ctx.payload.update({ collection: 'pages', id: report.id, locale: 'en', data: { layout, _status: 'published' } as never })
      await runBuilds()
      const latest = (await ctx.payload.find({ collection: 'site-builds', where: { site: { equals: site.id } }, sort: '-createdAt', limit: 1, depth: 0 })).docs[0]
      expect(latest.status).toBe('succeeded')
      const [, rendered, total] = /Rendered (\d+) of (\d+) pages/.exec(latest.log ?? '')!.map(Number)
      expect(rendered).toBe(2 + 3)
      expect(total).toBeGreaterThan(15)
      expect(fs.readFileSync(path.join(live, 'en', 'how-to-report', 'index.html'), 'utf8')).toContain('Call the police on 113, day or night')
      const before = hashTree(live)

      expect(html).not.toContain('class="preview-band"')

      // A picture whose file is gone from the server: the build fails naming it, and changes nothing live.
      const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#884422' } })
        .png()
        .toBuffer()
      const picture = await ctx.payload.create({ collection: 'media', data: { alt: 'A street at night' }, file: { data: png, mimetype: 'image/png', name: 'street.png', size: png.length } })
      await ctx.payload.update({ collection: 'pages', id: report.id, locale: 'en', data: { layout: [...layout, { blockType: 'image', image: picture.id }], _status: 'published' } as never })
      await runBuilds()
      const withPicture = hashTree(live)
      fs.rmSync(path.join(process.env.MEDIA_DIR!, picture.filename!))
      await ctx.payload.update({ collection: 'pages', id: report.id, locale: 'en', data: { summary: 'With the picture', _status: 'published' } })
      await runBuilds()
      const { docs } = await ctx.payload.find({ collection: 'site-builds', sort: '-createdAt', limit: 1, depth: 0 })
      expect(docs[0]).toMatchObject({ status: 'failed', reason: 'files', problems: [{ collection: 'media', documentId: String(picture.id), field: 'filename' }] })
      expect(docs[0].error).toMatch(/street\.png/)
      expect(hashTree(live)).toBe(withPicture)
      expect(before).not.toBe(withPicture)
    } finally {
      ctx.payload.config.custom.siteBuilder = fakeBuilder
    }
  }, 120_000)
})
