import { describe, expect, it } from 'vitest'
import { parseSnapshot, SNAPSHOT_SCHEMA_VERSION, SnapshotError } from './schema'

const minimal = () => ({
  schemaVersion: SNAPSHOT_SCHEMA_VERSION,
  generatedAt: '2026-11-29T10:00:00.000Z',
  site: {
    siteId: 'md-prevention',
    audience: 'prevention',
    name: { ro: 'Fii în siguranță' },
    baseUrl: 'http://md-prevention.localhost:4321/',
    locales: ['ro', 'ru'],
    defaultLocale: 'ro',
    country: { code: 'MD', name: { ro: 'Republica Moldova' } },
    quickExitUrl: { ro: 'https://www.meteo.md/', ru: 'https://www.meteo.md/' },
  },
  pages: [
    {
      id: '1',
      slug: 'home',
      role: 'home',
      campaign: null,
      updatedAt: '2026-11-29T10:00:00.000Z',
      translations: { ro: { title: 'Acasă', summary: null, metaTitle: null, metaDescription: null, metaImage: null, blocks: [{ blockType: 'richText', heading: null, html: '<p>Salut</p>' }] } },
    },
  ],
  campaigns: [],
  helplines: [],
  partners: [],
  infoDesks: [],
  events: [],
  resources: [],
  news: [],
  media: [],
  embed: null,
})

describe('snapshot contract', () => {
  it('accepts a well-formed snapshot', () => {
    expect(parseSnapshot(minimal()).site.siteId).toBe('md-prevention')
  })

  it('names the path of every problem', () => {
    const bad = minimal() as any
    bad.pages[0].translations.ro.blocks[0].html = 42
    bad.site.defaultLocale = 'en'
    bad.pages[0].translations.ro.blocks.push({ blockType: 'image', image: 'missing', caption: null })
    try {
      parseSnapshot(bad, 'md-prevention.json')
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(SnapshotError)
      const paths = (error as SnapshotError).issues.map((issue) => issue.path)
      expect(paths).toContain('pages[0].translations.ro.blocks[0].html')
      expect((error as Error).message).toMatch(/^md-prevention\.json is not a valid site snapshot/)
    }
    const refs = minimal() as any
    refs.site.defaultLocale = 'en'
    refs.pages[0].translations.ro.blocks.push({ blockType: 'image', image: 'missing', caption: null })
    const issues = (() => {
      try {
        parseSnapshot(refs)
      } catch (error) {
        return (error as SnapshotError).issues
      }
    })()!
    expect(issues).toContainEqual({ path: 'site.defaultLocale', message: expect.stringContaining('ro, ru') })
    expect(issues).toContainEqual({ path: 'pages[0].translations.ro.blocks[1].image', message: expect.stringContaining('"missing"') })
  })

  it('refuses another schema version, and a helpline number not in E.164 or short-code form', () => {
    expect(() => parseSnapshot({ ...minimal(), schemaVersion: 99 })).toThrow(/schemaVersion/)
    const line = {
      id: 'h',
      kind: 'police',
      name: {},
      organisation: {},
      number: '0800 20 100',
      display: '0800 20 100',
      international: null,
      isShortCode: false,
      hours: {},
      available24h: false,
      freeOfCharge: true,
      languages: [],
      sms: null,
      chatUrl: null,
    }
    expect(() => parseSnapshot({ ...minimal(), helplines: [line] })).toThrow(/helplines\[0\]\.number/)
  })

  it('refuses a page at a path the site uses itself, and a slug used twice', () => {
    const reserved = minimal() as any
    reserved.pages.push({ ...reserved.pages[0], id: '2', slug: 'get-help', role: 'message' }, { ...reserved.pages[0], id: '3', slug: 'home', role: 'message' })
    reserved.news.push(...['a', 'b'].map((id) => ({ id, slug: 'kick-off', date: '2026-11-01', image: null, translations: { ro: { title: 'Start', summary: null, html: '' } } })))
    const issues = (() => {
      try {
        parseSnapshot(reserved)
      } catch (error) {
        return (error as SnapshotError).issues
      }
    })()!
    expect(issues).toEqual([
      { path: 'pages[1].slug', message: expect.stringMatching(/"get-help" is a path the site uses itself/) },
      { path: 'pages[2].slug', message: '"home" is used by two pages' },
      { path: 'news[1].slug', message: '"kick-off" is used by two news items' },
    ])
  })

  it('needs an https quick exit on another site in every locale of the site', () => {
    const withQuickExit = (quickExitUrl: Record<string, string>) => ({ ...minimal(), site: { ...minimal().site, quickExitUrl } })
    const issues = (value: unknown) => {
      try {
        parseSnapshot(value)
      } catch (error) {
        return (error as SnapshotError).issues.map((issue) => issue.path)
      }
      return []
    }
    expect(issues(withQuickExit({ ro: 'https://www.meteo.md/', ru: 'https://www.meteo.md/' }))).toEqual([])
    expect(issues(withQuickExit({ ro: 'https://www.meteo.md/' }))).toEqual(['site.quickExitUrl.ru'])
    // Each locale's problem is named on its own path.
    expect(new Set(issues(withQuickExit({ ro: 'http://www.meteo.md/', ru: 'https://md-prevention.localhost/ru/' })))).toEqual(new Set(['site.quickExitUrl.ro', 'site.quickExitUrl.ru']))
  })
})
