/**
 * Every role x collection x operation, allowed or refused as the roles are specified:
 * admin (everything), coordinator (all content), editor (their countries' content),
 * translator (texts in their locales), reviewer (reads all, approves and publishes),
 * and anonymous visitors (published content only, never users); notifications are each person's own.
 */
import type { CollectionSlug } from 'payload'
import { getCountries } from 'libphonenumber-js/max'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestPayload, type TestContext } from '../support/testPayload'

type Actor = 'anonymous' | 'admin' | 'coordinator' | 'editor' | 'translator' | 'reviewer'
type Operation = 'create' | 'read' | 'update' | 'delete'
/** Y allowed; N refused; O allowed on the editor's own country (Greece) and refused on another country. */
type Expectation = 'Y' | 'N' | 'O'

const accounts: Record<Exclude<Actor, 'anonymous'>, string> = {
  admin: 'admin@victor.local',
  coordinator: 'coordinator@victor.local',
  editor: 'editor-gr@victor.local',
  translator: 'translator-el@victor.local',
  reviewer: 'reviewer@victor.local',
}
const actors: Actor[] = ['anonymous', 'admin', 'coordinator', 'editor', 'translator', 'reviewer']
/** Whose the documents are that Y and N act on, where that matters: not the actor's. */
const someoneElse = 'editor-bg@victor.local'

//                                  anonymous admin coordinator editor translator reviewer
const matrix: Record<string, Record<Operation, string>> = {
  countries: { create: 'N Y Y N N N', read: 'Y Y Y Y Y Y', update: 'N Y Y N Y N', delete: 'N Y Y N N N' },
  sites: { create: 'N Y Y N N N', read: 'Y Y Y Y Y Y', update: 'N Y Y N Y N', delete: 'N Y Y N N N' },
  campaigns: { create: 'N Y Y O N N', read: 'Y Y Y Y Y Y', update: 'N Y Y O Y Y', delete: 'N Y Y O N N' },
  pages: { create: 'N Y Y O N N', read: 'Y Y Y Y Y Y', update: 'N Y Y O Y Y', delete: 'N Y Y O N N' },
  helplines: { create: 'N Y Y O N N', read: 'Y Y Y Y Y Y', update: 'N Y Y O Y N', delete: 'N Y Y O N N' },
  partners: { create: 'N Y Y N N N', read: 'Y Y Y Y Y Y', update: 'N Y Y N Y N', delete: 'N Y Y N N N' },
  'info-desks': { create: 'N Y Y O N N', read: 'Y Y Y Y Y Y', update: 'N Y Y O Y N', delete: 'N Y Y O N N' },
  events: { create: 'N Y Y O N N', read: 'Y Y Y Y Y Y', update: 'N Y Y O Y N', delete: 'N Y Y O N N' },
  resources: { create: 'N Y Y N N N', read: 'Y Y Y Y Y Y', update: 'N Y Y N Y N', delete: 'N Y Y N N N' },
  news: { create: 'N Y Y N N N', read: 'Y Y Y Y Y Y', update: 'N Y Y N Y Y', delete: 'N Y Y N N N' },
  media: { create: 'N Y Y Y N N', read: 'Y Y Y Y Y Y', update: 'N Y Y Y Y N', delete: 'N Y Y N N N' },
  // For users, O means: their own account yes, someone else's no; Y and N act on someone else's.
  users: { create: 'N Y N N N N', read: 'N Y Y O O O', update: 'N Y O O O O', delete: 'N Y N N N N' },
  // Written by the publishing pipeline only; read by whoever may see the site (editors: their countries').
  'site-builds': { create: 'N N N N N N', read: 'N Y Y O N Y', update: 'N N N N N N', delete: 'N Y Y N N N' },
  // Written by the CMS only. O means: addressed to them yes, to someone else no; Y and N act on someone else's.
  notifications: { create: 'N N N N N N', read: 'N O O O O O', update: 'N O O O O O', delete: 'N O O O O O' },
  // Asked by someone else. A request in Greece is in Greek, one in another country in its language:
  // for the translator (Greek), O means their language yes, another no. Updating is answering it.
  'review-requests': { create: 'N Y Y O O N', read: 'N Y Y O O Y', update: 'N Y Y N N Y', delete: 'N Y N N N N' },
}
/** Where O is about the actor's own document rather than Greece: what that document is. */
const ownDocument: Record<string, string> = { users: 'account', notifications: 'notification' }

