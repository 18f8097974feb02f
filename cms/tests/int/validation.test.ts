/**
 * Bad input is refused with a 400 that names the field and says, in plain words and in the
 * person's admin language, what is wrong; and it changes nothing.
 */
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { helplineCheckStatus } from '../../src/collections/Helplines'
import { translateTo } from '../../src/i18n'
import { createTestPayload, type TestContext } from '../support/testPayload'

let ctx: TestContext
let coordinatorToken: string
let greece: number | string

type FieldError = { path: string; message: string }
async function fieldErrors(response: Response): Promise<FieldError[]> {
  const body = (await response.json()) as { errors: { data?: { errors?: FieldError[] } }[] }
  return body.errors.flatMap((error) => error.data?.errors ?? []).map(({ path, message }) => ({ path, message }))
}
const count = async (collection: 'helplines' | 'media' | 'pages' | 'sites') => (await ctx.payload.count({ collection })).totalDocs

beforeAll(async () => {
  ctx = await createTestPayload()
  coordinatorToken = await ctx.login('coordinator@victor.local')
  const { docs } = await ctx.payload.find({ collection: 'countries', where: { code: { equals: 'GR' } }, limit: 1 })
  greece = docs[0].id
})
afterAll(() => ctx?.close())

const helpline = (overrides: Record<string, unknown>) => ({
  name: 'Test line',
  country: greece,
  kind: 'anti-trafficking',
  number: '1109',
  verified: true,
  sourceUrl: 'https://migration.gov.gr',
  lastChecked: '2026-10-01',
  ...overrides,
})

describe('helpline numbers', () => {
  it.each([
    ['a number that does not exist in the country', { number: '12345678' }, 'number', /not a valid phone number in GR/],
    ["another country's number", { number: '+359 2 807 80 50' }, 'number', /not a valid phone number/],
    ['a 116 number that is too short', { number: '116 00' }, 'number', /six digits/],
    ['a number that does not match its kind', { kind: '116111', number: '116 000' }, 'number', /116111/],
    ['a verified line without a number', { number: '' }, 'number', /needs its number/],
    ['a verified line without a source', { sourceUrl: '' }, 'sourceUrl', /public page/],
    ['a source that is not a web address', { sourceUrl: 'migration.gov.gr' }, 'sourceUrl', /not a web address/],
    ['a check date in the future', { lastChecked: '2099-01-01' }, 'lastChecked', /future/],
  ])('refuses %s with a 400 naming the field, and saves nothing', async (_, overrides, path, message) => {
    const before = await count('helplines')
    const response = await ctx.rest('POST', '/helplines', { token: coordinatorToken, body: helpline(overrides) })
    expect(response.status).toBe(400)
    const errors = await fieldErrors(response)
    expect(errors).toContainEqual({ path, message: expect.stringMatching(message) })
    expect(await count('helplines')).toBe(before)
  })

  it.each([
    ['Bulgarian', 'bg', 'bg'],
    ['Greek', 'el', 'el'],
    ['Serbian', 'sr', 'rs'],
  ] as const)('explains the problem in the admin language of the person (%s)', async (_, header, language) => {
    const before = await count('helplines')
    const response = await ctx.rest('POST', '/helplines', {
      token: coordinatorToken,
      body: helpline({ number: '12345678' }),
      headers: { 'Accept-Language': header },
    })
    const message = (lang: typeof language | 'en') => translateTo(lang, 'errorPhoneNumber', { value: '12345678', country: 'GR' })
    expect(response.status).toBe(400)
    expect(await fieldErrors(response)).toEqual([{ path: 'number', message: message(language) }])
    expect(message(language)).not.toBe(message('en'))
    expect(await count('helplines')).toBe(before)
  })

  it('stores full numbers in E.164 and short codes as digits, with the formats the sites show', async () => {
    const full = await ctx.payload.create({ collection: 'helplines', data: helpline({ number: '210 330 0000', kind: 'ngo' }) as never })
    expect(full).toMatchObject({ number: '+302103300000', display: '21 0330 0000', international: '+30 21 0330 0000', isShortCode: false })
    const short = await ctx.payload.create({ collection: 'helplines', data: helpline({ number: '116 000', kind: '116000' }) as never })
    expect(short).toMatchObject({ number: '116000', display: '116 000', international: null, isShortCode: true })
  })

  it('does not change a stored number when an update is refused', async () => {
    const doc = await ctx.payload.create({ collection: 'helplines', data: helpline({}) as never })
    const response = await ctx.rest('PATCH', `/helplines/${doc.id}`, { token: coordinatorToken, body: { number: 'call us' } })
    expect(response.status).toBe(400)
    const stored = await ctx.payload.findByID({ collection: 'helplines', id: doc.id })
    expect(stored.number).toBe('1109')
  })

  it('shows editors which numbers are unverified or not checked for over a year', async () => {
    const now = new Date('2026-11-29')
    expect(helplineCheckStatus({ verified: true, lastChecked: '2026-01-10' }, now)).toBe('ok')
    expect(helplineCheckStatus({ verified: true, lastChecked: '2025-10-01' }, now)).toBe('stale')
    expect(helplineCheckStatus({ verified: false, lastChecked: '2026-11-01' }, now)).toBe('unverified')
    const stale = await ctx.payload.create({ collection: 'helplines', data: helpline({ lastChecked: '2024-05-01' }) as never })
    expect(stale.checkStatus).toBe('stale')
    const { docs } = await ctx.payload.find({ collection: 'helplines', where: { verified: { equals: false } }, depth: 0 })
    expect(docs.map((doc) => doc.checkStatus)).toEqual(docs.map(() => 'unverified'))
    expect(docs.length).toBeGreaterThan(0)
  })
})

