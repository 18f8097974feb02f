import { describe, expect, it } from 'vitest'
import { requestLanguage, translateTo } from '.'

const language = (headers: Record<string, string>) => requestLanguage(new Headers(headers))

describe('the admin language of a request', () => {
  it('is the language cookie the admin sets at sign-in, before the browser header', () => {
    expect(language({ Cookie: 'theme=dark; payload-lng=el', 'Accept-Language': 'ru' })).toBe('el')
  })

  it('ignores a cookie that names no admin language, also one that names an object property', () => {
    expect(language({ Cookie: 'payload-lng=de', 'Accept-Language': 'bg' })).toBe('bg')
    expect(language({ Cookie: 'payload-lng=constructor' })).toBe('en')
  })

  it('takes the best-rated admin language from Accept-Language, Greek and Serbian (sr) included', () => {
    expect(language({ 'Accept-Language': 'el-GR,el;q=0.9,en;q=0.8' })).toBe('el')
    expect(language({ 'Accept-Language': 'sr-Cyrl-RS' })).toBe('rs')
    expect(language({ 'Accept-Language': 'en;q=0.3, de-AT, sl;q=0.6' })).toBe('sl')
    expect(language({ 'Accept-Language': 'ar;q=0, hu;q=0.1' })).toBe('hu')
  })

  it('is English when nothing matches', () => {
    expect(language({})).toBe('en')
    expect(language({ 'Accept-Language': 'de-DE, fr;q=0.9, *;q=0.1' })).toBe('en')
  })
})

describe('a message in a given language', () => {
  it("fills in the values with Payload's interpolation", () => {
    expect(translateTo('en', 'errorRequestNeedsBody', { method: 'PATCH' })).toBe('A PATCH request needs a body: the fields to change, as a JSON object.')
  })
})
