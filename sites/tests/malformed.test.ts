import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildStaticSite } from '../scripts/build-lib.mjs'
import { fixtureRenderer, fixturesDir, removeTempDirs, tempDir } from './helpers'

afterAll(removeTempDirs)

const builds = {
  'the renderer': (snapshotDir: string, outDir: string) => fixtureRenderer().render({ snapshotDir, outDir }).then((result) => ({ ok: result.ok, output: result.log })),
  'a plain astro build': (snapshotDir: string, outDir: string) => buildStaticSite({ snapshotDir, outDir, quiet: true }),
}

describe('a malformed snapshot', () => {
  it.each(Object.keys(builds) as (keyof typeof builds)[])('fails %s with a message naming every wrong path, and leaves the output alone', async (kind) => {
    const dir = tempDir('malformed')
    mkdirSync(path.join(dir, 'media'))
    const snapshot = JSON.parse(readFileSync(path.join(fixturesDir, 'gr-prevention', 'snapshot.json'), 'utf8'))
    snapshot.pages[1].slug = 'Not A Slug'
    snapshot.helplines[0].number = 'call me'
    writeFileSync(path.join(dir, 'snapshot.json'), JSON.stringify(snapshot))
    const outDir = path.join(tempDir('malformed-out'), 'site')
    mkdirSync(outDir)
    writeFileSync(path.join(outDir, 'index.html'), 'live site')
    const result = await builds[kind](dir, outDir)
    expect(result.ok).toBe(false)
    expect(result.output).toContain('pages[1].slug')
    expect(result.output).toContain('helplines[0].number')
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('live site')
  })
})
