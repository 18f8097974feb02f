/** Every UI string key the code uses exists in the English reference (shared/src/i18n/en.json). */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import en from '@victor/shared/i18n/en.json'
import { createUiI18n } from '@victor/shared/i18n'
import { audienceSchema, eventSchema, helplineSchema, partnerSchema, resourceSchema, campaignSchema } from '@victor/shared/snapshot'
import { widgetKinds } from '@victor/shared/widgets'
import { sitesRoot } from './helpers'

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return files(full)
    return /\.(astro|ts|mjs)$/.test(name) && !name.endsWith('.test.ts') ? [full] : []
  })
}

function has(key: string): boolean {
  const parts = key.split('.')
  let node: unknown = en
  for (const part of parts) {
    if (typeof node !== 'object' || node === null) return false
    node = (node as Record<string, unknown>)[part]
  }
  if (typeof node === 'string') return true
  // Plural keys: "quickExit.shiftProgress" is stored as shiftProgress_one / shiftProgress_other.
  const parent = parts.slice(0, -1).reduce<unknown>((n, p) => (n as Record<string, unknown>)?.[p], en) as Record<string, unknown> | undefined
  const last = parts.at(-1)!
  return typeof parent?.[`${last}_one`] === 'string' && typeof parent?.[`${last}_other`] === 'string'
}

/** The values a dynamic key (t(`help.kind.${line.kind}`)) can take, from the snapshot contract. */
const dynamicKeys: Record<string, readonly string[]> = {
  'help.kind.${}': helplineSchema.shape.kind.options,
  'partners.type.${}': partnerSchema.shape.type.options,
  'events.kind.${}': eventSchema.shape.kind.options,
  'events.audience.${}': eventSchema.shape.audiences.element.options,
  'resources.kind.${}': resourceSchema.shape.kind.options,
  'campaigns.audience.${}': campaignSchema.shape.audience.options,
  'meta.description.${}': audienceSchema.options,
  '${}.period': ['campaigns', 'infoDesk'],
  '${}.periodOpenEnded': ['campaigns', 'infoDesk'],
  'embed.kind.${}': widgetKinds,
}

describe('UI strings', () => {
  const sources = files(path.join(sitesRoot, 'src')).map((file) => ({ file, text: readFileSync(file, 'utf8') }))
  const namespaces = Object.keys(en)

  it('reads the code that uses the strings: components, pages, layouts and the widgets', () => {
    const read = new Set(sources.map(({ file }) => path.relative(sitesRoot, file)))
    for (const file of ['src/components/HelplineCard.astro', 'src/pages/[locale]/[...path].astro', 'src/layouts/Base.astro', 'src/widgets/content.ts']) expect(read, file).toContain(file)
  })

  it('has every static key used in the code', () => {
    const missing: string[] = []
    let count = 0
    for (const { file, text } of sources) {
      // Any quoted "namespace.key" literal, wherever it is passed to t() (directly, in a ternary or a table).
      for (const match of text.matchAll(/['"`]([a-zA-Z]+(?:\.[a-zA-Z0-9_-]+)+)['"`]/g)) {
        const key = match[1]
        if (!namespaces.includes(key.split('.')[0])) continue
        count++
        if (!has(key)) missing.push(`${path.relative(sitesRoot, file)}: ${key}`)
      }
      for (const match of text.matchAll(/\bt\(\s*['"`]([a-zA-Z]+)['"`]/g)) {
        count++
        if (!has(match[1])) missing.push(`${path.relative(sitesRoot, file)}: ${match[1]}`)
      }
    }
    expect(missing).toEqual([])
    expect(count).toBeGreaterThan(50)
  })

  it('has every value of every dynamic key', () => {
    const unknown: string[] = []
    const missing: string[] = []
    const used = new Set<string>()
    for (const { file, text } of sources) {
      for (const match of text.matchAll(/\bt\(\s*`([^`]*\$\{[^`]*)`/g)) {
        const pattern = match[1].replace(/\$\{[^}]*\}/g, '${}')
        used.add(pattern)
        const values = dynamicKeys[pattern]
        if (!values) {
          unknown.push(`${path.relative(sitesRoot, file)}: ${match[1]}`)
          continue
        }
        for (const value of values) if (!has(pattern.replace('${}', value))) missing.push(pattern.replace('${}', value))
      }
    }
    expect(unknown).toEqual([])
    expect(missing).toEqual([])
    // Every pattern listed is found in the code: the scan sees them all, and the list has no stale entry.
    expect([...used].sort()).toEqual(Object.keys(dynamicKeys).sort())
  })

  it('falls back to English for a locale without translations', async () => {
    const i18n = await createUiI18n('fa')
    expect(i18n.t('quickExit.label')).toBe('Exit this page')
    expect(i18n.t('quickExit.shiftProgress', { count: 2 })).toBe('Press Shift 2 more times to leave')
    expect(i18n.t('quickExit.shiftProgress', { count: 1 })).toBe('Press Shift 1 more time to leave')
  })
})