describe('pictures', () => {
  let png: Buffer
  beforeAll(async () => {
    png = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#cc6633' } })
      .png()
      .toBuffer()
  })
  const upload = (name: string) => ({ data: png, mimetype: 'image/png', name, size: png.length })

  it('refuses a picture without alternative text, naming the field', async () => {
    const before = await count('media')
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'no-alt.png')
    form.append('_payload', JSON.stringify({ alt: '  ' }))
    const response = await ctx.rest('POST', '/media', { token: coordinatorToken, form })
    expect(response.status).toBe(400)
    expect(await fieldErrors(response)).toContainEqual({ path: 'alt', message: expect.stringMatching(/people who cannot see it/) })
    expect(await count('media')).toBe(before)
  })

  it('resizes uploads to the widths the sites use', async () => {
    const media = await ctx.payload.create({ collection: 'media', data: { alt: 'Test' }, file: upload('sizes.png') })
    expect(media.sizes?.thumbnail).toMatchObject({ width: 320, mimeType: 'image/webp' })
    expect(media.sizes?.card).toMatchObject({ width: 640, mimeType: 'image/webp' })
    expect(media.sizes?.hero).toMatchObject({ width: 1280, mimeType: 'image/webp' })
    expect(media.sizes?.share).toMatchObject({ width: 1200, height: 630, mimeType: 'image/jpeg' })
  })

  it('keeps a recognisable child out of public view and off published pages until consent is recorded', async () => {
    const child = await ctx.payload.create({
      collection: 'media',
      data: { alt: 'Children at a workshop', showsIdentifiableChild: true },
      file: upload('workshop.png'),
    })
    expect(child.publishable).toBe(false)
    expect((await ctx.rest('GET', `/media/${child.id}`)).status).toBe(404)
    expect((await ctx.rest('GET', `/media/file/${child.filename}`)).status).toBe(403)

    const { docs } = await ctx.payload.find({ collection: 'sites', where: { siteId: { equals: 'hu-demand-reduction' } }, limit: 1 })
    const token = await ctx.login('editor-hu@victor.local')
    const page = { title: 'Workshop', slug: 'workshop-photo', role: 'message', sites: [docs[0].id], layout: [{ blockType: 'image', image: child.id }] }
    const refused = await ctx.rest('POST', '/pages?locale=hu', { token, body: { ...page, _status: 'published' } })
    expect(refused.status).toBe(400)
    expect(await fieldErrors(refused)).toContainEqual({ path: 'layout.0.image', message: expect.stringMatching(/consent/) })
    const draft = await ctx.rest('POST', '/pages?locale=hu&draft=true', { token, body: { ...page, _status: 'draft' } })
    expect(draft.status).toBe(201)
    const { doc } = (await draft.json()) as { doc: { id: number } }

    const consentMissingDate = await ctx.rest('PATCH', `/media/${child.id}`, { token, body: { consent: { reference: 'Signed form 2026/14' } } })
    expect(consentMissingDate.status).toBe(400)
    expect(await fieldErrors(consentMissingDate)).toContainEqual({ path: 'consent.date', message: expect.stringMatching(/date/) })

    const consented = await ctx.rest('PATCH', `/media/${child.id}`, {
      token,
      body: { consent: { reference: 'Signed form 2026/14', date: '2026-11-02', givenBy: 'guardian' } },
    })
    expect(consented.status).toBe(200)
    expect((await ctx.rest('GET', `/media/${child.id}`)).status).toBe(200)
    const published = await ctx.rest('PATCH', `/pages/${doc.id}?locale=hu`, { token, body: { _status: 'published' } })
    expect(published.status).toBe(200)
  })
})

