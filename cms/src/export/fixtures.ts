/**
 * The committed demo snapshots in `tests/fixtures/snapshots/` (what the sites' tests and the
 * end-to-end tests render) are the demo seed's export: `pnpm fixtures` writes them, and a test
 * fails when they differ from it.
 */
import path from 'node:path'
import type { Payload } from 'payload'
import type { Snapshot } from '@victor/shared/snapshot'
import { cmsDir } from '../paths'
import { buildSiteSnapshot } from './siteSnapshot'
import { writeSnapshot } from './writeSiteSnapshot'

export const fixturesDir = path.resolve(cmsDir, '..', 'tests', 'fixtures', 'snapshots')

/** Times of export and edit are those of the seeding: fixed in fixtures, which change only when content does. */
export const FIXTURE_TIME = '2026-11-01T00:00:00.000Z'

export function asFixture(snapshot: Snapshot): Snapshot {
  return { ...snapshot, generatedAt: FIXTURE_TIME, pages: snapshot.pages.map((page) => ({ ...page, updatedAt: FIXTURE_TIME })) }
}

/** Every site's snapshot, with the files it refers to, as a fixture. */
export async function writeFixtures(payload: Payload, dir = fixturesDir): Promise<string[]> {
  const { docs } = await payload.find({ collection: 'sites', depth: 0, pagination: false, overrideAccess: false, sort: 'siteId' })
  for (const site of docs) await writeSnapshot(asFixture(await buildSiteSnapshot(payload, site.siteId)), path.join(dir, site.siteId))
  return docs.map((site) => site.siteId)
}
