/**
 * Each language of a document is published, and taken off the sites, on its own: the others keep
 * the text they were last published with, and every draft stays a draft. Through REST as the admin
 * sends it ("Publish in Arabic": PATCH ?locale=ar&publishSpecificLocale=ar), checked on the
 * site's snapshot.
 */
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSiteSnapshot } from '../../src/export/siteSnapshot'
import { createTestPayload, type TestContext } from '../support/testPayload'

let ctx: TestContext
let reviewerToken: string
beforeAll(async () => {
  ctx = await createTestPayload()
  reviewerToken = await ctx.login('reviewer@victor.local')
})
afterAll(() => ctx?.close())

type Doc = Record<string, any>
const read = async (id: number | string, draft: boolean) =>
  (await ctx.payload.findByID({ collection: 'pages', id, locale: 'all', draft, fallbackLocale: false as never, depth: 0, overrideAccess: true })) as Doc
const siteTitles = async (slug: string) => {
  const snapshot = await buildSiteSnapshot(ctx.payload, 'gr-prevention')
  const page = snapshot.pages.find((candidate) => candidate.slug === slug)
  return Object.fromEntries(Object.entries(page?.translations ?? {}).map(([locale, translation]) => [locale, translation?.title]))
}
const publishIn = (id: number | string, locale: string, token: string, body: Doc = {}) =>
  ctx.rest('PATCH', `/pages/${id}?locale=${locale}&publishSpecificLocale=${locale}&depth=0`, { token, body: { ...body, _status: 'published' } })
const saveDraft = (id: number | string, locale: string, token: string, body: Doc) => ctx.rest('PATCH', `/pages/${id}?locale=${locale}&draft=true&depth=0`, { token, body })

/** A draft page of gr-prevention only, written by its editor. */
async function newGreekPage(token: string, slug: string, title = slug) {
  const site = (await ctx.payload.find({ collection: 'sites', where: { siteId: { equals: 'gr-prevention' } }, depth: 0 })).docs[0]
  const created = await ctx.rest('POST', '/pages?locale=el&draft=true&depth=0', { token, body: { title, slug, role: 'message', sites: [site.id], _status: 'draft' } })
  expect(created.status).toBe(201)
  return ((await created.json()) as { doc: Doc }).doc
}

async function grPage(slug: string) {
  const { docs } = await ctx.payload.find({ collection: 'pages', where: { slug: { equals: slug }, 'sites.siteId': { equals: 'gr-prevention' } }, draft: true, depth: 0, limit: 1 })
  return docs[0] as Doc
}

