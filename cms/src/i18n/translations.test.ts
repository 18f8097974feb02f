/**
 * Every admin translation in translations/ must match the English reference: the same keys, no
 * empty strings, the same {{placeholders}} per key, and no file left (mostly) untranslated.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const dir = join(import.meta.dirname, 'translations')

function read(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>
}

/** The distinct {{placeholders}} of a string, sorted, e.g. ['{{countries}}', '{{sites}}']. */
function placeholders(text: string): string[] {
  return [...new Set(text.match(/\{\{\s*[^{}]+?\s*\}\}/g) ?? [])].sort()
}

const en = read('en.json') as Record<string, string>
const englishKeys = Object.keys(en).sort()
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.json'))
  .sort()
const translations = files.filter((file) => file !== 'en.json')

describe('admin translations', () => {
  it('include English and at least one other language', () => {
    expect(files).toContain('en.json')
    expect(translations.length).toBeGreaterThan(0)
  })

  it('en.json, the reference, has a non-empty string for every key', () => {
    expect(
      Object.entries(en)
        .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
        .map(([key]) => key),
    ).toEqual([])
  })

  describe.each(translations)('%s', (file) => {
    const strings = read(file)

    it('has exactly the keys of en.json', () => {
      expect(Object.keys(strings).sort()).toEqual(englishKeys)
    })

    it('has a non-empty string for every key', () => {
      const bad = Object.entries(strings)
        .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
        .map(([key]) => key)
      expect(bad).toEqual([])
    })

    it('keeps the {{placeholders}} of every English string', () => {
      const mismatched = englishKeys
        .filter((key) => typeof strings[key] === 'string')
        .filter((key) => placeholders(strings[key] as string).join(' ') !== placeholders(en[key]).join(' '))
        .map((key) => ({
          key,
          expected: placeholders(en[key]),
          actual: placeholders(strings[key] as string),
        }))
      expect(mismatched).toEqual([])
    })

    it('is translated: at most 10% of values identical to English', () => {
      const identical = englishKeys.filter((key) => strings[key] === en[key])
      expect(identical.length, `${identical.length} of ${englishKeys.length} values are the English text: ${identical.join(', ')}`).toBeLessThanOrEqual(englishKeys.length * 0.1)
    })
  })
})
