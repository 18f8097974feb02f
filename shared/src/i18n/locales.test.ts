/**
 * Every locale's UI strings match the English reference (en.json): same keys (a locale may have
 * more plural forms than English, never fewer base keys), non-empty strings, the same
 * {{interpolations}}, and actually translated (few strings left identical to English).
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultLocale, locales } from '../locales'

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/
const MAX_IDENTICAL_SHARE = 0.15

function readStrings(code: string): unknown {
  return JSON.parse(readFileSync(path.join(import.meta.dirname, `${code}.json`), 'utf8'))
}

/** Every leaf of a nested resource as "a.b.c" -> value (non-strings kept, so the test can flag them). */
function leaves(node: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (typeof node === 'object' && node !== null && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) leaves(value, prefix ? `${prefix}.${key}` : key, out)
  } else {
    out.set(prefix, node)
  }
  return out
}

const baseKey = (key: string) => key.replace(PLURAL_SUFFIX, '')

function interpolations(value: unknown): string[] {
  if (typeof value !== 'string') return []
  return [...value.matchAll(/\{\{\s*([^}]+?)\s*\}\}/g)].map((match) => match[1])
}

/** Base key -> the set of {{interpolations}} used across all its plural forms. */
function interpolationsByBaseKey(strings: Map<string, unknown>): Map<string, string[]> {
  const out = new Map<string, Set<string>>()
  for (const [key, value] of strings) {
    const set = out.get(baseKey(key)) ?? new Set<string>()
    for (const name of interpolations(value)) set.add(name)
    out.set(baseKey(key), set)
  }
  return new Map([...out].map(([key, set]) => [key, [...set].sort()]))
}

const en = leaves(readStrings(defaultLocale))
const enBaseKeys = new Set([...en.keys()].map(baseKey))
const enInterpolations = interpolationsByBaseKey(en)
const translated = locales.map((locale) => locale.code).filter((code) => code !== defaultLocale)

describe('UI strings of every locale', () => {
  it('the English reference is a non-empty tree of strings', () => {
    expect(en.size).toBeGreaterThan(50)
    for (const [key, value] of en) expect(typeof value, key).toBe('string')
  })

  describe.each(translated)('%s', (code) => {
    const file = path.join(import.meta.dirname, `${code}.json`)

    it('has its own strings file', () => {
      expect(existsSync(file), `${code}.json`).toBe(true)
    })

    const strings = existsSync(file) ? leaves(readStrings(code)) : new Map<string, unknown>()
    const baseKeys = new Set([...strings.keys()].map(baseKey))

    it('has every key of en.json', () => {
      expect([...enBaseKeys].filter((key) => !baseKeys.has(key))).toEqual([])
    })

    it('has no key that en.json does not have', () => {
      expect([...baseKeys].filter((key) => !enBaseKeys.has(key))).toEqual([])
    })

    it('has every plural form English has', () => {
      const missing = [...en.keys()].filter((key) => PLURAL_SUFFIX.test(key) && key.endsWith('_other') && !strings.has(key))
      expect(missing).toEqual([])
    })

    it('has only non-empty strings', () => {
      const bad = [...strings].filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([key]) => key)
      expect(bad).toEqual([])
    })

    it('keeps the same {{interpolations}} per key', () => {
      const mine = interpolationsByBaseKey(strings)
      const mismatched = [...enInterpolations]
        .filter(([key, names]) => mine.has(key) && JSON.stringify(mine.get(key)) !== JSON.stringify(names))
        .map(([key, names]) => `${key}: en ${JSON.stringify(names)}, ${code} ${JSON.stringify(mine.get(key))}`)
      expect(mismatched).toEqual([])
    })

    it('is actually translated (fewer than 15% of strings identical to English)', () => {
      const identical = [...en].filter(([key, value]) => strings.get(key) === value).map(([key]) => key)
      expect(identical.length / en.size, `identical: ${identical.join(', ')}`).toBeLessThan(MAX_IDENTICAL_SHARE)
    })
  })
})
