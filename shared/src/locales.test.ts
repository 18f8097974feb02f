import { describe, expect, it } from 'vitest'
import { defaultLocale, getLocale, isLocaleCode, localeCodes, locales } from './locales'

describe('locales', () => {
  it('include every partner language and a right-to-left one', () => {
    for (const code of ['en', 'el', 'bg', 'ro', 'sl', 'sr', 'uk', 'ru', 'hu', 'ar']) expect(localeCodes).toContain(code)
    expect(locales.filter((locale) => locale.dir === 'rtl').map((locale) => locale.code)).toContain('ar')
    expect(new Set(localeCodes).size).toBe(localeCodes.length)
  })

  it('fall back along chains of known locales that end at the default, without loops', () => {
    for (const locale of locales) {
      const chain: string[] = [...locale.fallback]
      if (locale.code === defaultLocale) {
        expect(chain).toEqual([])
        continue
      }
      expect(chain.at(-1), `${locale.code} ends at ${defaultLocale}`).toBe(defaultLocale)
      expect(chain).not.toContain(locale.code)
      for (const code of chain) expect(isLocaleCode(code), `${locale.code} -> ${code}`).toBe(true)
    }
  })

  it('name each language in itself', () => {
    expect(getLocale('el').nativeName).toBe('Ελληνικά')
    expect(getLocale('ar').nativeName).toBe('العربية')
    expect(() => getLocale('xx' as never)).toThrow(/Unknown locale "xx"/)
  })
})
