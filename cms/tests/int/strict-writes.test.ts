/**
 * Writes that should be refused are refused, even from an administrator, through REST, the
 * Local API and drafts alike: system fields are not writable, a select holds only its options, a
 * value has the type of its field, and the accounts keep someone who can manage them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestPayload, type TestContext } from '../support/testPayload'

let ctx: TestContext
let adminToken: string

type FieldError = { path: string; message: string }
async function fieldErrors(response: Response): Promise<FieldError[]> {
  const body = (await response.json()) as { errors: { data?: { errors?: FieldError[] } }[] }
  return body.errors.flatMap((error) => error.data?.errors ?? []).map(({ path, message }) => ({ path, message }))
}
/** A bulk update answers each refused document with the message alone. */
async function bulkErrors(response: Response): Promise<string[]> {
  const body = (await response.json()) as { errors: { message: string }[] }
  return body.errors.map((error) => error.message)
}
const idOf = async (collection: 'sites' | 'users' | 'campaigns' | 'news' | 'countries', field: string, value: string) => {
  const { docs } = await ctx.payload.find({ collection, where: { [field]: { equals: value } }, limit: 1, depth: 0, draft: true })
  if (!docs[0]) throw new Error(`no ${collection} with ${field} ${value}`)
  return docs[0] as unknown as Record<string, any> & { id: number }
}

beforeAll(async () => {
  ctx = await createTestPayload()
  adminToken = await ctx.login('admin@victor.local')
})
afterAll(() => ctx?.close())

describe('system fields', () => {
  it('ignores createdAt, updatedAt and id sent by a client, and the sites still build', async () => {
    const campaign = await idOf('campaigns', 'slug', 'too-good-to-be-true')
    const response = await ctx.rest('PATCH', `/campaigns/${campaign.id}?locale=en`, {
      token: adminToken,
      body: { createdAt: ' ', updatedAt: '1999-01-01T00:00:00.000Z', id: 999999, summary: 'Think twice before you say yes.' },
    })
    expect(response.status).toBe(200)
    const stored = await ctx.payload.findByID({ collection: 'campaigns', id: campaign.id, depth: 0, draft: true })
    expect(stored.createdAt).toBe(campaign.createdAt)
    expect(stored.updatedAt).not.toBe('1999-01-01T00:00:00.000Z')
    expect(Date.parse(stored.updatedAt)).toBeGreaterThan(Date.parse(campaign.updatedAt) - 1)
    const { buildSiteSnapshot } = await import('../../src/export/siteSnapshot')
    await expect(buildSiteSnapshot(ctx.payload, 'md-prevention')).resolves.toMatchObject({ site: { siteId: 'md-prevention' } })
  })

  it('does not let a client choose the id of a new record', async () => {
    const response = await ctx.rest('POST', '/countries?locale=en', {
      token: adminToken,
      body: { id: 4242, name: 'Testland', code: 'TL', role: 'origin', languages: ['en'] },
    })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { id: number } }
    expect(doc.id).not.toBe(4242)
  })

  it('keeps the translation state to the CMS', async () => {
    const news = await idOf('news', 'slug', 'partnership-kick-off-meeting')
    const response = await ctx.rest('PATCH', `/news/${news.id}?locale=en`, { token: adminToken, body: { translation: { translated: ['hu'], outdated: ['hu'] } } })
    expect(response.status).toBe(200)
    const stored = await ctx.payload.findByID({ collection: 'news', id: news.id, depth: 0 })
    expect(stored.translation).toEqual(news.translation)
  })
})

