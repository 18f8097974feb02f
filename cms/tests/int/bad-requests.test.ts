/**
 * No request makes the CMS fail. Over 9,000 generated bad requests, REST and GraphQL, anonymous,
 * as an editor and as an administrator: every answer is a 4xx or a harmless 2xx (a filter that
 * matches nothing), never a 5xx; afterwards the database, versions and Payload's own collections
 * included, is exactly as before; no answer holds a password hash, salt or reset token or the
 * server's secret; no anonymous answer holds a draft or an account's e-mail; and no editor's answer
 * holds the e-mail of an account other than their own.
 */
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { createHash } from 'node:crypto'
import type { FlattenedField } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { guarded } from '../../src/api/requestGuard'
import { translateTo, type AdminLanguage, type VictorKey } from '../../src/i18n'
import { createTestPayload, type TestContext } from '../support/testPayload'

let ctx: TestContext
let graphql: (request: Request) => Promise<Response>
/** The accounts the requests are sent as, besides anonymous callers. */
const signIns = { editor: 'editor-gr@victor.local', admin: 'admin@victor.local' }
type Identity = 'anonymous' | keyof typeof signIns
const tokens: Record<Identity, string | undefined> = { anonymous: undefined, editor: undefined, admin: undefined }
/** As README.md says: "over 9,000 generated bad requests". */
const CLAIMED_REQUESTS = 9_000
/** The preference the requests post to: a signed-in person may store anything as their own preference. */
const OWN_PREFERENCE_KEY = 'abc'

const collections = [
  'pages',
  'news',
  'campaigns',
  'sites',
  'countries',
  'helplines',
  'partners',
  'info-desks',
  'events',
  'resources',
  'media',
  'users',
  'review-requests',
  'site-builds',
  'notifications',
] as const

interface BadRequest {
  name: string
  method: string
  path: string
  headers?: Record<string, string>
  body?: string | Uint8Array
  graphql?: boolean
}

const json = { 'Content-Type': 'application/json' }
const deepArray = (depth: number) => '['.repeat(depth) + ']'.repeat(depth)
const deepObject = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)
const deepWhere = (depth: number) => `${'[or][0]'.repeat(depth)}[id][equals]=1`

/** Bodies that are not what the content type says, or not a document at all. */
const badBodies: { name: string; headers: Record<string, string>; body: string | Uint8Array }[] = [
  { name: 'text/plain', headers: { 'Content-Type': 'text/plain' }, body: 'hello' },
  { name: 'form-encoded', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'title=x&sites=abc' },
  { name: 'xml', headers: { 'Content-Type': 'application/xml' }, body: '<doc><title>x</title></doc>' },
  { name: 'truncated json', headers: json, body: '{"title":' },
  { name: 'json array', headers: json, body: '[1,2,3]' },
  { name: 'json string', headers: json, body: '"title"' },
  { name: 'json number', headers: json, body: '42' },
  { name: 'json null', headers: json, body: 'null' },
  { name: 'empty json', headers: json, body: '' },
  { name: 'binary as json', headers: json, body: new Uint8Array([0xff, 0xfe, 0x00, 0x01, 0x80]) },
  { name: 'deeply nested array', headers: json, body: deepArray(20_000) },
  { name: 'deeply nested object', headers: json, body: deepObject(5_000) },
  { name: 'multipart without boundary', headers: { 'Content-Type': 'multipart/form-data' }, body: 'x' },
  { name: 'multipart broken', headers: { 'Content-Type': 'multipart/form-data; boundary=zzz' }, body: '--zzz\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{not json\r\n--zzz--' },
  { name: 'multipart _payload array', headers: { 'Content-Type': 'multipart/form-data; boundary=zzz' }, body: '--zzz\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n[1]\r\n--zzz--' },
  { name: 'wrong charset', headers: { 'Content-Type': 'application/json; charset=utf-16' }, body: '{"title":' },
]

/** Whole documents that are wrong everywhere: each also carries a relation that is not an id. */
const badDocuments: { name: string; body: Record<string, unknown> }[] = [
  { name: 'prototype pollution', body: JSON.parse('{"__proto__":{"role":"admin"},"constructor":{"prototype":{"x":1}}}') },
  { name: 'operators in values', body: { title: { $ne: null }, slug: { equals: 'x' }, email: { $regex: '.*' } } },
  { name: 'huge string', body: { title: 'x'.repeat(2_000_000) } },
]

