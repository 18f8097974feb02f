/**
 * Which sites a change rebuilds, measured against what the sites show: each kind of document is
 * changed once, every site's snapshot (and the bytes of its pictures and files) is exported
 * before and after, and the sites rebuilt must be exactly those whose export changed. Where the
 * rule is knowingly broader, the case names the extra site and why.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { CollectionSlug, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSiteSnapshot } from '../../src/export/siteSnapshot'
import { mediaDir } from '../../src/paths'
import { SITE_BUILDS_QUEUE } from '../../src/publishing/requestSiteBuild'
import { demoPdf } from '../../src/seed/demoPdf'
import type { SiteBuilder } from '../../src/publishing/siteBuilder'
import { createTestPayload, type TestContext } from '../support/testPayload'

let ctx: TestContext
let siteIds: string[]
let before: Map<string, string>

/** The build task exports and records; rendering is the sites package's (tested there). */
const exportOnly: SiteBuilder = async (_payload, siteId) => ({ log: `rendered ${siteId}` })

/** What a site's visitors get: its snapshot, and the bytes of every picture and file in it. */
async function output(siteId: string): Promise<string> {
  const { generatedAt: _generatedAt, ...snapshot } = await buildSiteSnapshot(ctx.payload, siteId)
  const files = snapshot.media.map((item) =>
    createHash('sha256')
      .update(fs.readFileSync(path.join(mediaDir(), item.file)))
      .digest('hex'),
  )
  return JSON.stringify({ snapshot, files })
}

const outputs = async () => new Map(await Promise.all(siteIds.map(async (siteId) => [siteId, await output(siteId)] as const)))
const runBuilds = () => ctx.payload.jobs.run({ queue: SITE_BUILDS_QUEUE, limit: 100 })
const queuedSites = async () => {
  const { docs } = await ctx.payload.find({ collection: 'site-builds', where: { status: { equals: 'queued' } }, depth: 1, pagination: false })
  return docs.map((build) => (build.site as { siteId: string }).siteId).sort()
}
const one = async (collection: CollectionSlug, where: Where) => {
  const { docs } = await ctx.payload.find({ collection, where, limit: 1, depth: 0, draft: true, overrideAccess: true })
  if (!docs[0]) throw new Error(`No ${collection} ${JSON.stringify(where)} in the demo content`)
  return docs[0] as unknown as Record<string, any> & { id: number | string }
}
const siteDoc = (siteId: string) => one('sites', { siteId: { equals: siteId } })

beforeAll(async () => {
  ctx = await createTestPayload()
  ctx.payload.config.custom.siteBuilder = exportOnly
  siteIds = (await ctx.payload.find({ collection: 'sites', depth: 0, pagination: false })).docs.map((site) => site.siteId as string).sort()
  before = await outputs()
})
afterAll(() => ctx?.close())

/**
 * Applies a change, then checks that the sites queued are those whose output changed (plus the
 * `broader` ones, each with its reason), and builds them.
 */
async function expectRebuilt(change: () => Promise<unknown>, broader: Record<string, string> = {}) {
  await change()
  const queued = await queuedSites()
  const after = await outputs()
  try {
    const changed = siteIds.filter((siteId) => after.get(siteId) !== before.get(siteId))
    expect(changed.length, 'the change shows on some site').toBeGreaterThan(0)
    expect(queued).toEqual([...new Set([...changed, ...Object.keys(broader)])].sort())
    for (const siteId of Object.keys(broader)) expect(changed, `${siteId} is listed as broader but its output changed`).not.toContain(siteId)
  } finally {
    // The next case starts from live sites, whatever this one found.
    await runBuilds()
    before = after
  }
  expect(await queuedSites()).toEqual([])
}

