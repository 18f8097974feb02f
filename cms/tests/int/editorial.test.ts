/**
 * The editorial workflow as the admin runs it, on the Local API with each person's own access
 * (as the admin's create view does) and on REST: creating content in one's own scope, duplicating
 * it, the addresses of pages, the review queue and what it tells people, and publishing only what
 * the sites can render in every language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestPayload, type TestContext } from '../support/testPayload'

let ctx: TestContext
type FieldError = { path: string; message: string }
async function fieldErrors(response: Response): Promise<FieldError[]> {
  const body = (await response.json()) as { errors: { data?: { errors?: FieldError[] } }[] }
  return body.errors.flatMap((error) => error.data?.errors ?? []).map(({ path, message }) => ({ path, message }))
}
const siteId = async (id: string) => (await ctx.payload.find({ collection: 'sites', where: { siteId: { equals: id } }, limit: 1, depth: 0 })).docs[0].id
const as = async (email: string) => ({ user: (await ctx.user(email)) as never, overrideAccess: false })
const body = async (response: Response) => (await response.json()) as { doc: Record<string, any> & { id: number } }

beforeAll(async () => {
  ctx = await createTestPayload()
})
afterAll(() => ctx?.close())

describe("creating content in one's own scope", () => {
  it('starts an editor with one site on it, editable at once, and deletable while a draft', async () => {
    const editor = await as('editor-bg@victor.local')
    // What the admin's "Create new" does before the form opens (autosave).
    const draft = await ctx.payload.create({ collection: 'pages', data: {}, draft: true, locale: 'bg', depth: 0, ...editor })
    expect(draft.sites).toEqual([await siteId('bg-prevention')])
    expect(draft.createdBy).toBe((editor.user as { id: number }).id)
    const edited = await ctx.payload.update({ collection: 'pages', id: draft.id, data: { title: 'Фалшиви обяви за работа' }, draft: true, locale: 'bg', depth: 0, ...editor })
    expect(edited.title).toBe('Фалшиви обяви за работа')
    await ctx.payload.delete({ collection: 'pages', id: draft.id, ...editor })
    expect((await ctx.payload.find({ collection: 'pages', where: { id: { equals: draft.id } }, draft: true })).totalDocs).toBe(0)
  })

  it('lets an editor with several sites choose one, edit and delete the new draft meanwhile, and nobody else', async () => {
    const editor = await as('editor-gr@victor.local')
    const draft = await ctx.payload.create({ collection: 'pages', data: {}, draft: true, locale: 'el', depth: 0, ...editor })
    expect(draft.sites ?? []).toEqual([])
    const other = await as('editor-bg@victor.local')
    await expect(ctx.payload.update({ collection: 'pages', id: draft.id, data: { title: 'Όχι δικό μου' }, draft: true, locale: 'el', ...other })).rejects.toMatchObject({ status: 403 })
    const placed = await ctx.payload.update({
      collection: 'pages',
      id: draft.id,
      data: { title: 'Ψεύτικες αγγελίες', sites: [await siteId('gr-prevention')] },
      draft: true,
      locale: 'el',
      depth: 0,
      ...editor,
    })
    expect(placed.sites).toEqual([await siteId('gr-prevention')])
    await expect(ctx.payload.update({ collection: 'pages', id: draft.id, data: { sites: [await siteId('bg-prevention')] }, draft: true, locale: 'el', ...editor })).rejects.toMatchObject({
      status: 400,
    })
    await ctx.payload.delete({ collection: 'pages', id: draft.id, ...editor })
  })

  it("starts an editor's helpline in their country", async () => {
    const line = await ctx.payload.create({ collection: 'helplines', data: { name: 'Нова линия', kind: 'ngo' } as never, locale: 'bg', depth: 0, ...(await as('editor-bg@victor.local')) })
    expect(line.country).toBe((await ctx.payload.find({ collection: 'countries', where: { code: { equals: 'BG' } }, limit: 1 })).docs[0].id)
  })

  it('duplicates only the chosen languages, as a draft with no address and no approval', async () => {
    const { docs } = await ctx.payload.find({ collection: 'pages', where: { and: [{ slug: { equals: 'too-good-to-be-true' } }, { role: { equals: 'message' } }] }, limit: 1, depth: 0 })
    const source = docs[0] ?? (await ctx.payload.find({ collection: 'pages', where: { role: { equals: 'message' } }, sort: 'id', limit: 1, depth: 0 })).docs[0]
    const copy = await ctx.payload.duplicate({ collection: 'pages', id: source.id, selectedLocales: ['en'], draft: true, locale: 'en', depth: 0, ...(await as('coordinator@victor.local')) })
    expect(copy._status).toBe('draft')
    expect(copy.slug ?? null).toBeNull()
    expect(copy.review?.approvedBy ?? null).toBeNull()
    const all = await ctx.payload.findByID({ collection: 'pages', id: copy.id, locale: 'all', draft: true, depth: 0 })
    expect(Object.keys(all.title as unknown as object)).toEqual(['en'])
  })
})

describe('the address of a page', () => {
  it("refuses, in drafts too, a path the site uses itself, another page's address and a second home page, in the person's language", async () => {
    const token = await ctx.login('editor-bg@victor.local')
    const bg = await siteId('bg-prevention')
    const reserved = await ctx.rest('POST', '/pages?locale=bg&draft=true', { token, headers: { 'Accept-Language': 'bg' }, body: { title: 'За нас', slug: 'about', sites: [bg], _status: 'draft' } })
    expect(reserved.status).toBe(400)
    const [error] = await fieldErrors(reserved)
    expect(error).toMatchObject({ path: 'slug', message: expect.stringContaining('about') })
    expect(error.message).toMatch(/адрес/)

    const home = (await ctx.payload.find({ collection: 'pages', where: { and: [{ role: { equals: 'home' } }, { sites: { contains: bg } }] }, limit: 1, depth: 0 })).docs[0]
    const taken = await ctx.rest('POST', '/pages?locale=bg&draft=true', { token, body: { title: 'Копие', slug: home.slug, sites: [bg], _status: 'draft' } })
    expect(taken.status).toBe(400)
    expect(await fieldErrors(taken)).toContainEqual({ path: 'slug', message: expect.stringContaining('bg-prevention') })
    const secondHome = await ctx.rest('POST', '/pages?locale=bg&draft=true', { token, body: { title: 'Начало 2', slug: 'nachalo', role: 'home', sites: [bg], _status: 'draft' } })
    expect(secondHome.status).toBe(400)
    expect((await fieldErrors(secondHome))[0].path).toBe('role')
    const elsewhere = await ctx.rest('POST', '/pages?locale=en&draft=true', {
      token: await ctx.login('coordinator@victor.local'),
      body: { title: 'Elsewhere', slug: home.slug, sites: [await siteId('hu-demand-reduction')], _status: 'draft' },
    })
    expect(elsewhere.status).toBe(400) // hu-demand-reduction has a home page at "home" too
    const free = await ctx.rest('POST', '/pages?locale=bg&draft=true', { token, body: { title: 'Свободен адрес', slug: 'svoboden-adres', sites: [bg], _status: 'draft' } })
    expect(free.status).toBe(201)
  })
})

describe('publishing only what the sites can render', () => {
  it('refuses to publish a page whose other language has a block the sites cannot show, naming block, field and language', async () => {
    const token = await ctx.login('coordinator@victor.local')
    const created = await body(
      await ctx.rest('POST', '/pages?locale=en&draft=true', { token, body: { title: 'Travel safely', slug: 'travel-safely', sites: [await siteId('gr-prevention')], _status: 'draft' } }),
    )
    const arabic = await ctx.rest('PATCH', `/pages/${created.doc.id}?locale=ar&draft=true`, {
      token,
      body: { title: 'سافر بأمان', layout: [{ blockType: 'helplineCallout', text: 'اتصل بنا' }], _status: 'draft' },
    })
    expect(arabic.status).toBe(200)
    const publish = await ctx.rest('PATCH', `/pages/${created.doc.id}?locale=en`, { token, body: { _status: 'published' } })
    expect(publish.status).toBe(400)
    expect(await fieldErrors(publish)).toContainEqual({ path: 'layout.0.heading', message: expect.stringContaining('العربية') })
    expect((await ctx.rest('GET', `/pages/${created.doc.id}`)).status).toBe(404)
    const fixed = await ctx.rest('PATCH', `/pages/${created.doc.id}?locale=ar&draft=true`, {
      token,
      body: { layout: [{ blockType: 'helplineCallout', heading: 'تحتاج مساعدة؟', text: 'اتصل بنا' }], _status: 'draft' },
    })
    expect(fixed.status).toBe(200)
    expect((await ctx.rest('PATCH', `/pages/${created.doc.id}?locale=en`, { token, body: { _status: 'published' } })).status).toBe(200)
  })
})

describe('the review queue', () => {
  it('runs from a request to a note back and to publication, telling the person who asked', async () => {
    const bg = await siteId('bg-prevention')
    const editorToken = await ctx.login('editor-bg@victor.local')
    const page = await body(await ctx.rest('POST', '/pages?locale=bg&draft=true', { token: editorToken, body: { title: 'Любовта не боли', slug: 'lyubovta-ne-boli', sites: [bg], _status: 'draft' } }))
    const editor = await ctx.user('editor-bg@victor.local')
    const reviewer = await ctx.user('reviewer@victor.local')

    // Editors may not approve: no publishing, no writing the approval, no answering requests.
    expect((await ctx.rest('PATCH', `/pages/${page.doc.id}?locale=bg`, { token: editorToken, body: { _status: 'published' } })).status).toBe(403)
    await ctx.rest('PATCH', `/pages/${page.doc.id}?locale=bg&draft=true`, { token: editorToken, body: { review: { approvedBy: editor.id, approvedAt: '2026-12-01T10:00:00.000Z' }, _status: 'draft' } })
    expect((await ctx.payload.findByID({ collection: 'pages', id: page.doc.id, draft: true, depth: 0 })).review?.approvedBy ?? null).toBeNull()

    const asked = await ctx.rest('POST', '/review-requests', { token: editorToken, body: { document: { relationTo: 'pages', value: page.doc.id }, locale: 'bg', note: 'Моля, прегледайте.' } })
    expect(asked.status).toBe(201)
    const request = (await body(asked)).doc
    expect(request).toMatchObject({ status: 'open', title: 'Любовта не боли', requestedBy: { id: editor.id } })
    const again = await ctx.rest('POST', '/review-requests', { token: editorToken, body: { document: { relationTo: 'pages', value: page.doc.id }, locale: 'bg' } })
    expect(again.status).toBe(400)
    expect((await fieldErrors(again))[0].path).toBe('locale')
    expect((await ctx.rest('PATCH', `/review-requests/${request.id}`, { token: editorToken, body: { status: 'sent-back', response: 'Ok' } })).status).toBe(400)

    // The reviewer finds it in the queue, oldest first, and sends it back with a note.
    const reviewerToken = await ctx.login('reviewer@victor.local')
    const queue = (await (await ctx.rest('GET', '/review-requests?where[status][equals]=open&sort=createdAt&depth=0', { token: reviewerToken })).json()) as { docs: { id: number }[] }
    expect(queue.docs.map((doc) => doc.id)).toContain(request.id)
    const noNote = await ctx.rest('PATCH', `/review-requests/${request.id}`, { token: reviewerToken, body: { status: 'sent-back' } })
    expect(noNote.status).toBe(400)
    expect((await fieldErrors(noNote))[0].path).toBe('response')
    expect((await ctx.rest('PATCH', `/review-requests/${request.id}`, { token: reviewerToken, body: { status: 'sent-back', response: 'Please add a helpline.' } })).status).toBe(200)
    const notes = await ctx.payload.find({ collection: 'notifications', depth: 0, ...(await as('editor-bg@victor.local')) })
    expect(notes.docs.map((note) => [note.kind, note.message])).toContainEqual(['review-sent-back', expect.stringContaining('Please add a helpline.')])
    expect((await ctx.payload.find({ collection: 'notifications', ...(await as('editor-gr@victor.local')) })).docs.some((note) => note.kind === 'review-sent-back')).toBe(false)
    // The editor marks it read; its text, the CMS's, stays as written.
    const note = notes.docs.find((item) => item.kind === 'review-sent-back')!
    const marked = await ctx.rest('PATCH', `/notifications/${note.id}`, { token: editorToken, body: { read: true, message: 'Nothing to change.' } })
    expect(marked.status).toBe(200)
    expect(await ctx.payload.findByID({ collection: 'notifications', id: note.id, depth: 0 })).toMatchObject({ read: true, message: note.message })

    // Asked again, then published by the reviewer: the request is answered, the editor told, the approval recorded.
    const second = (await body(await ctx.rest('POST', '/review-requests', { token: editorToken, body: { document: { relationTo: 'pages', value: page.doc.id }, locale: 'bg' } }))).doc
    expect((await ctx.rest('PATCH', `/pages/${page.doc.id}?locale=bg`, { token: reviewerToken, body: { _status: 'published' } })).status).toBe(200)
    expect(await ctx.payload.findByID({ collection: 'review-requests', id: second.id, depth: 0 })).toMatchObject({ status: 'published', resolvedBy: reviewer.id })
    expect((await ctx.payload.findByID({ collection: 'pages', id: page.doc.id, depth: 0 })).review).toMatchObject({ approvedBy: reviewer.id })
    const told = await ctx.payload.find({ collection: 'notifications', where: { kind: { equals: 'review-published' } }, depth: 0, ...(await as('editor-bg@victor.local')) })
    expect(told.docs[0]?.message).toContain('Любовта не боли')
  })

  it('asks for a review only of what could be published: a text in that language, nothing the sites would refuse', async () => {
    const token = await ctx.login('editor-bg@victor.local')
    const page = await body(
      await ctx.rest('POST', '/pages?locale=bg&draft=true', {
        token,
        body: { title: 'Без адрес', sites: [await siteId('bg-prevention')], layout: [{ blockType: 'signsChecklist', signs: [] }], _status: 'draft' },
      }),
    )
    const ask = (locale: string) => ctx.rest('POST', '/review-requests', { token, headers: { 'Accept-Language': 'en' }, body: { document: { relationTo: 'pages', value: page.doc.id }, locale } })
    const notReady = await ask('bg')
    expect(notReady.status).toBe(400)
    const [problem] = await fieldErrors(notReady)
    expect(problem.path).toBe('document')
    expect(problem.message).toMatch(/Web address: .*Content › 1 › Heading: /)
    const noText = await ask('en')
    expect(noText.status).toBe(400)
    expect((await fieldErrors(noText))[0]).toMatchObject({ path: 'locale', message: expect.stringMatching(/no English text/) })
  })

  it('lets a translator ask for a review of their own language only', async () => {
    const token = await ctx.login('translator-ar@victor.local')
    const { docs } = await ctx.payload.find({ collection: 'pages', where: { sites: { contains: await siteId('gr-prevention') } }, limit: 1, depth: 0 })
    const ask = (locale: string) => ctx.rest('POST', '/review-requests', { token, body: { document: { relationTo: 'pages', value: docs[0].id }, locale } })
    const greek = await ask('el')
    expect(greek.status).toBe(400)
    expect((await fieldErrors(greek))[0].path).toBe('locale')
    expect((await ask('ar')).status).toBe(201)
    // Reviewers see it; an editor of another country does not.
    const seen = async (email: string) => (await ctx.payload.find({ collection: 'review-requests', where: { locale: { equals: 'ar' } }, ...(await as(email)) })).totalDocs
    expect(await seen('reviewer@victor.local')).toBeGreaterThan(0)
    expect(await seen('editor-gr@victor.local')).toBeGreaterThan(0)
    expect(await seen('editor-bg@victor.local')).toBe(0)
  })
})

describe('pickers in scope', () => {
  it("offer a block the helplines of the page's country only, each named with its number and country", async () => {
    const token = await ctx.login('editor-hu@victor.local')
    const lines = await ctx.payload.find({ collection: 'helplines', depth: 0, pagination: false, locale: 'en' })
    const greek = lines.docs.find((line) => line.number === '1109')!
    const hungarian = lines.docs.find((line) => line.display === '06 80 205 520')!
    expect(hungarian.pickerLabel).toBe('National crisis line · 06 80 205 520 · HU')
    const page = { title: 'Call for help', slug: 'call-for-help', sites: [await siteId('hu-demand-reduction')], _status: 'published' }
    const foreign = await ctx.rest('POST', '/pages?locale=en', { token, body: { ...page, layout: [{ blockType: 'helplineCallout', heading: 'Call', helplines: [greek.id] }] } })
    expect(foreign.status).toBe(400)
    expect((await fieldErrors(foreign))[0].path).toBe('layout.0.helplines')
    const own = await ctx.rest('POST', '/pages?locale=en', { token, body: { ...page, layout: [{ blockType: 'helplineCallout', heading: 'Call', helplines: [hungarian.id] }] } })
    expect(own.status).toBe(201)
  })

  it('offer an editor the sites of their own countries only', async () => {
    const editor = await as('editor-gr@victor.local')
    const refused = ctx.payload.create({
      collection: 'pages',
      data: { title: 'X', slug: 'x-elsewhere', sites: [await siteId('hu-demand-reduction')], _status: 'published' } as never,
      locale: 'el',
      ...editor,
    })
    await expect(refused).rejects.toMatchObject({ status: 400 })
  })
})