let ctx: TestContext
const ids = new Map<string, number | string>()
let counter = 0
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`
let png: Buffer
const freeCountryCodes = getCountries().filter((code) => !['GR', 'BG', 'RO', 'MD', 'UA', 'RS', 'SI', 'HU'].includes(code))
const unusedCountryCode = () => freeCountryCodes.shift()!

async function idOf(collection: CollectionSlug, field: string, value: string) {
  const key = `${collection}:${value}`
  if (!ids.has(key)) {
    const { docs } = await ctx.payload.find({ collection, where: { [field]: { equals: value } }, limit: 1, depth: 0, draft: true })
    if (!docs[0]) throw new Error(`fixture ${key} missing`)
    ids.set(key, docs[0].id)
  }
  return ids.get(key)!
}
const country = (code: 'GR' | 'BG') => idOf('countries', 'code', code)
const site = (siteId: string) => idOf('sites', 'siteId', siteId)

/** Valid data to create a document in Greece (own) or another country (other), belonging to `owner` where documents are someone's. */
async function createData(collection: string, place: 'own' | 'other', owner = someoneElse): Promise<Record<string, unknown>> {
  const code = place === 'own' ? 'GR' : 'BG'
  const n = unique()
  switch (collection) {
    case 'countries':
      return { code: unusedCountryCode(), name: `Country ${n}`, role: 'destination', languages: ['en'] }
    case 'sites': {
      const fresh = await ctx.payload.create({ collection: 'countries', data: { code: unusedCountryCode(), name: 'X', role: 'origin', languages: ['en'] } })
      return { siteId: `${fresh.code.toLowerCase()}-prevention`, name: 'Site', audience: 'prevention', country: fresh.id, enabledLocales: ['en'], defaultLocale: 'en', baseUrl: 'https://example.org/' }
    }
    case 'campaigns':
      return {
        title: `Campaign ${n}`,
        slug: `campaign-${n}`,
        audience: 'demand-reduction',
        sites: [await site(place === 'own' ? 'gr-demand-reduction' : 'hu-demand-reduction')],
        startDate: '2027-01-01',
        endDate: '2027-02-01',
        _status: 'draft',
      }
    case 'pages':
      return { title: `Page ${n}`, slug: `page-${n}`, role: 'message', sites: [await site(place === 'own' ? 'gr-demand-reduction' : 'hu-demand-reduction')], _status: 'draft' }
    case 'helplines':
      return {
        name: `Line ${n}`,
        country: await country(code),
        kind: 'police',
        number: place === 'own' ? '100' : '166',
        verified: true,
        sourceUrl: 'https://example.org/police',
        lastChecked: '2026-10-01',
      }
    case 'partners':
      return { name: `Partner ${n}`, type: 'national-ngo' }
    case 'info-desks':
      return {
        name: `Desk ${n}`,
        country: await country(code),
        host: await idOf('partners', 'name', 'The Smile of the Child'),
        address: 'Somewhere',
        activeFrom: '2027-01-01',
        activeUntil: '2027-06-30',
      }
    case 'events':
      return { title: `Training ${n}`, kind: 'training', country: await country(code), audiences: ['judiciary'], startDate: '2027-01-01', endDate: '2027-01-02', place: 'Town' }
    case 'resources':
      return { title: `Resource ${n}`, kind: 'publicity' }
    case 'news':
      return { title: `News ${n}`, slug: `news-${n}`, publishedDate: '2027-01-01', _status: 'draft' }
    case 'media':
      return { alt: `Picture ${n}` }
    case 'users':
      return { email: `user-${n}@victor.local`, password: 'a-long-password-1', name: 'New', role: 'editor', countries: [await country('GR')], language: 'en' }
    case 'site-builds':
      return { site: await site(place === 'own' ? 'gr-prevention' : 'bg-prevention'), status: 'succeeded', trigger: `Test ${n}` }
    case 'notifications':
      return { message: `Notice ${n}`, kind: 'review-published', recipient: await idOf('users', 'email', owner) }
    case 'review-requests': {
      // A page with a text in the request's language, ready for review.
      const locale = place === 'own' ? 'el' : 'hu'
      const page = await ctx.payload.create({ collection: 'pages', data: (await createData('pages', place)) as never, draft: true, locale })
      return { document: { relationTo: 'pages', value: page.id }, locale, note: `Request ${n}` }
    }
  }
  throw new Error(collection)
}

const file = (n: string) => ({ data: png, mimetype: 'image/png', name: `test-${n}.png`, size: png.length })

/**
 * An existing document to read, update and delete: in Greece (own) or elsewhere (other). For
 * users and notifications, the actor's own where the rule is about one's own (O), else someone else's.
 */
async function target(collection: string, place: 'own' | 'other', actorEmail?: string, actorsOwn = false) {
  const theirOwn = actorsOwn && place === 'own' && actorEmail
  if (collection === 'users' && theirOwn) return idOf('users', 'email', actorEmail)
  const data = await createData(collection, place, theirOwn ? actorEmail : someoneElse)
  const doc = await ctx.payload.create({
    collection: collection as CollectionSlug,
    data: { ...data, ...('_status' in data ? { _status: 'published' } : {}) } as never,
    file: collection === 'media' ? file(unique()) : undefined,
  })
  // The request records who asks from the signed-in person; here it is made without one.
  if (collection === 'review-requests') await ctx.payload.update({ collection: 'review-requests', id: doc.id, data: { requestedBy: await idOf('users', 'email', someoneElse) } as never })
  return doc.id
}

const localizedField: Record<string, string> = {
  countries: 'name',
  sites: 'name',
  campaigns: 'title',
  pages: 'title',
  helplines: 'name',
  partners: 'name',
  'info-desks': 'name',
  events: 'title',
  resources: 'title',
  news: 'title',
  media: 'alt',
  users: 'name',
  'site-builds': 'trigger',
}
/** Other required texts a document needs in a locale before it can be saved in it. */
const requiredInGreek: Record<string, Record<string, string>> = {
  'info-desks': { address: 'Αθήνα' },
  events: { place: 'Αθήνα' },
}
const hasDrafts = (collection: string) => ['campaigns', 'pages', 'news'].includes(collection)

/** What an update changes: a text, in Greek; a notification is marked read, a review request sent back. */
function changes(collection: string): Record<string, unknown> {
  if (collection === 'notifications') return { read: true }
  if (collection === 'review-requests') return { status: 'sent-back', response: `Διορθώστε ${unique()}` }
  return { [localizedField[collection]]: `Ενημέρωση ${unique()}`, ...requiredInGreek[collection] }
}

/**
 * The field that names the country, sites or language of a new document. Creating outside one's
 * scope is refused there (400): a create rule cannot filter a document that does not exist yet.
 */
const scopeField: Record<string, string> = { campaigns: 'sites', pages: 'sites', helplines: 'country', 'info-desks': 'country', events: 'country', 'review-requests': 'locale' }

type Outcome = { allowed: true } | { allowed: false; status: number; paths: string[] }

async function attempt(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    const result = await run()
    if (result === 'not-found') return { allowed: false, status: 404, paths: [] }
    return { allowed: true }
  } catch (error) {
    const err = error as { status?: number; data?: { errors?: { path: string }[] } }
    if (!err.status || err.status >= 500) throw error
    return { allowed: false, status: err.status, paths: (err.data?.errors ?? []).map((e) => e.path) }
  }
}

async function perform(collection: string, operation: Operation, actor: Actor, place: 'own' | 'other', actorsOwn: boolean): Promise<Outcome> {
  const slug = collection as CollectionSlug
  const user = actor === 'anonymous' ? undefined : await ctx.user(accounts[actor])
  const asActor = { overrideAccess: false, user: user as never, depth: 0 }
  const actorEmail = actor === 'anonymous' ? undefined : accounts[actor]
  switch (operation) {
    case 'create': {
      const data = await createData(collection, place)
      return attempt(() =>
        ctx.payload.create({ collection: slug, data: data as never, draft: hasDrafts(collection), file: collection === 'media' ? file(unique()) : undefined, locale: 'el', ...asActor }),
      )
    }
    case 'read': {
      const id = await target(collection, place, actorEmail, actorsOwn)
      return attempt(async () => {
        const { docs } = await ctx.payload.find({ collection: slug, where: { id: { equals: id } }, ...asActor })
        return docs.length === 1 ? docs : 'not-found'
      })
    }
    case 'update': {
      const id = await target(collection, place, actorEmail, actorsOwn)
      return attempt(async () => {
        const { docs, errors } = await ctx.payload.update({
          collection: slug,
          where: { id: { equals: id } },
          data: changes(collection) as never,
          locale: 'el',
          draft: hasDrafts(collection),
          ...asActor,
        })
        if (errors.length) throw Object.assign(new Error(errors[0].message), { status: 400 })
        return docs.length === 1 ? docs : 'not-found'
      })
    }
    case 'delete': {
      const id = await target(collection, place, actorEmail, actorsOwn)
      return attempt(async () => {
        const { docs } = await ctx.payload.delete({ collection: slug, where: { id: { equals: id } }, ...asActor })
        return docs.length === 1 ? docs : 'not-found'
      })
    }
  }
}

beforeAll(async () => {
  ctx = await createTestPayload()
  png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#3366cc' } })
    .png()
    .toBuffer()
})
afterAll(() => ctx?.close())

const cases = Object.entries(matrix).flatMap(([collection, operations]) =>
  (Object.entries(operations) as [Operation, string][]).flatMap(([operation, row]) =>
    row.split(' ').flatMap((expectation, index) => {
      const actor = actors[index]
      const expected = expectation as Expectation
      const owned = ownDocument[collection]
      const theirs = owned ? `their own ${owned}` : 'Greece'
      const notTheirs = owned ? `someone else's ${owned}` : 'another country'
      if (expected === 'O') {
        return [
          { collection, operation, actor, place: 'own' as const, allowed: true, actorsOwn: true, on: theirs },
          { collection, operation, actor, place: 'other' as const, allowed: false, actorsOwn: true, on: notTheirs },
        ]
      }
      return [{ collection, operation, actor, place: 'own' as const, allowed: expected === 'Y', actorsOwn: false, on: owned ? notTheirs : 'Greece' }]
    }),
  ),
)

describe('role x collection x operation', () => {
  it.each(cases)('$actor $operation $collection ($on): allowed=$allowed', async ({ collection, operation, actor, place, allowed, actorsOwn }) => {
    const outcome = await perform(collection, operation, actor, place, actorsOwn)
    if (allowed) {
      expect(outcome).toEqual({ allowed: true })
      return
    }
    expect(outcome.allowed).toBe(false)
    if (outcome.allowed) return
    // Creating outside one's scope is refused by the field that names it; everything else by an
    // access rule (403, or 404 when the rule filters the document out).
    if (operation === 'create' && place === 'other') expect(outcome).toMatchObject({ status: 400, paths: [scopeField[collection]] })
    else expect([403, 404]).toContain(outcome.status)
  })
})
