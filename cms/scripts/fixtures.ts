/**
 * `pnpm fixtures`: seeds the demo content into a fresh database of its own and writes every site's
 * snapshot into tests/fixtures/snapshots (src/export/fixtures.ts). Your own database is not touched.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'victor-fixtures-'))
process.env.DATABASE_URL = `file:${path.join(dir, 'victor.db')}`
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET ??= randomBytes(24).toString('hex')

const { loadPayload } = await import('./loadPayload')
const { seed } = await import('../src/seed')
const { fixturesDir, writeFixtures } = await import('../src/export/fixtures')
const payload = await loadPayload()
try {
  await seed(payload, { password: randomBytes(18).toString('base64url') })
  fs.rmSync(fixturesDir, { recursive: true, force: true })
  const sites = await writeFixtures(payload)
  console.log(`Wrote the snapshots of ${sites.length} sites to ${fixturesDir}: ${sites.join(', ')}`)
} finally {
  await payload.destroy()
  fs.rmSync(dir, { recursive: true, force: true })
}