describe('publishing a saved draft', () => {
  it('refuses to publish, with the status alone, a draft that shows a child without recorded consent', async () => {
    const png = await sharp({ create: { width: 800, height: 450, channels: 3, background: '#336699' } })
      .png()
      .toBuffer()
    const child = await ctx.payload.create({
      collection: 'media',
      data: { alt: 'A child at a bus stop', showsIdentifiableChild: true },
      file: { data: png, mimetype: 'image/png', name: 'bus-stop.png', size: png.length },
    })
    const { docs } = await ctx.payload.find({ collection: 'sites', where: { siteId: { equals: 'hu-demand-reduction' } }, limit: 1 })
    const token = await ctx.login('editor-hu@victor.local')
    const page = { title: 'Bus stop', slug: 'bus-stop-photo', role: 'message', sites: [docs[0].id], layout: [{ blockType: 'image', image: child.id }], _status: 'draft' }
    const draft = await ctx.rest('POST', '/pages?locale=hu&draft=true', { token, body: page })
    expect(draft.status).toBe(201)
    const { doc } = (await draft.json()) as { doc: { id: number } }
    const refused = await ctx.rest('PATCH', `/pages/${doc.id}?locale=hu`, { token, body: { _status: 'published' } })
    expect(refused.status).toBe(400)
    expect(await fieldErrors(refused)).toContainEqual({ path: 'layout.0.image', message: expect.stringMatching(/consent/) })
    expect((await ctx.rest('GET', `/pages/${doc.id}`)).status).toBe(404)
  })
})

describe('publishing in one language', () => {
  it('refuses when another language of the page shows a child without recorded consent', async () => {
    const png = await sharp({ create: { width: 800, height: 450, channels: 3, background: '#669933' } })
      .png()
      .toBuffer()
    const child = await ctx.payload.create({
      collection: 'media',
      data: { alt: 'A child on a phone', showsIdentifiableChild: true },
      file: { data: png, mimetype: 'image/png', name: 'phone.png', size: png.length },
    })
    const { docs } = await ctx.payload.find({ collection: 'sites', where: { siteId: { equals: 'hu-demand-reduction' } }, limit: 1 })
    const token = await ctx.login('editor-hu@victor.local')
    const draft = await ctx.rest('POST', '/pages?locale=en&draft=true', { token, body: { title: 'Phones', slug: 'phones-photo', role: 'message', sites: [docs[0].id], _status: 'draft' } })
    const { doc } = (await draft.json()) as { doc: { id: number } }
    const hungarian = await ctx.rest('PATCH', `/pages/${doc.id}?locale=hu&draft=true`, { token, body: { title: 'Telefonok', layout: [{ blockType: 'image', image: child.id }], _status: 'draft' } })
    expect(hungarian.status).toBe(200)
    const refused = await ctx.rest('PATCH', `/pages/${doc.id}?locale=en`, { token, body: { _status: 'published' } })
    expect(refused.status).toBe(400)
    expect(await fieldErrors(refused)).toContainEqual({ path: 'layout.0.image', message: expect.stringMatching(/consent.*\(hu\)/) })
  })
})

describe('pages and sites', () => {
  it('refuses a block that does not fit the audience of the page', async () => {
    const { docs } = await ctx.payload.find({ collection: 'sites', where: { siteId: { equals: 'hu-demand-reduction' } }, limit: 1 })
    const before = await count('pages')
    const response = await ctx.rest('POST', '/pages?locale=en', {
      token: coordinatorToken,
      body: {
        title: 'Quiz for adults',
        slug: 'quiz-for-adults',
        role: 'message',
        sites: [docs[0].id],
        _status: 'published',
        layout: [{ blockType: 'quiz', question: 'Q?', options: [{ text: 'A', correct: true }, { text: 'B' }], explanation: 'E' }],
      },
    })
    expect(response.status).toBe(400)
    expect((await fieldErrors(response)).some((error) => error.path.startsWith('layout.0'))).toBe(true)
    expect(await count('pages')).toBe(before)
  })

  it('refuses a slug that cannot be part of a web address', async () => {
    const response = await ctx.rest('POST', '/pages?locale=en', {
      token: coordinatorToken,
      body: { title: 'T', slug: 'Fake Job Offers!', role: 'message', sites: [], _status: 'published' },
    })
    expect(response.status).toBe(400)
    const errors = await fieldErrors(response)
    expect(errors).toContainEqual({ path: 'slug', message: expect.stringMatching(/lowercase/) })
  })

  it('checks that a site id, country, audience and main language agree', async () => {
    const before = await count('sites')
    const response = await ctx.rest('POST', '/sites?locale=en', {
      token: coordinatorToken,
      body: { siteId: 'greece', name: 'X', audience: 'prevention', country: greece, enabledLocales: ['el'], defaultLocale: 'en', baseUrl: 'https://example.org/' },
    })
    expect(response.status).toBe(400)
    const errors = await fieldErrors(response)
    expect(errors).toContainEqual({ path: 'siteId', message: expect.stringContaining('gr-prevention') })
    expect(errors).toContainEqual({ path: 'defaultLocale', message: expect.stringContaining('el') })
    expect(await count('sites')).toBe(before)
  })
})
