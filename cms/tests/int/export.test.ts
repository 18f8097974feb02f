/**
 * The snapshot a site is built from: published content only, what visitors may see only, valid
 * against the contract, rich text made safe.
 */
import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SNAPSHOT_SCHEMA_VERSION } from '@victor/shared/snapshot'
import { buildSiteSnapshot } from '../../src/export/siteSnapshot'
import { writeSiteSnapshot } from '../../src/export/writeSiteSnapshot'
import { createTestPayload, type TestContext } from '../support/testPayload'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestPayload()
})
afterAll(() => ctx?.close())

const siteDoc = async (siteId: string) => (await ctx.payload.find({ collection: 'sites', where: { siteId: { equals: siteId } }, limit: 1, depth: 0 })).docs[0]

describe('site snapshots', () => {
  it('hold the published pages of the site in its locales, and never a draft', async () => {
    const snapshot = await buildSiteSnapshot(ctx.payload, 'ro-prevention')
    expect(snapshot.site).toMatchObject({ siteId: 'ro-prevention', audience: 'prevention', locales: ['ro', 'en'], country: { code: 'RO' } })
    const slugs = snapshot.pages.map((page) => page.slug).sort()
    expect(slugs).toEqual(['fake-job-offers', 'home', 'lover-boy', 'safe-travel'])
    expect(slugs).not.toContain('summer-jobs-abroad')
    for (const page of snapshot.pages) expect(Object.keys(page.translations).sort()).toEqual(['en', 'ro'])

    const page = snapshot.pages.find((candidate) => candidate.slug === 'fake-job-offers')!
    await ctx.payload.update({ collection: 'pages', id: page.id, locale: 'ro', draft: true, data: { title: 'Draft title not reviewed' } })
    const again = await buildSiteSnapshot(ctx.payload, 'ro-prevention')
    expect(JSON.stringify(again)).not.toContain('Draft title not reviewed')
  })

  it('give the hub every other site with the widgets it offers, and where partners embed them from; no other site', async () => {
    const { embed } = await buildSiteSnapshot(ctx.payload, 'hub')
    expect(embed?.widgetsUrl).toBe('http://widgets.localhost:4321')
    const { docs: sites } = await ctx.payload.find({ collection: 'sites', where: { audience: { not_equals: 'hub' } }, depth: 0, pagination: false })
    expect(embed!.sites.map((site) => site.siteId).sort()).toEqual(sites.map((site) => site.siteId).sort())
    expect(embed!.sites.find((site) => site.siteId === 'md-prevention')).toMatchObject({
      audience: 'prevention',
      country: 'MD',
      locales: ['ro', 'ru', 'en'],
      widgets: ['helplines', 'campaign', 'signs'],
      baseUrl: 'http://md-prevention.localhost:4321/',
    })
    expect((await buildSiteSnapshot(ctx.payload, 'md-prevention')).embed).toBeNull()
    // A site whose pages have no signs checklist offers no signs card.
    const md = await siteDoc('md-prevention')
    const { docs: pages } = await ctx.payload.find({ collection: 'pages', where: { sites: { in: [md.id] } }, locale: 'all', depth: 0, pagination: false })
    const withSigns = pages.filter((page) => JSON.stringify(page.layout ?? {}).includes('"signsChecklist"'))
    expect(withSigns.length).toBeGreaterThan(0)
    for (const page of withSigns) await ctx.payload.update({ collection: 'pages', id: page.id, data: { _status: 'draft' } as never, draft: false })
    try {
      expect((await buildSiteSnapshot(ctx.payload, 'hub')).embed!.sites.find((site) => site.siteId === 'md-prevention')!.widgets).toEqual(['helplines', 'campaign'])
    } finally {
      for (const page of withSigns) await ctx.payload.update({ collection: 'pages', id: page.id, data: { _status: 'published' } as never, draft: false })
    }
  })

  it('leave a locale out rather than filling it with another language', async () => {
    const site = await siteDoc('hu-demand-reduction')
    await ctx.payload.create({
      collection: 'pages',
      locale: 'en',
      data: { title: 'Only in English', slug: 'only-english', role: 'message', sites: [site.id], _status: 'published' },
    })
    const snapshot = await buildSiteSnapshot(ctx.payload, 'hu-demand-reduction')
    const page = snapshot.pages.find((candidate) => candidate.slug === 'only-english')!
    expect(Object.keys(page.translations)).toEqual(['en'])
  })

  it("give each page block in the contract's form: the demo's questions and answers, as the editor wrote them", async () => {
    const snapshot = await buildSiteSnapshot(ctx.payload, 'gr-demand-reduction')
    const { blocks } = snapshot.pages.find((page) => page.slug === 'how-to-report')!.translations.el!
    const faq = blocks.find((block) => block.blockType === 'faq')
    expect(faq).toMatchObject({ blockType: 'faq', heading: 'Συχνές ερωτήσεις', items: [{ question: 'Κι αν κάνω λάθος;' }, {}, {}] })
    expect(faq && 'items' in faq && faq.items.every((item) => item.question && item.answer)).toBe(true)
  })

  it('hold only verified helplines of the country, with tel: ready numbers', async () => {
    const greece = await buildSiteSnapshot(ctx.payload, 'gr-prevention')
    expect(greece.helplines.map((line) => line.number).sort()).toEqual(['1109', '116000'])
    const slovenia = await buildSiteSnapshot(ctx.payload, 'si-demand-reduction')
    expect(slovenia.helplines).toEqual([])
  })

  it('sanitise rich text: no script, no event handler, no style reaches a site', async () => {
    const site = await siteDoc('hu-demand-reduction')
    const paragraph = (text: string) => ({
      type: 'paragraph',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      textFormat: 0,
      textStyle: '',
      children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
    })
    const link = {
      type: 'link',
      version: 3,
      direction: 'ltr',
      format: '',
      indent: 0,
      fields: { linkType: 'custom', url: 'javascript:alert(1)', newTab: false },
      children: [{ type: 'text', version: 1, text: 'click', format: 0, detail: 0, mode: 'normal', style: '' }],
    }
    await ctx.payload.create({
      collection: 'pages',
      locale: 'en',
      data: {
        title: 'Pasted',
        slug: 'pasted',
        role: 'message',
        sites: [site.id],
        _status: 'published',
        layout: [
          {
            blockType: 'richText',
            content: {
              root: {
                type: 'root',
                version: 1,
                direction: 'ltr',
                format: '',
                indent: 0,
                children: [paragraph('<script>alert(1)</script><img src=x onerror=alert(1)>'), { ...paragraph(''), children: [link] }],
              },
            },
          },
        ],
      } as never,
    })
    const snapshot = await buildSiteSnapshot(ctx.payload, 'hu-demand-reduction')
    const html = (snapshot.pages.find((page) => page.slug === 'pasted')!.translations.en!.blocks[0] as { html: string }).html
    expect(html).toContain('&lt;script&gt;')
    // The pasted markup stays visible text; no element or attribute of it survives.
    expect(html).not.toMatch(/<script|<img|javascript:/i)
    expect(html).toContain('<a href="#">click</a>')
  })

  it('leave out a picture visitors may not see, and write the files a site needs', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#228844' } })
      .png()
      .toBuffer()
    const child = await ctx.payload.create({
      collection: 'media',
      data: { alt: 'Child', showsIdentifiableChild: true, consent: { reference: 'Form 7', date: '2026-10-01' } },
      file: { data: png, mimetype: 'image/png', name: 'consented.png', size: png.length },
    })
    const site = await siteDoc('hu-demand-reduction')
    await ctx.payload.create({
      collection: 'pages',
      locale: 'en',
      data: { title: 'Photo', slug: 'photo', role: 'message', sites: [site.id], _status: 'published', layout: [{ blockType: 'image', image: child.id }] } as never,
    })
    const out = path.join(ctx.dir, 'snapshot-hu')
    const { snapshot: withConsent } = await writeSiteSnapshot(ctx.payload, 'hu-demand-reduction', out)
    expect(withConsent.media.map((item) => item.file)).toContain('consented.png')
    expect(fs.existsSync(path.join(out, 'media', 'consented.png'))).toBe(true)
    expect(JSON.parse(fs.readFileSync(path.join(out, 'snapshot.json'), 'utf8')).schemaVersion).toBe(SNAPSHOT_SCHEMA_VERSION)
    // Exported again without a change, the file stays byte-identical (its time of generation too).
    const first = fs.readFileSync(path.join(out, 'snapshot.json'), 'utf8')
    await writeSiteSnapshot(ctx.payload, 'hu-demand-reduction', out)
    expect(fs.readFileSync(path.join(out, 'snapshot.json'), 'utf8')).toBe(first)

    // Consent withdrawn after publishing: the picture disappears from the site, not the page.
    await ctx.payload.update({ collection: 'media', id: child.id, data: { consent: { reference: '', date: null } } as never })
    const { snapshot: withdrawn } = await writeSiteSnapshot(ctx.payload, 'hu-demand-reduction', out)
    expect(withdrawn.media.map((item) => item.file)).not.toContain('consented.png')
    expect(withdrawn.pages.find((page) => page.slug === 'photo')!.translations.en!.blocks).toEqual([])
    expect(fs.existsSync(path.join(out, 'media', 'consented.png'))).toBe(false)
  })
})