describe('a change rebuilds exactly the sites whose output it changes', () => {
  it('a page: its sites', async () => {
    const page = await one('pages', { and: [{ slug: { equals: 'lover-boy' } }, { 'sites.siteId': { equals: 'md-prevention' } }] })
    await expectRebuilt(() => ctx.payload.update({ collection: 'pages', id: page.id, locale: 'ro', data: { title: 'Prietenul care te manipulează', _status: 'published' } }))
  })

  it('a page with a signs checklist: its sites', async () => {
    const page = await one('pages', { and: [{ slug: { equals: 'fake-job-offers' } }, { 'sites.siteId': { equals: 'md-prevention' } }] })
    await expectRebuilt(() => ctx.payload.update({ collection: 'pages', id: page.id, locale: 'ro', data: { title: 'Oferte de muncă false', _status: 'published' } }), {
      hub: "its embed page offers a site's signs card, and reads the pages with a checklist to know whether there is one",
    })
  })

  it('a new page: the site it is published on', async () => {
    const site = await siteDoc('bg-prevention')
    await expectRebuilt(() =>
      ctx.payload.create({ collection: 'pages', locale: 'bg', data: { title: 'Нова страница', slug: 'nova', role: 'message', sites: [site.id], _status: 'published' } as never }),
    )
  })

  it('a campaign: its sites', async () => {
    const campaign = await one('campaigns', { 'sites.siteId': { equals: 'gr-prevention' } })
    await expectRebuilt(() => ctx.payload.update({ collection: 'campaigns', id: campaign.id, locale: 'en', data: { title: 'Too good to be true? Check first', _status: 'published' } }), {
      hub: "its embed page offers a site's campaign banner, and reads every campaign to know whether there is one",
    })
  })

  it('a helpline: the sites of its country, and the hub', async () => {
    const helpline = await one('helplines', { number: { equals: '1109' } })
    await expectRebuilt(() => ctx.payload.update({ collection: 'helplines', id: helpline.id, locale: 'en', data: { hours: 'Every day, all day' } }))
  })

  it('an information desk, a partner, an event, a news item', async () => {
    const desk = await one('info-desks', {})
    await expectRebuilt(() => ctx.payload.update({ collection: 'info-desks', id: desk.id, locale: 'en', data: { openingHours: 'Mon-Fri 9:00-17:00' } }))
    const partner = await one('partners', { name: { equals: 'ASTRA - Anti-trafficking action' } })
    await expectRebuilt(() => ctx.payload.update({ collection: 'partners', id: partner.id, locale: 'en', data: { role: 'Runs the helpline in Serbia' } }))
    const event = await one('events', {})
    await expectRebuilt(() => ctx.payload.update({ collection: 'events', id: event.id, locale: 'en', data: { place: 'Chișinău, Moldova' } }))
    const news = await one('news', {})
    await expectRebuilt(() => ctx.payload.update({ collection: 'news', id: news.id, locale: 'en', data: { title: 'Training news', _status: 'published' } }))
  })

  it("a picture's text: the sites that show it", async () => {
    const picture = await one('media', { filename: { equals: 'dont-look-away.jpg' } })
    await expectRebuilt(() => ctx.payload.update({ collection: 'media', id: picture.id, locale: 'en', data: { alt: 'An eye, wide open' } }))
  })

  it("a resource's PDF offered for download on a country site's page: that site and the hub get the new file", async () => {
    const resource = await one('resources', {})
    const page = await one('pages', { and: [{ slug: { equals: 'lover-boy' } }, { 'sites.siteId': { equals: 'md-prevention' } }] })
    await expectRebuilt(() =>
      ctx.payload.update({ collection: 'pages', id: page.id, locale: 'ro', data: { layout: [{ blockType: 'resourceDownload', resource: resource.id }], _status: 'published' } as never }),
    )
    const { docs } = await ctx.payload.find({ collection: 'resources', where: { id: { equals: resource.id } }, locale: 'all', depth: 0 })
    const fileId = Object.values((docs[0] as unknown as { file: Record<string, unknown> }).file).find(Boolean) as number
    const file = demoPdf('Revised edition', 'The second edition of this resource.')
    await expectRebuilt(() => ctx.payload.update({ collection: 'media', id: fileId, data: {}, file: { data: file, mimetype: 'application/pdf', name: 'revised.pdf', size: file.length } }))
  })

  it('a country: its sites', async () => {
    const country = await one('countries', { code: { equals: 'SI' } })
    await expectRebuilt(() => ctx.payload.update({ collection: 'countries', id: country.id, locale: 'en', data: { name: 'Republic of Slovenia' } }), {
      hub: 'it reads every country for the codes of the helplines and sites it lists',
    })
  })

  it("a site's settings: that site, and the hub, whose embed page lists every site", async () => {
    const site = await siteDoc('ua-prevention')
    await expectRebuilt(() => ctx.payload.update({ collection: 'sites', id: site.id, locale: 'en', data: { name: 'Stay safe, Ukraine' } }))
  })
})