/** A value of the wrong kind for a field of this type, or undefined where any value is taken. */
function wrongValueFor(field: FlattenedField): unknown {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return 'hasMany' in field && field.hasMany ? 'not-a-list' : { $regex: '.*' }
    case 'number':
      return 'abc'
    case 'date':
      return 'not a date'
    case 'checkbox':
      return 'yes'
    case 'select':
    case 'radio':
      return 'not-one-of-the-options'
    case 'relationship':
    case 'upload':
      return 'hasMany' in field && field.hasMany ? ['abc'] : 'abc'
    case 'array':
      return 'not-a-list'
    case 'blocks':
      return [{ blockType: 'no-such-block' }]
    case 'group':
      return 'not-a-group'
    case 'richText':
      return 42
    default:
      return undefined
  }
}

const PAYLOAD_INTERNALS = [
  'id',
  'createdAt',
  'updatedAt',
  'url',
  'thumbnailURL',
  'filename',
  'sizes',
  'salt',
  'hash',
  'sessions',
  'loginAttempts',
  'lockUntil',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'resetPasswordRequestedAt',
  'enableAPIKey',
  'apiKey',
  'apiKeyIndex',
  '_verified',
  '_verificationToken',
]

const badIds = ['abc', '-1', '1.5', '0x10', '99999999999999999999', "1' OR '1'='1", '%00', '..%2F..%2Fetc%2Fpasswd', 'NaN', 'null', '[object Object]']

/** Filters that cannot be answered: refused, so also no bulk change or deletion goes ahead with them. */
const badFilters = [
  'where[sites][in]=abc',
  'where[id][equals]=abc',
  'where[id][in]=1,abc,2',
  'where[title][near]=1,2',
  'where[createdAt][greater_than]=not-a-date',
  'where[updatedAt][less_than]=',
  'where[title][nope]=1',
  'where[nonexistent][equals]=1',
  'where[country][equals][id]=1',
  'where[sites.siteId][equals][$gt]=',
  'where[and]=notarray',
  'where[or][0]=x',
  'where[title][exists]=maybe',
  'where[title][in][0][0]=1',
  `where${deepWhere(200)}`,
]

/** Odd but answerable reading options: a read answers them; a bulk deletion without a filter is refused. */
const oddOptions = [
  'where[title][like]=%',
  'sort=nonexistent',
  'sort=-_status,,,',
  'limit=-1',
  'limit=abc',
  'limit=99999999999999999',
  'page=0',
  'page=-5',
  'page=abc',
  'depth=100',
  'depth=abc',
  'locale=xx',
  'locale=../../etc',
  'fallback-locale=zz',
  'draft=maybe',
  'select[password]=true',
  'select[hash]=true',
  'populate[nope]=1',
  'joins=abc',
]

const graphqlBodies: { name: string; body: string }[] = [
  { name: 'not json', body: 'query { Pages { docs { id } } }' },
  { name: 'syntax error', body: JSON.stringify({ query: '{ Pages { docs { id ' }) },
  { name: 'unknown field', body: JSON.stringify({ query: '{ Pages { docs { nope } } }' }) },
  { name: 'bad variable', body: JSON.stringify({ query: 'query($id: Int!) { Page(id: $id) { id } }', variables: { id: 'abc' } }) },
  { name: 'bad where', body: JSON.stringify({ query: '{ Pages(where: { id: { equals: "abc" } }) { docs { id } } }' }) },
  { name: 'too deep', body: JSON.stringify({ query: `{ Pages { docs { ${'sites { country { sites { '.repeat(8)}id${' } } }'.repeat(8)} } } }` }) },
  { name: 'too many aliases', body: JSON.stringify({ query: `{ ${Array.from({ length: 300 }, (_, i) => `a${i}: Pages(limit: 100) { docs { id title } }`).join(' ')} }` }) },
  { name: 'users emails', body: JSON.stringify({ query: '{ Users { docs { email hash salt } } }' }) },
  { name: 'drafts', body: JSON.stringify({ query: '{ Pages(draft: true) { docs { id _status title } } }' }) },
  { name: 'mutation', body: JSON.stringify({ query: 'mutation { createPage(data: { title: "x" }) { id } }' }) },
  { name: 'delete with a bad id', body: JSON.stringify({ query: 'mutation { deletePage(id: "abc") { id } }' }) },
  { name: 'update with a bad id', body: JSON.stringify({ query: 'mutation { updatePage(id: 0, data: { slug: "x" }) { id } }' }) },
  { name: 'introspection bomb', body: JSON.stringify({ query: '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }' }) },
  { name: 'array body', body: '[]' },
  { name: 'null query', body: JSON.stringify({ query: null }) },
  { name: 'batched', body: JSON.stringify(Array.from({ length: 50 }, () => ({ query: '{ Pages { docs { id } } }' }))) },
]