describe('publishing one language', () => {
  it('puts that language live; the others keep their published text, and their drafts stay drafts', async () => {
    const page = await grPage('safe-travel')
    const before = await read(page.id, false)
    expect((await saveDraft(page.id, 'en', reviewerToken, { title: 'Travelling? Half-finished English draft' })).status).toBe(200)
    expect((await saveDraft(page.id, 'el', reviewerToken, { title: 'Ημιτελές ελληνικό προσχέδιο' })).status).toBe(200)

    const response = await publishIn(page.id, 'ar', reviewerToken, { title: 'مسافر؟ سافر بأمان وتحقق من كل عرض' })
    expect(response.status).toBe(200)

    const live = await read(page.id, false)
    expect(live._status).toBe('published')
    expect(live.title).toEqual({ ...before.title, ar: 'مسافر؟ سافر بأمان وتحقق من كل عرض' })
    expect(live.layout.en).toEqual(before.layout.en)
    const drafts = await read(page.id, true)
    expect(drafts.title).toMatchObject({ en: 'Travelling? Half-finished English draft', el: 'Ημιτελές ελληνικό προσχέδιο', ar: 'مسافر؟ سافر بأمان وتحقق من كل عرض' })
    expect(await siteTitles('safe-travel')).toEqual({ el: before.title.el, en: before.title.en, ar: 'مسافر؟ سافر بأمان وتحقق من كل عرض' })
  })

  it('keeps a language never published off the site until it is published', async () => {
    const editorToken = await ctx.login('editor-gr@victor.local')
    const doc = await newGreekPage(editorToken, 'online-friends', 'Φίλοι στο διαδίκτυο')
    expect((await saveDraft(doc.id, 'ar', editorToken, { title: 'أصدقاء على الإنترنت' })).status).toBe(200)

    expect((await publishIn(doc.id, 'el', reviewerToken)).status).toBe(200)
    expect(await siteTitles('online-friends')).toEqual({ el: 'Φίλοι στο διαδίκτυο' })
    expect((await read(doc.id, false)).title).toEqual({ el: 'Φίλοι στο διαδίκτυο' })

    expect((await publishIn(doc.id, 'ar', reviewerToken)).status).toBe(200)
    expect(await siteTitles('online-friends')).toEqual({ el: 'Φίλοι στο διαδίκτυο', ar: 'أصدقاء على الإنترنت' })
  })

  it('is for reviewers on a site for children: an editor or a translator is refused, in their language, and nothing changes', async () => {
    const page = await grPage('lover-boy')
    const before = await read(page.id, false)
    const editor = await publishIn(page.id, 'el', await ctx.login('editor-gr@victor.local'), { title: 'Αλλαγή χωρίς έλεγχο' })
    expect(editor.status).toBe(403)
    expect(JSON.stringify(await editor.json())).toMatch(/reviewer/i)
    const translator = await publishIn(page.id, 'ar', await ctx.login('translator-ar@victor.local'), { title: 'تغيير' })
    expect([400, 403]).toContain(translator.status)
    expect(await read(page.id, false)).toEqual(before)
  })

  it('judges only what goes live: a broken Arabic draft stops publishing Arabic or every language, not Greek alone', async () => {
    const editorToken = await ctx.login('editor-gr@victor.local')
    const page = await newGreekPage(editorToken, 'myths-about-work', 'Μύθοι για τη δουλειά')
    expect((await saveDraft(page.id, 'ar', editorToken, { title: 'خرافات عن العمل', layout: [{ blockType: 'mythOrFact', heading: 'خرافة أم حقيقة؟', items: [] }] })).status).toBe(200)
    expect((await publishIn(page.id, 'el', reviewerToken)).status).toBe(200)
    const arabic = await publishIn(page.id, 'ar', reviewerToken)
    expect(arabic.status).toBe(400)
    expect(JSON.stringify(await arabic.json())).toMatch(/layout/)
    const everything = await ctx.rest('PATCH', `/pages/${page.id}?locale=el&depth=0`, { token: reviewerToken, body: { _status: 'published' } })
    expect(everything.status).toBe(400)
    expect((await read(page.id, false)).title).toEqual({ el: 'Μύθοι για τη δουλειά' })
  })

  it('needs consent for the pictures of what goes live: a picture without consent in the Arabic draft stops Arabic, not Greek alone', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#884422' } })
      .png()
      .toBuffer()
    const child = await ctx.payload.create({
      collection: 'media',
      data: { alt: 'طفلة في ورشة', showsIdentifiableChild: true },
      file: { data: png, mimetype: 'image/png', name: 'workshop-ar.png', size: png.length },
    })
    const editorToken = await ctx.login('editor-gr@victor.local')
    const page = await newGreekPage(editorToken, 'workshop-day', 'Ημέρα εργαστηρίου')
    expect((await saveDraft(page.id, 'ar', editorToken, { title: 'يوم الورشة', layout: [{ blockType: 'image', image: child.id }] })).status).toBe(200)
    expect((await publishIn(page.id, 'el', reviewerToken)).status).toBe(200)
    const arabic = await publishIn(page.id, 'ar', reviewerToken)
    expect(arabic.status).toBe(400)
    expect(JSON.stringify(await arabic.json())).toMatch(/consent/)
  })

  it('answers the review requests of that language only', async () => {
    const editorToken = await ctx.login('editor-gr@victor.local')
    const page = await newGreekPage(editorToken, 'ask-first')
    const ask = async (locale: string) => {
      expect((await saveDraft(page.id, locale, editorToken, { title: `Review this, ${locale}` })).status).toBe(200)
      const response = await ctx.rest('POST', '/review-requests', { token: editorToken, body: { document: { relationTo: 'pages', value: page.id }, locale } })
      expect(response.status).toBe(201)
      return ((await response.json()) as { doc: Doc }).doc.id
    }
    const arabic = await ask('ar')
    const greek = await ask('el')
    expect((await publishIn(page.id, 'ar', reviewerToken)).status).toBe(200)
    expect((await ctx.payload.findByID({ collection: 'review-requests', id: arabic, depth: 0 })).status).toBe('published')
    expect((await ctx.payload.findByID({ collection: 'review-requests', id: greek, depth: 0 })).status).toBe('open')
  })
})

