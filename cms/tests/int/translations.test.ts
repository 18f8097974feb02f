/**
 * What a translator sees: which texts are missing or out of date in their language. Changing the
 * English text leaves the other languages behind; saving a language's texts brings it up to date.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestPayload, type TestContext } from '../support/testPayload'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestPayload()
})
afterAll(() => ctx?.close())

const readPage = async (id: number | string, locale: 'en' | 'ro' | 'hu') =>
  (await ctx.payload.findByID({ collection: 'pages', id, locale, draft: true, depth: 0, fallbackLocale: false as never })) as Record<string, any>

describe('translation state', () => {
  let pageId: number | string

  beforeAll(async () => {
    const { docs } = await ctx.payload.find({ collection: 'pages', where: { slug: { equals: 'summer-jobs-abroad' } }, draft: true, limit: 1, depth: 0 })
    pageId = docs[0].id
  })

  it('knows from the seed which languages a page has texts in', async () => {
    const page = await readPage(pageId, 'ro')
    expect(page.translation.translated).toEqual(expect.arrayContaining(['en', 'ro']))
    expect(page.translation.outdated).toEqual([])
    expect(page.translationState).toBe('Up to date')
    expect((await readPage(pageId, 'en')).translationState).toBe('Source text (English)')
    // Its site has no Hungarian: nothing to translate there.
    expect((await readPage(pageId, 'hu')).translationState).toBeNull()
  })

  it('shows a text missing in a language its site uses', async () => {
    const site = (await ctx.payload.find({ collection: 'sites', where: { siteId: { equals: 'ro-prevention' } }, depth: 0 })).docs[0]
    const page = await ctx.payload.create({
      collection: 'pages',
      locale: 'en',
      draft: true,
      data: { title: 'Online friends', slug: 'online-friends', role: 'message', sites: [site.id], _status: 'draft' } as never,
      overrideAccess: true,
    })
    expect((await readPage(page.id, 'ro')).translationState).toBe('Missing')
    expect((await readPage(page.id, 'en')).translationState).toBe('Source text (English)')
  })

  it('marks every other language out of date when the English text changes, and lists can filter on it', async () => {
    // A third language, so that "only that language" below has another one to leave alone.
    await ctx.payload.update({ collection: 'pages', id: pageId, locale: 'ru', draft: true, data: { title: 'Летняя работа за границей' } })
    expect((await readPage(pageId, 'ro')).translation.translated).toEqual(expect.arrayContaining(['en', 'ro', 'ru']))
    const coordinator = await ctx.user('coordinator@victor.local')
    await ctx.payload.update({
      collection: 'pages',
      id: pageId,
      locale: 'en',
      draft: true,
      data: { summary: 'Before you accept a job abroad, check it with someone you trust.' },
      user: coordinator as never,
      overrideAccess: false,
    })
    const page = await readPage(pageId, 'ro')
    expect(page.translation.outdated).toEqual(page.translation.translated.filter((code: string) => code !== 'en'))
    expect(page.translationState).toBe('Out of date')
    const { docs } = await ctx.payload.find({ collection: 'pages', where: { 'translation.outdated': { contains: 'ro' } }, draft: true, depth: 0 })
    expect(docs.map((doc) => doc.id)).toContain(pageId)
  })

  it('brings a language up to date when its translator saves its texts, and only that language', async () => {
    const translator = await ctx.user('translator-ro@victor.local')
    await ctx.payload.update({
      collection: 'pages',
      id: pageId,
      locale: 'ro',
      draft: true,
      data: { summary: 'Înainte să accepți un job în străinătate, verifică-l cu cineva de încredere.' },
      user: translator as never,
      overrideAccess: false,
    })
    const page = await readPage(pageId, 'ro')
    expect(page.translation.outdated).not.toContain('ro')
    expect(page.translationState).toBe('Up to date')
    const others = page.translation.translated.filter((code: string) => code !== 'en' && code !== 'ro')
    expect(others).toEqual(['ru'])
    for (const code of others) expect(page.translation.outdated).toContain(code)
  })

  it('is not changed by a save that changes no text, nor written through the API', async () => {
    const before = (await readPage(pageId, 'ro')).translation
    const coordinator = await ctx.user('coordinator@victor.local')
    const page = await readPage(pageId, 'en')
    await ctx.payload.update({
      collection: 'pages',
      id: pageId,
      locale: 'en',
      draft: true,
      data: { summary: page.summary, translation: { translated: ['en'], outdated: [] } },
      user: coordinator as never,
      overrideAccess: false,
    })
    expect((await readPage(pageId, 'ro')).translation).toEqual(before)
  })
})

describe("a translator's work", () => {
  it('counts, per collection, the documents out of date in a language, as the list filter shows them', async () => {
    const { translationTasks, outdatedIn } = await import('../../src/fields/translationTasks')
    const translator = await ctx.user('translator-hu@victor.local')
    const { docs } = await ctx.payload.find({ collection: 'pages', draft: true, depth: 0, pagination: false })
    const hungarian = docs.find((doc) => doc.translation?.translated?.includes('hu') && doc.translation.translated.includes('en'))!
    const before = (await translationTasks(ctx.payload, 'hu', translator as never)).find((task) => task.collection === 'pages')?.outdated ?? 0

    await ctx.payload.update({ collection: 'pages', id: hungarian.id, locale: 'en', draft: true, data: { summary: `${hungarian.summary ?? ''} (updated)` }, overrideAccess: true })
    const tasks = await translationTasks(ctx.payload, 'hu', translator as never)
    expect(tasks.find((task) => task.collection === 'pages')?.outdated).toBe(before + 1)
    const listed = await ctx.payload.find({ collection: 'pages', where: outdatedIn('hu'), draft: true, depth: 0, pagination: false })
    expect(listed.docs.map((doc) => doc.id)).toContain(hungarian.id)
    expect(listed.totalDocs).toBe(before + 1)
    // Only collections with work in them are listed.
    for (const task of tasks) expect(task.outdated).toBeGreaterThan(0)
  })
})

describe('relevance', () => {
  it("shows no state in a language none of a page's sites uses", async () => {
    const sites = (await ctx.payload.find({ collection: 'sites', depth: 0, pagination: false })).docs
    const withRomanian = new Set(sites.filter((site) => site.enabledLocales?.includes('ro')).map((site) => site.id))
    const { docs } = await ctx.payload.find({ collection: 'pages', draft: true, depth: 0, pagination: false, locale: 'ro' })
    const elsewhere = docs.find((doc) => (doc.translation?.translated?.length ?? 0) > 0 && (doc.sites as number[]).every((id) => !withRomanian.has(id)))!
    const onRomanianSite = docs.find((doc) => (doc.translation?.translated?.length ?? 0) > 0 && (doc.sites as number[]).some((id) => withRomanian.has(id)))!
    expect(elsewhere.translationState).toBeNull()
    expect(onRomanianSite.translationState).not.toBeNull()
  })
})
