/**
 * Passwords people can choose, sessions a new password ends, demo accounts a production server
 * refuses to start with.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { passwordProblem } from '../../src/collections/Users/passwordPolicy'
import { productionAccountProblems, productionSettingProblems } from '../../src/productionSafety'
import { createTestPayload, type TestContext } from '../support/testPayload'

let ctx: TestContext
let adminToken: string

beforeAll(async () => {
  ctx = await createTestPayload()
  adminToken = await ctx.login('admin@victor.local')
})
afterAll(() => ctx?.close())

const account = (password: string) => ({ email: `new-${Math.random().toString(36).slice(2)}@example.org`, name: 'New', role: 'coordinator', language: 'en', password })

describe('passwords', () => {
  it('refuses short and common ones, also with digits around a common word, and takes a long unusual one', () => {
    expect(passwordProblem('short')).toBe('errorPasswordTooShort')
    expect(passwordProblem('password1234')).toBe('errorPasswordCommon')
    expect(passwordProblem('123456789012')).toBe('errorPasswordCommon')
    expect(passwordProblem('aaaaaaaaaaaaaa')).toBe('errorPasswordCommon')
    expect(passwordProblem('correct horse battery staple')).toBeUndefined()
    expect(passwordProblem('кафе на углу в полдень')).toBeUndefined()
  })

  it("answers a weak password with a 400 naming the field, in the person's language, and creates nothing", async () => {
    const before = (await ctx.payload.count({ collection: 'users' })).totalDocs
    const response = await ctx.rest('POST', '/users', { token: adminToken, body: account('password1234'), headers: { Cookie: 'payload-lng=el' } })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }
    const error = body.errors[0].data?.errors?.[0]
    expect(error?.path).toBe('password')
    expect(error?.message).toMatch(/από τους πιο συνηθισμένους/)
    expect((await ctx.payload.count({ collection: 'users' })).totalDocs).toBe(before)
    expect((await ctx.rest('POST', '/users', { token: adminToken, body: account('a sensible long passphrase') })).status).toBe(201)
  })

  it('checks a password set by a reset link too', async () => {
    const token = await ctx.payload.forgotPassword({ collection: 'users', data: { email: 'reviewer@victor.local' }, disableEmail: true })
    const weak = await ctx.rest('POST', '/users/reset-password', { body: { token, password: 'qwerty123456' } })
    expect(weak.status).toBe(400)
    expect(await weak.text()).toMatch(/most common passwords/)
    expect((await ctx.rest('POST', '/users/reset-password', { body: { token, password: 'a reset passphrase of my own' } })).status).toBe(200)
  })

  it("a new password ends the person's other sessions", async () => {
    const email = 'coordinator@victor.local'
    const other = await ctx.login(email)
    const current = await ctx.login(email)
    const me = await ctx.user(email)
    expect((await ctx.rest('PATCH', `/users/${me.id}`, { token: current, body: { password: 'a brand new passphrase 2026' } })).status).toBe(200)
    const stillIn = async (token: string) => ((await (await ctx.rest('GET', '/users/me', { token })).json()) as { user: unknown }).user
    expect(await stillIn(other)).toBeNull()
  })
})

describe('production', () => {
  it('pnpm start stops at once, naming the setting, with a short secret', () => {
    const started = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
      cwd: path.resolve(import.meta.dirname, '..', '..'),
      env: { ...process.env, NODE_ENV: 'production', PAYLOAD_SECRET: 'short', VICTOR_SEED: 'true' },
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(started.status).toBe(1)
    expect(started.stderr).toMatch(/does not start in production/)
    expect(started.stderr).toMatch(/PAYLOAD_SECRET is too easy to guess/)
    expect(started.stderr).toMatch(/VICTOR_SEED=true/)
  })

  it('refuses a missing or short secret, seeding and a demo password, naming the setting', () => {
    expect(productionSettingProblems({}).join(' ')).toMatch(/PAYLOAD_SECRET is not set/)
    expect(productionSettingProblems({ PAYLOAD_SECRET: 'short' }).join(' ')).toMatch(/PAYLOAD_SECRET is too easy to guess/)
    expect(productionSettingProblems({ PAYLOAD_SECRET: 'f'.repeat(40) }).join(' ')).toMatch(/too easy/)
    expect(productionSettingProblems({ PAYLOAD_SECRET: '8c1f0a4e9b7d2c6f3e5a1b9d7c2e4f6a8b0d1c3e', VICTOR_SEED: 'true' }).join(' ')).toMatch(/VICTOR_SEED=true/)
    expect(productionSettingProblems({ PAYLOAD_SECRET: '8c1f0a4e9b7d2c6f3e5a1b9d7c2e4f6a8b0d1c3e', VICTOR_DEMO_PASSWORD: 'x' }).join(' ')).toMatch(/VICTOR_DEMO_PASSWORD/)
    const widgets = { VICTOR_WIDGETS_URL: 'https://widgets.example.org' }
    expect(productionSettingProblems({ PAYLOAD_SECRET: '8c1f0a4e9b7d2c6f3e5a1b9d7c2e4f6a8b0d1c3e' }).join(' ')).toMatch(/VICTOR_WIDGETS_URL must be the public https:\/\/ address/)
    expect(productionSettingProblems({ PAYLOAD_SECRET: '8c1f0a4e9b7d2c6f3e5a1b9d7c2e4f6a8b0d1c3e', VICTOR_WIDGETS_URL: 'http://widgets.localhost:4321' }).join(' ')).toMatch(/VICTOR_WIDGETS_URL/)
    expect(productionSettingProblems({ PAYLOAD_SECRET: '8c1f0a4e9b7d2c6f3e5a1b9d7c2e4f6a8b0d1c3e', VICTOR_SEED: 'false', ...widgets })).toEqual([])
  })

  it('names the demo accounts that still have the demo password, and forgets one once its password changes', async () => {
    expect((await productionAccountProblems(ctx.payload)).join(' ')).toMatch(/editor-gr@victor\.local/)
    const editor = await ctx.user('editor-gr@victor.local')
    await ctx.payload.update({ collection: 'users', id: editor.id, data: { password: 'her own long passphrase' } })
    expect((await productionAccountProblems(ctx.payload)).join(' ')).not.toMatch(/editor-gr@victor\.local/)
  })
})
