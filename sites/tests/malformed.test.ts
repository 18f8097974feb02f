import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildStaticSite } from '../scripts/build-lib'
import { fixtureRenderer, fixturesDir, removeTempDirs, tempDir } from './helpers'

afterAll(removeTempDirs)

const builds = {
  'the renderer': (snapshotDir: string, outDir: string) =>
    fixtureRenderer()
      .render({ snapshotDir, outDir })
      .then((result) => ({ ok: result.ok, output: result.log })),
  'a plain astro build': (snapshotDir: string, outDir: string) => buildStaticSite({ snapshotDir, outDir, quiet: true }),
}

describe('a malformed snapshot', () => {
  it.each(Object.keys(builds) as (keyof typeof builds)[])('fails %s with a message naming every wrong path, and leaves the output alone', async (kind) => {
    const dir = tempDir('malformed')
    mkdirSync(path.join(dir, 'media'))
    const snapshot = JSON.parse(readFileSync(path.join(fixturesDir, 'gr-prevention', 'snapshot.json'), 'utf8'))
    snapshot.pages[1].slug = 'Not A Slug'
    // A path the site uses for a page of its own.
    snapshot.pages[2].slug = 'get-help'
    snapshot.helplines[0].number = 'call me'
    writeFileSync(path.join(dir, 'snapshot.json'), JSON.stringify(snapshot))
    const outDir = path.join(tempDir('malformed-out'), 'site')
    mkdirSync(outDir)
    writeFileSync(path.join(outDir, 'index.html'), 'live site')
    const result = await builds[kind](dir, outDir)
    expect(result.ok).toBe(false)
    expect(result.output).toContain('pages[1].slug')
    expect(result.output).toContain('helplines[0].number')
    expect(result.output).toMatch(/pages\[2\]\.slug.*"get-help" is a path the site uses itself/)
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('live site')
    // No release was made and nothing half-rendered is left beside the site.
    expect(readdirSync(path.dirname(outDir))).toEqual(['site'])
    expect(readdirSync(outDir)).toEqual(['index.html'])
  })
})
