import { describe, expect, it } from 'vitest'
import { localeCodes } from './locales'
import { defaultQuickExitUrl, INTERNATIONAL_QUICK_EXIT, NATIONAL_QUICK_EXITS, quickExitProblem } from './quickExit'

describe('quick exit defaults', () => {
  it("lead to the country's weather service in its own languages, elsewhere to a page in the visitor's language", () => {
    expect(defaultQuickExitUrl('GR', 'el')).toBe('https://www.emy.gr/')
    expect(defaultQuickExitUrl('GR', 'en')).toBe(INTERNATIONAL_QUICK_EXIT)
    // No partner country's weather service speaks Arabic: the country's own, never a news site.
    expect(defaultQuickExitUrl('GR', 'ar')).toBe('https://www.emy.gr/')
    expect(defaultQuickExitUrl('MD', 'ro')).toBe('https://www.meteo.md/')
    expect(defaultQuickExitUrl('MD', 'ru')).toBe('https://www.meteo.md/')
    expect(defaultQuickExitUrl('RO', 'ru')).toBe('https://www.meteoromania.ro/')
    expect(defaultQuickExitUrl('HU', 'uk')).toBe('https://www.meteo.gov.ua/')
    expect(defaultQuickExitUrl('md', 'ro')).toBe('https://www.meteo.md/')
    // The hub, or a country not listed yet: a page in the visitor's language.
    expect(defaultQuickExitUrl(null, 'sr')).toBe('https://www.hidmet.gov.rs/')
    expect(defaultQuickExitUrl('AL', 'en')).toBe(INTERNATIONAL_QUICK_EXIT)
    expect(defaultQuickExitUrl(null, 'ar')).toBe(INTERNATIONAL_QUICK_EXIT)
  })

  it('are https addresses for every country and locale', () => {
    for (const country of [...Object.keys(NATIONAL_QUICK_EXITS), null]) {
      for (const locale of localeCodes) expect(quickExitProblem(defaultQuickExitUrl(country, locale), 'https://victor.example/'), `${country} ${locale}`).toBeNull()
    }
  })

  it('refuse what is not a full https address on another site', () => {
    expect(quickExitProblem('meteo.gr')).toBe('not-a-url')
    expect(quickExitProblem('javascript:alert(1)')).toBe('not-a-url')
    expect(quickExitProblem('http://www.meteo.gr/')).toBe('not-https')
    expect(quickExitProblem('https://gr.victor.example/el/', 'https://gr.victor.example/')).toBe('same-site')
    expect(quickExitProblem('https://www.meteo.gr/', 'https://gr.victor.example/')).toBeNull()
  })
})