describe('values of the wrong kind', () => {
  it.each([
    ['a role that does not exist', '/users?where[email][equals]=editor-hu@victor.local', { role: 'superuser' }, /invalid: Role$/],
    ['a list where a select takes one value', '/users?where[email][equals]=editor-hu@victor.local', { role: ['admin'] }, /invalid: Role$/],
    ['a language a translator cannot have', '/users?where[email][equals]=translator-hu@victor.local', { translationLocales: ['hu', 'zz'] }, /invalid: Translates into$/],
  ])('refuses, in a bulk update, %s, naming the field', async (_, path, body, message) => {
    const before = await ctx.payload.find({ collection: 'users', depth: 0, pagination: false })
    const response = await ctx.rest('PATCH', path, { token: adminToken, body })
    expect(response.status).toBe(400)
    expect(await bulkErrors(response)).toEqual([expect.stringMatching(message)])
    const after = await ctx.payload.find({ collection: 'users', depth: 0, pagination: false })
    expect(after.docs.map((user) => [user.role, user.translationLocales])).toEqual(before.docs.map((user) => [user.role, user.translationLocales]))
  })

  it('explains, for one document, what is wrong with each value', async () => {
    const editor = await idOf('users', 'email', 'translator-hu@victor.local')
    const response = await ctx.rest('PATCH', `/users/${editor.id}`, { token: adminToken, body: { role: ['admin'], translationLocales: ['hu', 'zz'] } })
    expect(response.status).toBe(400)
    expect(await fieldErrors(response)).toEqual([
      { path: 'role', message: expect.stringMatching(/^"\["admin"\]" is not one of the choices of this field: admin, coordinator, editor, translator, reviewer/) },
      { path: 'translationLocales.1', message: expect.stringMatching(/^"zz" is not one of the choices/) },
    ])
  })

  it('refuses a select value outside its options in a draft too', async () => {
    const site = await idOf('sites', 'siteId', 'bg-prevention')
    const response = await ctx.rest('POST', '/pages?locale=bg&draft=true', { token: adminToken, body: { title: 'Чернова', role: 'bogus', sites: [site.id], slug: 'chernova', _status: 'draft' } })
    expect(response.status).toBe(400)
    expect(await fieldErrors(response)).toContainEqual({ path: 'role', message: expect.stringMatching(/"bogus"/) })
  })

  it('refuses a number, a bad date and an unknown block, all at once, and saves nothing', async () => {
    const news = await idOf('news', 'slug', 'partnership-kick-off-meeting')
    const site = await idOf('sites', 'siteId', 'bg-prevention')
    const summary = await ctx.rest('PATCH', `/news/${news.id}?locale=en`, { token: adminToken, body: { summary: 12345, publishedDate: 'NaN' } })
    expect(summary.status).toBe(400)
    expect(await fieldErrors(summary)).toEqual(
      expect.arrayContaining([
        { path: 'summary', message: expect.stringMatching(/must be text/) },
        { path: 'publishedDate', message: expect.stringMatching(/"NaN" is not a date/) },
      ]),
    )
    expect((await ctx.payload.findByID({ collection: 'news', id: news.id, locale: 'en', depth: 0 })).summary).toBe(news.summary)

    const page = await ctx.rest('POST', '/pages?locale=en&draft=true', {
      token: adminToken,
      body: { title: 'Blocks', slug: 'blocks', role: 'message', sites: [site.id], layout: [{ blockType: 'richText', heading: 7 }, { blockType: 'marquee' }], _status: 'draft' },
    })
    expect(page.status).toBe(400)
    expect(await fieldErrors(page)).toEqual(
      expect.arrayContaining([
        { path: 'layout.0.heading', message: expect.stringMatching(/must be text/) },
        { path: 'layout.1', message: expect.stringMatching(/"marquee" is not a kind of block/) },
      ]),
    )
  })

  it("refuses a relationship that is not an id, in the person's language", async () => {
    const response = await ctx.rest('POST', '/sites?locale=en', {
      token: adminToken,
      headers: { 'Accept-Language': 'bg' },
      body: { siteId: 'xx-prevention', name: 'X', audience: 'prevention', country: 'abc', enabledLocales: ['en'], defaultLocale: 'en', baseUrl: 'https://example.org/' },
    })
    expect(response.status).toBe(400)
    const [error] = await fieldErrors(response)
    expect(error.path).toBe('country')
    expect(error.message).toContain('"abc"')
    expect(error.message).not.toMatch(/does not name a record/)
  })
})

describe('accounts', () => {
  it('needs a country for an editor and a language for a translator', async () => {
    const coordinator = await idOf('users', 'email', 'coordinator@victor.local')
    const editor = await ctx.rest('PATCH', `/users/${coordinator.id}`, { token: adminToken, body: { role: 'editor', countries: [] } })
    expect(editor.status).toBe(400)
    expect(await fieldErrors(editor)).toContainEqual({ path: 'countries', message: expect.stringMatching(/country/) })
    const translator = await ctx.rest('PATCH', `/users/${coordinator.id}`, { token: adminToken, body: { role: 'translator', translationLocales: [] } })
    expect(translator.status).toBe(400)
    expect(await fieldErrors(translator)).toContainEqual({ path: 'translationLocales', message: expect.stringMatching(/language/) })
  })

  it('keeps the last administrator: not demoted, not deleted; with a second one, both work', async () => {
    const admin = await idOf('users', 'email', 'admin@victor.local')
    const demote = await ctx.rest('PATCH', `/users/${admin.id}`, { token: adminToken, body: { role: 'coordinator' } })
    expect(demote.status).toBe(400)
    expect(await fieldErrors(demote)).toContainEqual({ path: 'role', message: expect.stringMatching(/last administrator/) })
    const remove = await ctx.rest('DELETE', `/users/${admin.id}`, { token: adminToken })
    expect(remove.status).toBe(403)
    expect((await ctx.payload.findByID({ collection: 'users', id: admin.id })).role).toBe('admin')

    const second = await ctx.payload.create({
      collection: 'users',
      data: { name: 'Second admin', email: 'admin2@victor.local', password: 'a-long-password-2026', role: 'admin', language: 'en' } as never,
    })
    const demoted = await ctx.rest('PATCH', `/users/${admin.id}`, { token: adminToken, body: { role: 'coordinator' } })
    expect(demoted.status).toBe(200)
    const signIn = await ctx.rest('POST', '/users/login', { body: { email: 'admin2@victor.local', password: 'a-long-password-2026' } })
    const secondToken = ((await signIn.json()) as { token: string }).token
    const lastOne = await ctx.rest('DELETE', `/users?where[role][equals]=admin`, { token: secondToken })
    expect(lastOne.status).toBe(400)
    expect((await ctx.payload.findByID({ collection: 'users', id: second.id })).role).toBe('admin')
  })
})