function generate(): BadRequest[] {
  const requests: BadRequest[] = []
  for (const collection of collections) {
    for (const { name, headers, body } of badBodies) {
      requests.push({ name: `POST ${collection} ${name}`, method: 'POST', path: `/${collection}`, headers, body })
      requests.push({ name: `PATCH ${collection}/1 ${name}`, method: 'PATCH', path: `/${collection}/1`, headers, body })
    }
    // Payload's own account and upload internals are dropped from any request, not refused.
    const fields = ctx.payload.collections[collection].config.flattenedFields.filter((field) => !PAYLOAD_INTERNALS.includes(field.name) && !('virtual' in field && field.virtual))
    const wrongFields = fields.flatMap((field) => {
      const value = wrongValueFor(field)
      return value === undefined ? [] : [{ name: `${field.name} of the wrong kind`, body: { [field.name]: value } }]
    })
    // Whole documents: every field wrong at once, and every text field half a character.
    const everyFieldWrong = Object.assign({}, ...wrongFields.map((wrong) => wrong.body)) as Record<string, unknown>
    const brokenTexts = Object.fromEntries(fields.filter((field) => field.type === 'text' || field.type === 'textarea').map((field) => [field.name, 'ok \ud800']))
    const documents = [
      ...wrongFields,
      ...badDocuments.map((document) => ({ ...document, body: { ...document.body, ...everyFieldWrong } })),
      ...(Object.keys(brokenTexts).length ? [{ name: 'lone surrogate in texts', body: brokenTexts }] : []),
    ]
    for (const { name, body } of documents) {
      requests.push({ name: `POST ${collection} ${name}`, method: 'POST', path: `/${collection}`, headers: json, body: JSON.stringify(body) })
      requests.push({ name: `PATCH ${collection}/1 ${name}`, method: 'PATCH', path: `/${collection}/1`, headers: json, body: JSON.stringify(body) })
      requests.push({ name: `bulk PATCH ${collection} ${name}`, method: 'PATCH', path: `/${collection}?where[id][equals]=abc`, headers: json, body: JSON.stringify(body) })
    }
    for (const id of badIds) {
      requests.push({ name: `GET ${collection}/${id}`, method: 'GET', path: `/${collection}/${id}` })
      requests.push({ name: `DELETE ${collection}/${id}`, method: 'DELETE', path: `/${collection}/${id}` })
      requests.push({ name: `PATCH ${collection}/${id}`, method: 'PATCH', path: `/${collection}/${id}`, headers: json, body: '{"title":"x","slug":"x"}' })
    }
    for (const query of badFilters) {
      requests.push({ name: `GET ${collection}?${query}`, method: 'GET', path: `/${collection}?${query}` })
      requests.push({ name: `DELETE ${collection}?${query}`, method: 'DELETE', path: `/${collection}?${query}` })
      requests.push({ name: `bulk PATCH ${collection}?${query}`, method: 'PATCH', path: `/${collection}?${query}`, headers: json, body: '{"title":"x","slug":"x"}' })
    }
    for (const query of oddOptions) {
      requests.push({ name: `GET ${collection}?${query}`, method: 'GET', path: `/${collection}?${query}` })
      if (!query.startsWith('where')) requests.push({ name: `DELETE ${collection}?${query}`, method: 'DELETE', path: `/${collection}?${query}` })
    }
    requests.push({ name: `oversized ${collection}`, method: 'POST', path: `/${collection}`, headers: json, body: JSON.stringify({ title: 'x'.repeat(30 * 1024 * 1024) }) })
  }
  for (const path of [
    '/nope',
    '/pages/1/nope',
    '/users/login',
    '/users/forgot-password',
    '/users/reset-password',
    '/users/unlock',
    '/users/refresh-token',
    '/users/first-register',
    '/pages/versions/abc',
    '/pages/versions/0',
    '/globals/nope',
    '/access',
    '/pages/access/abc',
    `/payload-preferences/${OWN_PREFERENCE_KEY}`,
    '/payload-jobs',
  ]) {
    for (const { name, headers, body } of badBodies.slice(0, 6)) requests.push({ name: `POST ${path} ${name}`, method: 'POST', path, headers, body })
    requests.push({ name: `POST ${path} wrong types`, method: 'POST', path, headers: json, body: JSON.stringify({ email: ['a'], password: { $ne: 1 }, token: 5 }) })
    requests.push({ name: `GET ${path}?where[id][equals]=abc`, method: 'GET', path: `${path}?where[id][equals]=abc` })
  }
  for (const { name, body } of graphqlBodies) {
    requests.push({ name: `GraphQL ${name}`, method: 'POST', path: '/graphql', headers: json, body, graphql: true })
    requests.push({ name: `GraphQL ${name} as text`, method: 'POST', path: '/graphql', headers: { 'Content-Type': 'text/plain' }, body, graphql: true })
  }
  return requests
}

