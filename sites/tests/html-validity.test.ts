/**
 * Renders fixture sites (a prevention site with an RTL locale, a demand-reduction site, the hub, and
 * the other fixtures) and runs the W3C Nu HTML checker (vnu.jar from the `vnu-jar` package, Java 17+
 * on PATH; CI installs it) once over every page: no errors, in the HTML or in the inline CSS.
 */
import { execFile } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build, fixturesDir, htmlFiles, removeTempDirs, type BuiltSite } from './helpers'

afterAll(removeTempDirs)

const vnuJar = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar')
const sites: BuiltSite[] = []

beforeAll(async () => {
  // Every fixture site: gr-prevention (with Arabic), gr-demand-reduction and the hub among them.
  const ids = readdirSync(fixturesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
  expect(ids).toEqual(expect.arrayContaining(['gr-prevention', 'gr-demand-reduction', 'hub']))
  for (const id of ids) sites.push(await build(path.join(fixturesDir, id)))
})

interface NuMessage {
  type: string
  subType?: string
  url?: string
  lastLine?: number
  lastColumn?: number
  message: string
  extract?: string
}

/** Runs the checker once (one JVM) over the files; resolves to its messages. */
function nuCheck(files: string[]): Promise<NuMessage[]> {
  return new Promise((resolve, reject) => {
    execFile('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', '--stdout', ...files], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      // Exit status 1 only says that there were errors; the report is on stdout either way.
      try {
        resolve((JSON.parse(stdout) as { messages: NuMessage[] }).messages)
      } catch {
        reject(new Error(`the Nu checker did not run (java -jar ${vnuJar}): ${error?.message ?? ''}\n${stderr}${stdout}`.slice(0, 4000)))
      }
    })
  })
}

describe('HTML validity', () => {
  it('the W3C Nu checker reports no errors on any page of the fixture sites', async () => {
    const files = sites.flatMap((site) => htmlFiles(site.outDir).map((file) => path.join(site.outDir, file)))
    expect(files.length).toBeGreaterThan(50)
    const messages = await nuCheck(files)
    const where = (url = '') => {
      const file = decodeURIComponent(url.replace(/^file:/, ''))
      const site = sites.find((s) => file.startsWith(s.outDir + path.sep))
      return site ? `${site.siteId}/${path.relative(site.outDir, file)}` : file
    }
    const report = messages.map(
      (m) => `${where(m.url)}:${m.lastLine ?? '?'}:${m.lastColumn ?? '?'}: ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message}${m.extract ? ` [${m.extract.replace(/\s+/g, ' ')}]` : ''}`,
    )
    expect(report.length, `${report.length} errors:\n${report.slice(0, 200).join('\n')}`).toBe(0)
  })
})
