/** The committed fixtures are the demo seed's export, files included: `pnpm fixtures` makes them so. */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { asFixture, fixturesDir } from '../../src/export/fixtures'
import { buildSiteSnapshot } from '../../src/export/siteSnapshot'
import { mediaDir } from '../../src/paths'
import { createTestPayload, type TestContext } from '../support/testPayload'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestPayload()
})
afterAll(() => ctx?.close())

const hash = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex')

it('tests/fixtures/snapshots holds every site of the demo seed as it exports (run `pnpm fixtures` after changing the seed or the export)', async () => {
  const { docs } = await ctx.payload.find({ collection: 'sites', depth: 0, pagination: false, sort: 'siteId' })
  expect(fs.readdirSync(fixturesDir).sort()).toEqual(docs.map((site) => site.siteId))
  for (const site of docs) {
    const dir = path.join(fixturesDir, site.siteId)
    const exported = asFixture(await buildSiteSnapshot(ctx.payload, site.siteId))
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'snapshot.json'), 'utf8')), site.siteId).toEqual(JSON.parse(JSON.stringify(exported)))
    expect(fs.readdirSync(path.join(dir, 'media')).sort(), site.siteId).toEqual(exported.media.map((item) => item.file).sort())
    for (const item of exported.media) expect(hash(path.join(dir, 'media', item.file)), `${site.siteId} ${item.file}`).toBe(hash(path.join(mediaDir(), item.file)))
  }
})
