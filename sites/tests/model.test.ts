import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseSnapshot } from '@victor/shared/snapshot'
import { fallbackChain, localizedRoutes, staticId } from '../src/lib/model'
import { fixturesDir } from './helpers'

const load = (id: string) => parseSnapshot(JSON.parse(readFileSync(path.join(fixturesDir, id, 'snapshot.json'), 'utf8')))

describe('site model', () => {
  it('tries the locale, its fallback chain (English), then the site default', () => {
    const snapshot = load('gr-prevention')
    expect(fallbackChain(snapshot, 'ar').slice(0, 3)).toEqual(['ar', 'en', 'el'])
  })

  it('shows a page missing in a locale in a fallback language, flagged, never silently', () => {
    const snapshot = load('gr-prevention')
    delete snapshot.pages[1].translations.ar
    const routes = localizedRoutes(snapshot, new Set([staticId('prevention', 'en', 'about')]))
    const travel = routes.find((route) => route.path === snapshot.pages[1].slug && route.locale === 'ar')!
    expect(travel).toMatchObject({ fallback: true, contentLocale: 'en' })
    const about = routes.filter((route) => route.path === 'about')
    expect(about.map((route) => [route.locale, route.contentLocale, route.fallback])).toEqual([
      ['el', 'en', true],
      ['ar', 'en', true],
      ['en', 'en', false],
    ])
    expect(routes.some((route) => route.path === 'privacy')).toBe(false)
  })
})
