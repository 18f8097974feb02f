import { afterAll, beforeAll, expect, it } from 'vitest'
import { seed } from '../../src/seed'
import { users as demoUsers } from '../../src/seed/content/users'
import { createTestPayload, type TestContext } from '../support/testPayload'

// Its own file: each test file has one database, and this one starts empty.
let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestPayload({ seeded: false })
})
afterAll(() => ctx?.close())

// Seeds the whole demo twice, pictures included: minutes on a busy two-core machine.
it('seeds an empty database, generating the demo password once when none is given', { timeout: 240_000 }, async () => {
  const result = await seed(ctx.payload, {})
  expect(result.generatedPassword).toMatch(/^[\w-]{16}$/)
  expect(result.created.users).toBe(demoUsers.length)
  const login = await ctx.rest('POST', '/users/login', { body: { email: 'admin@victor.local', password: result.generatedPassword } })
  expect(login.status).toBe(200)
  const again = await seed(ctx.payload, {})
  expect(again.generatedPassword).toBeUndefined()
  expect(Object.values(again.created).reduce((sum, n) => sum + n, 0)).toBe(0)
})
