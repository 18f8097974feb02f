import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { publishRelease } from '../scripts/build-lib'

const site = (root: string, version: number) => {
  const dir = path.join(root, `built-${version}`)
  fs.mkdirSync(path.join(dir, 'en'), { recursive: true })
  fs.writeFileSync(path.join(dir, 'index.html'), `version ${version}`)
  fs.writeFileSync(path.join(dir, 'en', 'index.html'), `version ${version}`)
  return dir
}

describe('publishing a built site', () => {
  it('swaps releases atomically: a reader always finds a complete site, old or new', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'victor-release-'))
    const live = path.join(root, 'md-prevention')
    // The first publish replaces a plain folder of the older layout (a one-time, non-atomic move).
    fs.cpSync(site(root, 0), live, { recursive: true })
    await publishRelease(site(root, 1), live)
    expect(fs.lstatSync(live).isSymbolicLink()).toBe(true)
    let reads = 0
    let misses = 0
    let reading = true
    const reader = (async () => {
      while (reading) {
        try {
          const [top, en] = [fs.readFileSync(path.join(live, 'index.html'), 'utf8'), fs.readFileSync(path.join(live, 'en', 'index.html'), 'utf8')]
          if (!top.startsWith('version') || !en.startsWith('version')) misses++
        } catch {
          misses++
        }
        reads++
        await new Promise((resolve) => setImmediate(resolve))
      }
    })()
    for (let version = 2; version <= 30; version++) await publishRelease(site(root, version), live)
    reading = false
    await reader
    expect(reads).toBeGreaterThan(30)
    expect(misses).toBe(0)
    expect(fs.readFileSync(path.join(live, 'index.html'), 'utf8')).toBe('version 30')
    expect(fs.lstatSync(live).isSymbolicLink()).toBe(true)
    // The current release and the one before it are kept, older ones removed.
    expect(fs.readdirSync(`${live}.releases`)).toHaveLength(2)
    fs.rmSync(root, { recursive: true, force: true })
  })
})
