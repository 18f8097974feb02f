import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload, SanitizedConfig } from 'payload'
import { handleEndpoints } from 'payload'
import { inject } from 'vitest'
import { guardApiRequest } from '../../src/api/requestGuard'

export interface TestContext {
  payload: Payload
  config: SanitizedConfig
  dir: string
  /** Sends a request to Payload's REST API, through the same guard as the Next route handlers. */
  rest: (method: string, path: string, options?: { body?: unknown; form?: FormData; raw?: BodyInit; token?: string; headers?: Record<string, string> }) => Promise<Response>
  /** Signs a demo account in over REST and returns its token. */
  login: (email: string) => Promise<string>
  /** A demo user as the Local API expects it for `user:`. */
  user: (email: string) => Promise<Record<string, unknown> & { id: number | string }>
  close: () => Promise<void>
}

/**
 * A Payload instance on a private copy of the seeded SQLite database, so test files can write
 * freely and run in parallel. The config is imported only after the environment points at the
 * copy, and each test file has its own module graph.
 */
export async function createTestPayload(options: { seeded?: boolean } = {}): Promise<TestContext> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'victor-test-'))
  const template = inject('seededTemplateDir')
  if (options.seeded !== false) {
    fs.copyFileSync(path.join(template, 'victor.db'), path.join(dir, 'victor.db'))
    fs.cpSync(path.join(template, 'media'), path.join(dir, 'media'), { recursive: true })
  }
  process.env.DATABASE_URL = `file:${path.join(dir, 'victor.db')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
  // Snapshots and built sites too: a test never writes into the repository's dist/.
  process.env.VICTOR_OUTPUT_DIR = path.join(dir, 'output')

  const { getPayload } = await import('payload')
  const { default: configPromise } = await import('../../src/payload.config')
  const { migrateDatabase } = await import('../../src/migrateDatabase')
  const config = await configPromise
  const key = path.basename(dir)
  const payload = await getPayload({ config, cron: false, key })
  if (options.seeded === false) await migrateDatabase(payload)

  const rest: TestContext['rest'] = async (method, route, { body, form, raw, token, headers = {} } = {}) => {
    const request = new Request(`http://localhost:3000/api${route}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(token ? { Authorization: `JWT ${token}` } : {}),
        ...headers,
      },
      body: raw ?? form ?? (body !== undefined ? JSON.stringify(body) : undefined),
    })
    // As the Next route handlers do (app/(payload)/api/[...slug]/route.ts).
    return (await guardApiRequest(request, { numericIds: payload.db.name === 'sqlite' })) ?? handleEndpoints({ config, request, payloadInstanceCacheKey: key })
  }

  const login = async (email: string) => {
    const response = await rest('POST', '/users/login', { body: { email, password: inject('demoPassword') } })
    if (!response.ok) throw new Error(`Login of ${email} failed: ${response.status} ${await response.text()}`)
    return ((await response.json()) as { token: string }).token
  }

  const user = async (email: string) => {
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0 })
    if (!docs[0]) throw new Error(`No demo user ${email}`)
    return { ...docs[0], collection: 'users' } as unknown as Record<string, unknown> & { id: number | string }
  }

  return {
    payload,
    config,
    dir,
    rest,
    login,
    user,
    close: async () => {
      await payload.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