const hashOf = (docs: unknown[]) => createHash('sha256').update(JSON.stringify(docs)).digest('hex')

/**
 * Everything stored, as one hash per collection and per versions table: every collection, Payload's
 * own (jobs, preferences, locks, migrations) included, drafts and versions of documents and globals.
 * Left out: sessions, which refreshing a sign-in extends, as it should, and the preference the
 * signed-in identities may write for themselves.
 */
async function databaseState(): Promise<Record<string, string>> {
  const state: Record<string, string> = {}
  const everything = { depth: 0, limit: 0, pagination: false, overrideAccess: true, showHiddenFields: true, locale: 'all' } as const
  for (const { slug, versions } of ctx.payload.config.collections) {
    const { docs } = await ctx.payload.find({ collection: slug, draft: true, ...everything, ...(slug === 'payload-preferences' ? { where: { key: { not_equals: OWN_PREFERENCE_KEY } } } : {}) })
    state[slug] = hashOf((docs as unknown as Record<string, unknown>[]).map(({ sessions: _sessions, ...doc }) => doc))
    if (versions) state[`${slug} versions`] = hashOf((await ctx.payload.findVersions({ collection: slug, ...everything })).docs)
  }
  for (const { slug, versions } of ctx.payload.config.globals) {
    state[`global ${slug}`] = hashOf([await ctx.payload.findGlobal({ slug, draft: true, depth: 0, overrideAccess: true, showHiddenFields: true, locale: 'all' })])
    if (versions) state[`global ${slug} versions`] = hashOf((await ctx.payload.findGlobalVersions({ slug, ...everything })).docs)
  }
  return state
}

/**
 * What an answer to `identity` must not hold: for anyone, a password hash, salt or reset token, or
 * the secret (as configured, or as Payload signs tokens with it); for anonymous callers, a draft or
 * any account's e-mail; for the editor, an e-mail of any account but their own (editors read no
 * other account).
 */