describe('where each language stands', () => {
  const states = async (id: number | string, token: string) => {
    const response = await ctx.rest('GET', `/pages/${id}/languages`, { token })
    expect(response.status).toBe(200)
    const { languages, mayUnpublish } = (await response.json()) as { languages: { code: string; state: string; outdated: boolean }[]; mayUnpublish: boolean }
    return { mayUnpublish, byCode: Object.fromEntries(languages.map((language) => [language.code, language.outdated ? `${language.state}, outdated` : language.state])) }
  }

  it('follows a page from its first draft to every language published, for the languages of its site', async () => {
    const editorToken = await ctx.login('editor-gr@victor.local')
    const page = await newGreekPage(editorToken, 'first-job', 'Η πρώτη σου δουλειά')
    expect((await states(page.id, editorToken)).byCode).toEqual({ el: 'draft', ar: 'missing', en: 'missing' })
    expect((await saveDraft(page.id, 'en', editorToken, { title: 'Your first job' })).status).toBe(200)
    expect((await saveDraft(page.id, 'ar', editorToken, { title: 'وظيفتك الأولى' })).status).toBe(200)
    expect((await ctx.rest('POST', '/review-requests', { token: editorToken, body: { document: { relationTo: 'pages', value: page.id }, locale: 'ar' } })).status).toBe(201)
    expect((await publishIn(page.id, 'el', reviewerToken)).status).toBe(200)
    expect((await states(page.id, reviewerToken)).byCode).toEqual({ el: 'published', ar: 'inReview', en: 'draft' })
    expect((await saveDraft(page.id, 'el', editorToken, { title: 'Η πρώτη σου δουλειά στο εξωτερικό' })).status).toBe(200)
    expect((await publishIn(page.id, 'ar', reviewerToken)).status).toBe(200)
    expect((await states(page.id, reviewerToken)).byCode).toEqual({ el: 'changed', ar: 'published', en: 'draft' })
    // The English source changes: the translations written before it are behind.
    expect((await publishIn(page.id, 'en', reviewerToken, { title: 'Your first job abroad' })).status).toBe(200)
    const { byCode, mayUnpublish } = await states(page.id, reviewerToken)
    expect(byCode).toEqual({ el: 'changed, outdated', ar: 'published, outdated', en: 'published' })
    expect(mayUnpublish).toBe(true)
    expect((await states(page.id, editorToken)).mayUnpublish).toBe(false)
    expect((await ctx.rest('GET', `/pages/${page.id}/languages`)).status).toBe(404)
  })
})

describe('taking one language off the sites', () => {
  const unpublish = (id: number | string, locale: string, token: string) => ctx.rest('POST', `/pages/${id}/unpublish-language?locale=${locale}`, { token })

  it('removes its texts from the live document and the site, keeps its draft, and a later publish of another language does not bring it back', async () => {
    const page = await grPage('home')
    const before = await read(page.id, false)
    expect(before.title.ar).toBeTruthy()
    const response = await unpublish(page.id, 'ar', reviewerToken)
    expect(response.status).toBe(200)
    expect(((await response.json()) as { message: string }).message).toContain('العربية')

    const live = await read(page.id, false)
    expect(live.title.ar).toBeUndefined()
    expect(live.title.el).toBe(before.title.el)
    expect(live.layout.el).toEqual(before.layout.el)
    expect((await read(page.id, true)).title.ar).toBe(before.title.ar)
    expect(Object.keys(await siteTitles('home')).sort()).toEqual(['el', 'en'])

    expect((await publishIn(page.id, 'el', reviewerToken, { summary: 'Νέα περίληψη' })).status).toBe(200)
    expect((await read(page.id, false)).title.ar).toBeUndefined()
    expect(Object.keys(await siteTitles('home')).sort()).toEqual(['el', 'en'])

    expect((await publishIn(page.id, 'ar', reviewerToken)).status).toBe(200)
    expect((await read(page.id, false)).title.ar).toBe(before.title.ar)
  })

  it('is refused, saying why, to an editor of a site for children, for a language not published, and for an unknown language; nothing changes', async () => {
    const page = await grPage('safe-travel')
    const before = await read(page.id, false)
    const editor = await unpublish(page.id, 'el', await ctx.login('editor-gr@victor.local'))
    expect(editor.status).toBe(403)
    expect(JSON.stringify(await editor.json())).toMatch(/reviewer/i)
    const hungarian = await unpublish(page.id, 'hu', reviewerToken)
    expect(hungarian.status).toBe(400)
    expect(JSON.stringify(await hungarian.json())).toMatch(/not published in Magyar/)
    const unknown = await unpublish(page.id, 'xx', reviewerToken)
    expect(unknown.status).toBe(400)
    expect(((await unknown.json()) as { errors: { message: string }[] }).errors[0].message).toBe('"xx" is not one of the CMS\'s languages.')
    // Outside her country: she may read the page, not change it.
    expect((await unpublish(page.id, 'el', await ctx.login('editor-bg@victor.local'))).status).toBe(403)
    expect(await read(page.id, false)).toEqual(before)
  })
})
