import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { helplines as referenceHelplines } from '../../src/seed/content/helplines'
import { users as demoUsers } from '../../src/seed/content/users'
import { seed } from '../../src/seed'
import { createTestPayload, type TestContext } from '../support/testPayload'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestPayload()
})
afterAll(() => ctx?.close())

const collections = ['countries', 'sites', 'campaigns', 'pages', 'helplines', 'partners', 'info-desks', 'events', 'resources', 'news', 'media', 'users'] as const

async function snapshot() {
  const result: Record<string, string> = {}
  for (const collection of collections) {
    const { docs } = await ctx.payload.find({ collection, limit: 1000, depth: 0, locale: 'all', draft: true, sort: 'id' })
    result[collection] = JSON.stringify(docs)
  }
  return result
}

describe('demo content', () => {
  it('covers the partnership: countries, a site per country and audience, helplines, partners, desks, trainings', async () => {
    const { payload } = ctx
    const sites = await payload.find({ collection: 'sites', limit: 100, depth: 1 })
    const siteIds = sites.docs.map((site) => site.siteId).sort()
    expect(siteIds).toEqual(
      ['bg-prevention', 'gr-demand-reduction', 'gr-prevention', 'hu-demand-reduction', 'hub', 'md-prevention', 'ro-prevention', 'rs-prevention', 'si-demand-reduction', 'ua-prevention'].sort(),
    )
    for (const site of sites.docs) {
      if (site.audience === 'hub') continue
      const country = site.country as { role: string }
      const expected = site.audience === 'prevention' ? ['origin', 'both'] : ['destination', 'both']
      expect(expected, `${site.siteId} fits its country's role`).toContain(country.role)
    }
    expect((await payload.count({ collection: 'campaigns' })).totalDocs).toBeGreaterThanOrEqual(2)
    expect((await payload.count({ collection: 'helplines' })).totalDocs).toBe(referenceHelplines.length)
    const unverified = await payload.find({ collection: 'helplines', where: { verified: { equals: false } }, depth: 1 })
    expect(unverified.docs.map((line) => (line.country as { code: string }).code)).toEqual(['SI'])
    const withoutSource = await payload.count({ collection: 'helplines', where: { and: [{ verified: { equals: true } }, { sourceUrl: { exists: false } }] } })
    expect(withoutSource.totalDocs).toBe(0)
    expect((await payload.count({ collection: 'partners' })).totalDocs).toBe(13)
    const desks = await payload.find({ collection: 'info-desks', depth: 1, limit: 10 })
    expect(new Set(desks.docs.map((desk) => (desk.country as { code: string }).code)).size).toBe(4)
    expect((await payload.count({ collection: 'events', where: { kind: { equals: 'training' } } })).totalDocs).toBeGreaterThan(0)
    expect((await payload.count({ collection: 'resources' })).totalDocs).toBeGreaterThan(0)
  })

  it('has one account per role, each opening the admin in its own language', async () => {
    const { docs } = await ctx.payload.find({ collection: 'users', limit: 100, depth: 0 })
    expect(docs.map((user) => user.email).sort()).toEqual(demoUsers.map((user) => user.email).sort())
    expect(new Set(docs.map((user) => user.role))).toEqual(new Set(['admin', 'coordinator', 'editor', 'translator', 'reviewer']))
    const login = await ctx.rest('POST', '/users/login', { body: { email: 'editor-bg@victor.local', password: 'victor-demo-password-for-tests' } })
    expect(login.status).toBe(200)
    expect(login.headers.get('set-cookie')).toMatch(/payload-lng=bg/)
    const arabic = await ctx.rest('POST', '/users/login', { body: { email: 'translator-ar@victor.local', password: 'victor-demo-password-for-tests' } })
    expect(arabic.headers.get('set-cookie')).toMatch(/payload-lng=ar/)
    const translator = await ctx.user('translator-ar@victor.local')
    const { docs: preferences } = await ctx.payload.find({
      collection: 'payload-preferences',
      where: { and: [{ key: { equals: 'locale' } }, { 'user.value': { equals: translator.id } }] },
    })
    expect(preferences.map((preference) => preference.value)).toEqual(['ar'])
  })

  it('changes nothing when it runs again', async () => {
    const before = await snapshot()
    const result = await seed(ctx.payload, { password: 'another-password' })
    expect(Object.values(result.created).reduce((sum, n) => sum + n, 0)).toBe(0)
    expect(result.generatedPassword).toBeUndefined()
    expect(await snapshot()).toEqual(before)
  })

  it('leaves what editors changed alone', async () => {
    const { docs } = await ctx.payload.find({ collection: 'partners', where: { name: { equals: 'La Strada Moldova' } }, limit: 1 })
    await ctx.payload.update({ collection: 'partners', id: docs[0].id, locale: 'en', data: { role: 'Edited by a coordinator' } })
    await seed(ctx.payload, {})
    const after = await ctx.payload.findByID({ collection: 'partners', id: docs[0].id, locale: 'en' })
    expect(after.role).toBe('Edited by a coordinator')
  })
})