function leaksIn(text: string, identity: Identity, accounts: { email: string }[], secrets: string[]): string[] {
  const hiddenEmails = identity === 'admin' ? [] : accounts.map((account) => account.email).filter((email) => identity === 'anonymous' || email !== signIns[identity])
  return [
    ...hiddenEmails.filter((email) => text.includes(email)).map((email) => `e-mail ${email}`),
    ...(/"(hash|salt|resetPasswordToken)"\s*:\s*"/.test(text) ? ['password hash'] : []),
    ...(identity === 'anonymous' && /"_status"\s*:\s*"draft"/.test(text) ? ['a draft'] : []),
    ...(secrets.some((secret) => text.includes(secret)) ? ['the secret'] : []),
  ]
}

async function send(request: BadRequest, token: string | undefined): Promise<Response> {
  const headers = { ...request.headers, ...(token ? { Authorization: `JWT ${token}` } : {}) }
  if (request.graphql) {
    return graphql(new Request('http://localhost:3000/api/graphql', { method: request.method, headers, body: request.body as BodyInit }))
  }
  return ctx.rest(request.method, request.path, { raw: request.body as BodyInit | undefined, headers })
}

beforeAll(async () => {
  ctx = await createTestPayload()
  graphql = guarded(GRAPHQL_POST(Promise.resolve(ctx.config)) as unknown as typeof graphql, { graphql: true })
  for (const [identity, email] of Object.entries(signIns)) tokens[identity as Identity] = await ctx.login(email)
})
afterAll(() => ctx?.close())

describe('bad requests', () => {
  let requests: BadRequest[]
  beforeAll(() => {
    requests = generate()
  })

  it('still answers what the admin itself sends: a long query as a form-encoded POST read as GET, a polymorphic relationship filter', async () => {
    const overridden = await ctx.rest('POST', '/sites', {
      token: tokens.editor,
      raw: 'depth=0&limit=10&where[and][0][country][in][0]=1',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Payload-HTTP-Method-Override': 'GET' },
    })
    expect(overridden.status).toBe(200)
    expect(((await overridden.json()) as { docs: unknown[] }).docs.length).toBeGreaterThan(0)
    const builds = await ctx.rest('GET', '/site-builds?where[documents][equals][relationTo]=pages&where[documents][equals][value]=1&depth=0', { token: tokens.admin })
    expect(builds.status).toBe(200)
  })

  it('GraphQL refuses a query nested deeper than the limit, naming it', async () => {
    const deep = graphqlBodies.find((body) => body.name === 'too deep')!
    const response = await send({ name: 'deep', method: 'POST', path: '/graphql', headers: json, body: deep.body, graphql: true }, tokens.admin)
    expect(response.status).toBeLessThan(500)
    const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] }
    expect(body.data ?? null).toBeNull()
    expect(body.errors?.map((error) => error.message).join(' ')).toMatch(/at most 10 are answered/)
  })

  describe("answer in the person's language, naming the problem", () => {
    async function expectAnswer(response: Response, status: number, language: AdminLanguage, key: VictorKey, vars?: Record<string, unknown>) {
      const expected = translateTo(language, key, vars)
      if (language !== 'en') expect(expected).not.toBe(translateTo('en', key, vars))
      expect(response.status).toBe(status)
      expect(await response.json()).toEqual({ errors: [{ message: expected }] })
    }
    const greek = { Cookie: 'payload-lng=el' }

    it('from the language cookie the admin sets', async () => {
      await expectAnswer(await ctx.rest('POST', '/pages', { raw: 'hello', headers: { ...greek, 'Content-Type': 'text/plain' } }), 415, 'el', 'errorRequestWrongType', { type: 'text/plain' })
      await expectAnswer(await ctx.rest('PATCH', '/pages/1', { raw: '[1]', headers: { Cookie: 'payload-lng=ar', ...json } }), 400, 'ar', 'errorRequestNotObject', { found: 'array' })
      await expectAnswer(await ctx.rest('POST', '/pages', { raw: 'x', headers: { Cookie: 'payload-lng=bg', 'Content-Type': 'multipart/form-data' } }), 400, 'bg', 'errorFormNoBoundary')
    })

    it("from the browser's Accept-Language, Greek and Serbian (sr) included", async () => {
      await expectAnswer(await ctx.rest('GET', '/pages/12abc', { headers: { 'Accept-Language': 'el-GR,el;q=0.9,en;q=0.8' } }), 400, 'el', 'errorNotId', { value: '12abc' })
      await expectAnswer(await ctx.rest('PATCH', '/pages/1', { headers: { 'Accept-Language': 'sr-Cyrl-RS,sr;q=0.9' } }), 400, 'rs', 'errorRequestNeedsBody', { method: 'PATCH' })
      await expectAnswer(await ctx.rest('POST', '/pages', { raw: deepObject(100), headers: { 'Accept-Language': 'de-DE,hu;q=0.7', ...json } }), 400, 'hu', 'errorRequestTooDeep', { limit: 64 })
      // Payload's own reading of the header knows Greek too (patched into @payloadcms/translations).
      const filter = await ctx.rest('GET', '/pages?where[id][equals]=abc', { headers: { 'Accept-Language': 'el-GR,el;q=0.9' } })
      expect(filter.status).toBe(400)
      expect(JSON.stringify(await filter.json())).toMatch(/[α-ωά-ώ]{4}/)
      const multipart = { 'Accept-Language': 'uk', 'Content-Type': 'multipart/form-data; boundary=zzz' }
      await expectAnswer(
        await ctx.rest('POST', '/media', { raw: '--zzz\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n7\r\n--zzz--', headers: multipart }),
        400,
        'uk',
        'errorFormPayloadNotObject',
        { found: 'number' },
      )
    })

    it('in English when the language is none of the admin languages, and the cookie before the header', async () => {
      // A string body would be given text/plain: bytes are sent with no Content-Type.
      const x = new TextEncoder().encode('x')
      await expectAnswer(await ctx.rest('POST', '/pages', { raw: x, headers: { 'Accept-Language': 'de-DE,fr;q=0.5' } }), 415, 'en', 'errorRequestNoContentType')
      await expectAnswer(await ctx.rest('POST', '/pages', { raw: x, headers: { Cookie: 'payload-lng=toString', 'Accept-Language': 'de' } }), 415, 'en', 'errorRequestNoContentType')
      await expectAnswer(await ctx.rest('POST', '/pages', { raw: x, headers: { Cookie: 'payload-lng=ro', 'Accept-Language': 'ru' } }), 415, 'ro', 'errorRequestNoContentType')
    })

    it('GraphQL too: a query nested deeper than the limit', async () => {
      const deep = graphqlBodies.find((body) => body.name === 'too deep')!
      const ask = (headers: Record<string, string>) => send({ name: 'deep', method: 'POST', path: '/graphql', headers: { ...json, ...headers }, body: deep.body, graphql: true }, tokens.admin)
      const english = (await (await ask({})).json()) as { errors: { message: string }[] }
      const depth = Number(/nests (\d+) fields/.exec(english.errors[0].message)?.[1])
      const romanian = (await (await ask({ Cookie: 'payload-lng=ro' })).json()) as { errors: { message: string }[] }
      expect(romanian.errors[0].message).toBe(translateTo('ro', 'errorGraphqlTooDeep', { depth, limit: 10 }))
      expect(romanian.errors[0].message).not.toBe(english.errors[0].message)
      const wrongType = await graphql(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: { 'Content-Type': 'text/plain', ...greek }, body: '{ Pages { docs { id } } }' }))
      await expectAnswer(wrongType, 415, 'el', 'errorGraphqlWrongType', { type: 'text/plain' })
    })
  })

  it('are over 9,000 across the three identities', () => {
    expect(requests.length * Object.keys(tokens).length).toBeGreaterThan(CLAIMED_REQUESTS)
  })

  it('never answer 5xx, change nothing, and leak nothing', { timeout: 900_000 }, async () => {
    const before = await databaseState()
    const { docs: accounts } = await ctx.payload.find({ collection: 'users', limit: 0, pagination: false, depth: 0 })
    const secrets = [process.env.PAYLOAD_SECRET!, ctx.payload.secret]
    const failures: string[] = []
    const leaks: string[] = []
    const accepted: string[] = []
    let sent = 0
    for (const [identity, token] of Object.entries(tokens) as [Identity, string | undefined][]) {
      for (const request of requests) {
        const response = await send(request, token).catch((error: unknown) => new Response(String(error), { status: 599 }))
        sent++
        const text = await response.text()
        // Preferences are each person's own to write; /access only reads.
        if (request.method !== 'GET' && !request.graphql && !/payload-preferences|\/access|refresh-token/.test(request.path) && response.status < 300)
          accepted.push(`${identity} ${request.name}: ${response.status} ${text.slice(0, 150)}`)
        if (response.status >= 500) failures.push(`${identity} ${request.name}: ${response.status} ${text.slice(0, 200)}`)
        const found = leaksIn(text, identity, accounts, secrets)
        if (found.length) leaks.push(`${identity} ${request.name}: ${found.join(', ')}`)
      }
    }
    expect(sent).toBeGreaterThan(CLAIMED_REQUESTS)
    expect(failures).toEqual([])
    expect(leaks).toEqual([])
    expect(accepted).toEqual([])
    expect(await databaseState()).toEqual(before)
  })
})
