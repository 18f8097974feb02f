/**
 * Builds three fixture sites once (a prevention site with an RTL locale, a demand-reduction site,
 * the hub) plus a minimal snapshot, and checks the HTML every visitor gets.
 */
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUiI18n } from '@victor/shared/i18n'
import type { TFunction } from 'i18next'
import { build, fixturesDir, htmlFiles, parse, read, removeTempDirs, tempDir, type BuiltSite } from './helpers'

afterAll(removeTempDirs)

const sites: Record<string, BuiltSite> = {}
let minimal: BuiltSite

beforeAll(async () => {
  for (const id of ['gr-prevention', 'gr-demand-reduction', 'hub']) sites[id] = await build(path.join(fixturesDir, id))
  // A snapshot with nothing published yet but the site itself: it must still build.
  const dir = tempDir('minimal')
  mkdirSync(path.join(dir, 'media'))
  const source = JSON.parse(readFileSync(path.join(fixturesDir, 'si-demand-reduction', 'snapshot.json'), 'utf8'))
  const empty = { ...source, pages: [], campaigns: [], helplines: [], partners: [], infoDesks: [], events: [], resources: [], news: [], media: [] }
  writeFileSync(path.join(dir, 'snapshot.json'), JSON.stringify(empty))
  minimal = await build(dir)
  for (const site of all()) for (const locale of site.snapshot.site.locales) if (!ui.has(locale)) ui.set(locale, (await createUiI18n(locale)).t)
})

const all = () => [...Object.values(sites), minimal]
const ui = new Map<string, TFunction>()
/** The locale of a built page: its first path segment; the site's main language at the root. */
const localeOf = (file: string, site: BuiltSite): string => (file.includes('/') ? file.split('/')[0] : site.snapshot.site.defaultLocale)
/** The UI strings of a page's locale (translations may exist for it, English otherwise). */
const tFor = (file: string, site: BuiltSite) => ui.get(localeOf(file, site))!
/** Where a page's quick exit must lead: the snapshot's destination for the page's locale. */
const quickExitOf = (file: string, site: BuiltSite) => site.snapshot.site.quickExitUrl[localeOf(file, site)]
/** Bytes of the inline quick exit script (README: under 1.5 KB), on every prevention page. */
const QUICK_EXIT_SCRIPT_BUDGET = 1536
const pagesOf = (site: BuiltSite) => htmlFiles(site.outDir).filter((file) => file !== 'index.html')

describe('pages per locale', () => {
  const expected: Record<string, string[]> = {
    'gr-prevention': ['', 'get-help', 'safety', 'about', 'privacy', 'accessibility', 'safe-travel', 'lover-boy', 'fake-job-offers'],
    'gr-demand-reduction': ['', 'get-help', 'about', 'privacy', 'accessibility', 'recognise-the-signs', 'how-to-report'],
    hub: ['', 'get-help', 'about', 'privacy', 'accessibility', 'partners', 'info-desks', 'trainings', 'resources', 'news', 'campaigns', 'seec', 'news/first-training-law-enforcement'],
  }
  for (const [id, paths] of Object.entries(expected)) {
    it(`${id} has every page in every one of its locales`, () => {
      const site = sites[id]
      for (const locale of site.snapshot.site.locales) {
        for (const p of paths) {
          const file = path.join(site.outDir, locale, p, 'index.html')
          expect(existsSync(file), `${id}: /${locale}/${p}`).toBe(true)
        }
      }
      expect(existsSync(path.join(site.outDir, '404.html'))).toBe(true)
      expect(existsSync(path.join(site.outDir, 'sitemap-index.xml'))).toBe(true)
    })
  }

  it('the prevention site has no hub pages and the hub has no safety page', () => {
    expect(existsSync(path.join(sites['gr-prevention'].outDir, 'el', 'partners'))).toBe(false)
    expect(existsSync(path.join(sites.hub.outDir, 'en', 'safety'))).toBe(false)
  })

  it('the root leads to the default locale without JavaScript and links every language', () => {
    for (const site of all()) {
      const html = read(site.outDir, 'index.html')
      const doc = parse(html)
      const refresh = doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')
      expect(refresh).toBe(`0; url=/${site.snapshot.site.defaultLocale}/`)
      for (const locale of site.snapshot.site.locales) expect(doc.querySelector(`a[href="/${locale}/"][lang="${locale}"]`)).not.toBeNull()
      expect(doc.querySelectorAll('script').length).toBe(0)
    }
  })

  it('a snapshot with nothing but the site still renders a home page and the fixed pages', () => {
    for (const locale of minimal.snapshot.site.locales) {
      const doc = parse(read(minimal.outDir, `${locale}/index.html`))
      expect(doc.querySelector('h1')?.textContent).toBeTruthy()
      expect(existsSync(path.join(minimal.outDir, locale, 'about', 'index.html'))).toBe(true)
    }
  })
})

describe('every page', () => {
  it('has lang and dir on <html> (Arabic right-to-left)', () => {
    for (const site of all()) {
      for (const file of pagesOf(site)) {
        const locale = file.split('/')[0]
        const html = parse(read(site.outDir, file)).documentElement
        if (file === '404.html') {
          expect(html.getAttribute('lang')).toBe(site.snapshot.site.defaultLocale)
          continue
        }
        expect(html.getAttribute('lang'), file).toBe(locale)
        expect(html.getAttribute('dir'), file).toBe(locale === 'ar' ? 'rtl' : 'ltr')
      }
    }
    expect(existsSync(path.join(sites['gr-prevention'].outDir, 'ar', 'index.html'))).toBe(true)
  })

  it('has landmarks, a skip link, a title, a meta description and a neutral favicon', () => {
    for (const site of all()) {
      for (const file of pagesOf(site)) {
        const doc = parse(read(site.outDir, file))
        for (const selector of ['header', 'header nav.main-nav', 'main#main', 'footer', 'a.skip-link[href="#main"]', 'title', 'meta[name="description"]', 'link[rel="icon"][href="/favicon.svg"]']) {
          expect(doc.querySelector(selector), `${site.siteId} ${file}: ${selector}`).not.toBeNull()
        }
        expect(doc.querySelectorAll('h1').length, file).toBe(1)
      }
      expect(existsSync(path.join(site.outDir, 'favicon.svg'))).toBe(true)
    }
  })

  it('has its canonical address, og:url, and a share image on its own origin: the campaign key visual, 1200x630 JPEG', async () => {
    let checked = 0
    for (const site of all()) {
      const { baseUrl } = site.snapshot.site
      const keyVisual = site.snapshot.campaigns.find((campaign: any) => campaign.keyVisual)?.keyVisual
      const shareImages = new Set<string>()
      for (const file of pagesOf(site).filter((f) => f !== '404.html')) {
        const doc = parse(read(site.outDir, file))
        const address = new URL(file.replace(/index\.html$/, ''), baseUrl).href
        // A page shown in a fallback language is not indexed, so it names no canonical address.
        const fallback = doc.querySelector('[data-testid="fallback-notice"]') !== null
        expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null, file).toBe(fallback ? null : address)
        expect(doc.querySelector('meta[property="og:url"]')?.getAttribute('content'), file).toBe(address)
        const share = doc.querySelector('meta[property="og:image"]')?.getAttribute('content')
        checked++
        if (!keyVisual) {
          expect(share, `${site.siteId} has no key visual: ${file}`).toBeUndefined()
          continue
        }
        expect(share?.startsWith(`${baseUrl}_img/`) && share.endsWith('.jpg'), `${file}: ${share}`).toBe(true)
        shareImages.add(share!)
      }
      if (!keyVisual) continue
      // No fixture page has a meta image of its own, so every page shares the key visual.
      expect(shareImages.size, site.siteId).toBe(1)
      const [share] = shareImages
      expect(await sharp(path.join(site.outDir, new URL(share).pathname)).metadata()).toMatchObject({ width: 1200, height: 630, format: 'jpeg' })
    }
    expect(checked).toBeGreaterThan(50)
  })

  it("has the page's own meta image as its share image where that language has one", async () => {
    const dir = tempDir('meta-image')
    cpSync(path.join(fixturesDir, 'gr-prevention'), dir, { recursive: true })
    const snapshot = JSON.parse(readFileSync(path.join(dir, 'snapshot.json'), 'utf8'))
    await sharp({ create: { width: 1400, height: 1000, channels: 3, background: '#2050a0' } })
      .png()
      .toFile(path.join(dir, 'media', 'route-map.png'))
    snapshot.media.push({ ...snapshot.media[0], id: '99', file: 'route-map.png', mimeType: 'image/png', width: 1400, height: 1000, alt: { el: 'Χάρτης της διαδρομής', en: 'A map of the route' } })
    snapshot.pages.find((page: any) => page.slug === 'safe-travel').translations.el.metaImage = '99'
    writeFileSync(path.join(dir, 'snapshot.json'), JSON.stringify(snapshot))
    const site = await build(dir)
    const share = (file: string) => {
      const doc = parse(read(site.outDir, file))
      return { url: doc.querySelector('meta[property="og:image"]')?.getAttribute('content'), alt: doc.querySelector('meta[property="og:image:alt"]')?.getAttribute('content') }
    }
    const own = share('el/safe-travel/index.html')
    const keyVisual = share('el/index.html')
    expect(own.url).toBeTruthy()
    expect(own.url).not.toBe(keyVisual.url)
    expect(own.alt).toBe('Χάρτης της διαδρομής')
    // Only the language that has it: the English page keeps the key visual.
    expect(share('en/safe-travel/index.html').url).toBe(share('en/index.html').url)
    expect(await sharp(path.join(site.outDir, new URL(own.url!).pathname)).metadata()).toMatchObject({ width: 1200, height: 630, format: 'jpeg' })
  })

  it('uses system fonts only: no web font is declared, shipped or allowed by the policy', () => {
    for (const site of all()) {
      const files = readdirSync(site.outDir, { recursive: true, encoding: 'utf8' })
      expect(
        files.filter((file) => /\.(woff2?|ttf|otf|eot)$/i.test(file)),
        site.siteId,
      ).toEqual([])
      for (const file of htmlFiles(site.outDir)) {
        const html = read(site.outDir, file)
        expect(html, file).not.toMatch(/@font-face/i)
        // Without font-src, default-src 'none' refuses any font file.
        expect(parse(html).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content'), file).not.toMatch(/font-src/)
      }
    }
  })

  it('keeps the tab title of a prevention page to the site name', () => {
    const site = sites['gr-prevention']
    for (const file of pagesOf(site).filter((f) => f !== '404.html')) {
      const locale = file.split('/')[0]
      const doc = parse(read(site.outDir, file))
      expect(doc.title).toBe(site.snapshot.site.name[locale])
    }
  })

  it('has a language switcher with native names, lang and hreflang on each link', () => {
    for (const site of Object.values(sites)) {
      for (const file of pagesOf(site).filter((f) => f !== '404.html')) {
        const doc = parse(read(site.outDir, file))
        const links = [...doc.querySelectorAll('nav.lang-switcher a')]
        expect(
          links.map((a) => a.getAttribute('lang')),
          file,
        ).toEqual(site.snapshot.site.locales)
        for (const a of links) expect(a.getAttribute('hreflang')).toBe(a.getAttribute('lang'))
        expect(doc.querySelector('nav.lang-switcher a[aria-current]')?.getAttribute('lang')).toBe(file.split('/')[0])
      }
    }
    const ar = parse(read(sites['gr-prevention'].outDir, 'el/safe-travel/index.html')).querySelector('nav.lang-switcher a[lang="ar"]')
    expect(ar?.textContent?.trim()).toBe('العربية')
    expect(ar?.getAttribute('href')).toBe('/ar/safe-travel/')
  })

  it('has hreflang alternates for the locales it exists in, and x-default; a page shown in a fallback language is not one of them', () => {
    let fallbacks = 0
    for (const site of Object.values(sites)) {
      const base = site.snapshot.site.baseUrl
      for (const file of pagesOf(site).filter((f) => f !== '404.html')) {
        const doc = parse(read(site.outDir, file))
        const alternates = [...doc.querySelectorAll('link[rel="alternate"][hreflang]')]
        const langs = alternates.map((link) => link.getAttribute('hreflang'))
        expect(langs, file).toContain('x-default')
        expect(langs.length).toBeGreaterThan(1)
        for (const link of alternates) expect(link.getAttribute('href')!.startsWith(base), file).toBe(true)
        const locale = file.split('/')[0]
        if (doc.querySelector('[data-testid="fallback-notice"]')) {
          fallbacks++
          expect(langs, file).not.toContain(locale)
          expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content'), file).toMatch(/noindex/)
        } else expect(langs, file).toContain(locale)
      }
    }
    // The fixtures have pages missing in some language, so the rule for them is checked too.
    expect(fallbacks).toBeGreaterThan(0)
  })

  it('shows the helplines as tel: links in the same region on every page', () => {
    for (const site of all()) {
      for (const file of pagesOf(site)) {
        const doc = parse(read(site.outDir, file))
        const region = doc.querySelector('section.help-band[aria-label]')
        expect(region, `${site.siteId} ${file}`).not.toBeNull()
        expect(region!.getAttribute('aria-label')).toBe(tFor(file, site)('help.regionLabel'))
        // Right after the header, before the main content.
        expect(region!.previousElementSibling?.tagName.toLowerCase()).toBe('header')
        expect(region!.nextElementSibling?.tagName.toLowerCase()).toBe('main')
        const tels = [...region!.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'))
        expect(tels.length, file).toBeGreaterThan(0)
        if (site.siteId === 'gr-prevention') expect(tels).toEqual(['tel:116000', 'tel:1109'])
        if (site.siteId === 'hub') expect(tels).toEqual(['tel:116000', 'tel:116111'])
        if (site === minimal) expect(tels).toEqual(['tel:112'])
      }
    }
  })

  it('has the quick exit on every prevention page and nowhere else', () => {
    for (const site of all()) {
      const prevention = site.snapshot.site.audience === 'prevention'
      for (const file of pagesOf(site)) {
        const doc = parse(read(site.outDir, file))
        const link = doc.querySelector('[data-quick-exit] a')
        if (!prevention) {
          expect(link, file).toBeNull()
          continue
        }
        expect(link, file).not.toBeNull()
        expect(quickExitOf(file, site), file).toMatch(/^https:\/\//)
        expect(link!.getAttribute('href'), file).toBe(quickExitOf(file, site))
        const t = tFor(file, site)
        expect(link!.textContent!.replace(/\s+/g, ' ').trim()).toBe(`${t('quickExit.hiddenPrefix')} ${t('quickExit.label')}`)
        expect(link!.querySelector('.visually-hidden')?.textContent?.trim()).toBe(t('quickExit.hiddenPrefix'))
        if (file.startsWith('en/')) expect(link!.textContent!.replace(/\s+/g, ' ').trim()).toBe('Emergency Exit this page')
        expect(doc.querySelector('[data-quick-exit] [role="status"]')).not.toBeNull()
        // What the script announces and the tab title it sets when leaving, in the page's language.
        const root = doc.querySelector<HTMLElement>('[data-quick-exit]')!
        expect([root.dataset.leaving, root.dataset.neutralTitle], file).toEqual([t('quickExit.leaving'), t('quickExit.neutralTitle')])
        expect(doc.querySelector('[data-quick-exit-overlay][hidden]')).not.toBeNull()
        // It comes before the header, in the sticky bar, and the page's script drives it.
        expect(doc.querySelector('body > .qe-bar + .qe-overlay')).not.toBeNull()
        const script = [...doc.querySelectorAll('script')].find((s) => s.textContent!.includes('location.replace'))
        expect(script, file).toBeDefined()
        expect(Buffer.byteLength(script!.textContent!), 'the quick exit script stays small').toBeLessThan(QUICK_EXIT_SCRIPT_BUDGET)
      }
    }
  })

  it("leads each prevention page to its language's destination: the country's weather service, else a weather page in that language", () => {
    const site = sites['gr-prevention']
    const hrefs = new Map<string, Set<string | null>>()
    for (const file of pagesOf(site)) {
      const href = parse(read(site.outDir, file)).querySelector('[data-quick-exit-link]')!.getAttribute('href')
      hrefs.set(localeOf(file, site), (hrefs.get(localeOf(file, site)) ?? new Set()).add(href))
    }
    // The fixture's site sets none, so these are the defaults the CMS exported for Greece.
    expect(Object.fromEntries([...hrefs].map(([locale, set]) => [locale, [...set]]))).toEqual({
      el: ['https://www.emy.gr/'],
      ar: ['https://www.emy.gr/'],
      en: ['https://www.bbc.com/weather'],
    })
  })

  it('loads nothing from another origin, sets no cookie and registers no service worker', () => {
    for (const site of all()) {
      for (const file of htmlFiles(site.outDir)) {
        const html = read(site.outDir, file)
        const doc = parse(html)
        for (const el of doc.querySelectorAll('[src], [srcset], link[href], script, style, iframe, object, embed')) {
          for (const attr of ['src', 'srcset']) {
            const value = el.getAttribute(attr)
            if (value) for (const candidate of value.split(',')) expect(candidate.trim(), `${file}: ${attr}`).toMatch(/^\/(?!\/)/)
          }
          if (el.tagName === 'LINK') {
            const rel = el.getAttribute('rel')
            const href = el.getAttribute('href')!
            if (rel === 'canonical' || rel === 'alternate') expect(href.startsWith(site.snapshot.site.baseUrl)).toBe(true)
            else expect(href, `${file}: link ${rel}`).toMatch(/^\/(?!\/)/)
          }
          expect(['IFRAME', 'OBJECT', 'EMBED']).not.toContain(el.tagName)
        }
        expect(html).not.toMatch(/url\(\s*['"]?(https?:)?\/\//)
        expect(html).not.toMatch(/@import/)
        expect(html).not.toMatch(/document\.cookie|localStorage|sessionStorage|serviceWorker|indexedDB/)
        // Links to other sites: only the quick exit target, links written in the content, and on the
        // hub's embed page the sites whose widgets it offers.
        const external = [...doc.querySelectorAll('a[href^="http"]')].filter((a) => !a.closest('.prose, .card, .helpline-facts, .embed-site'))
        for (const a of external) expect(a.getAttribute('href'), file).toBe(quickExitOf(file, site))
      }
    }
  })

  it('has a strict Content-Security-Policy that allows exactly its inline style and script', () => {
    for (const site of all()) {
      for (const file of htmlFiles(site.outDir)) {
        const doc = parse(read(site.outDir, file))
        const csp = doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content')
        expect(csp, file).toBeTruthy()
        expect(csp).toContain("default-src 'none'")
        expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/)
        const directives = Object.fromEntries(
          csp!
            .split(';')
            .map((part) => part.trim().split(/\s+/))
            .filter(([name]) => name)
            .map(([name, ...values]) => [name, values]),
        )
        expect(directives['img-src'], file).toEqual(["'self'"])
        // The CSS is inlined: no stylesheet request before the first paint.
        expect(doc.querySelector('link[rel~="stylesheet"]'), file).toBeNull()
        expect(doc.querySelectorAll('style').length, file).toBeGreaterThan(0)
        const hashes = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`
        for (const style of doc.querySelectorAll('style')) expect(csp, `${file} style`).toContain(hashes(style.textContent!))
        for (const script of doc.querySelectorAll('script:not([src])')) expect(csp, `${file} script`).toContain(hashes(script.textContent!))
        expect(doc.querySelector('[style]'), `${file}: inline style attribute`).toBeNull()
        expect(read(site.outDir, file)).not.toMatch(/\son[a-z]+=/)
      }
    }
  })

  it('lists only pages in their own language in the sitemap, with alternates', () => {
    const site = sites['gr-prevention']
    const xml = readFileSync(path.join(site.outDir, 'sitemap-0.xml'), 'utf8')
    expect(xml).toContain('<loc>http://gr-prevention.localhost:4321/ar/safe-travel/</loc>')
    expect(xml).toContain('hreflang="ar"')
    expect(xml).toContain('<loc>http://gr-prevention.localhost:4321/el/about/</loc>')
    expect(xml).not.toContain('<loc>http://gr-prevention.localhost:4321/ar/about/</loc>')
    expect(readFileSync(path.join(site.outDir, 'robots.txt'), 'utf8')).toContain('Sitemap: http://gr-prevention.localhost:4321/sitemap-index.xml')
  })
})

describe('fallback', () => {
  it('shows a fixed page missing in a locale in English, with a visible notice and lang on the content', () => {
    const site = sites['gr-prevention']
    const ar = parse(read(site.outDir, 'ar/about/index.html'))
    // The language is named in the visitor's language.
    expect(ar.querySelector('[data-testid="fallback-notice"]')?.textContent).toContain(new Intl.DisplayNames(['ar'], { type: 'language' }).of('en'))
    expect(ar.querySelector('main [lang="en"] h1')?.textContent).toBe('Fixture about')
    expect(ar.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex')
    const el = parse(read(site.outDir, 'el/about/index.html'))
    expect(el.querySelector('[data-testid="fallback-notice"]')).toBeNull()
    expect(el.querySelector('h1')?.textContent).toContain('Σχετικά')
  })
})

describe('get help', () => {
  it("lists the hub's helplines under each country's name, in alphabetical order", () => {
    const doc = parse(read(sites.hub.outDir, 'en/get-help/index.html'))
    const countries = [...doc.querySelectorAll('main h3[id^="helplines-"]')].map((heading) => heading.textContent)
    expect(countries).toEqual(['Bulgaria', 'Greece', 'Hungary', 'Moldova', 'Romania', 'Serbia', 'Ukraine'])
    expect(doc.querySelector('#helplines-MD + ul.helplines')?.textContent).toContain('La Strada')
    expect(doc.querySelector('#helplines-MD + ul.helplines')?.textContent).not.toContain('ASTRA')
    // In Greek, the countries' names are Greek.
    const greek = parse(read(sites.hub.outDir, 'el/get-help/index.html'))
    expect(greek.querySelector('#helplines-MD')?.textContent).toBe('Μολδαβία')
  })

  it("lists a country site's own helplines without country headings", () => {
    const doc = parse(read(sites['gr-prevention'].outDir, 'el/get-help/index.html'))
    expect(doc.querySelectorAll('main h3[id^="helplines-"]').length).toBe(0)
    expect(doc.querySelectorAll('main ul.helplines > li').length).toBe(sites['gr-prevention'].snapshot.helplines.length)
  })
})

describe('blocks', () => {
  it('renders quiz and myth-or-fact answers in <details> that work without JavaScript', () => {
    const site = sites['gr-prevention']
    const home = parse(read(site.outDir, 'en/index.html'))
    const quiz = home.querySelector('.block-quiz')!
    expect(quiz.querySelectorAll('ol li').length).toBe(3)
    expect(quiz.querySelector('details summary')).not.toBeNull()
    expect(quiz.querySelector('details')!.textContent).toContain('Talk to an adult you trust')
    const travel = parse(read(site.outDir, 'en/safe-travel/index.html'))
    const items = travel.querySelectorAll('.block-myth details')
    expect(items.length).toBeGreaterThan(1)
    expect(items[0].querySelector('.verdict')?.textContent).toMatch(/Myth|Fact/)
    expect(travel.querySelectorAll('.block-signs li').length).toBeGreaterThan(3)
  })

  it('renders questions and answers, each answer in a <details> under its question', () => {
    const site = sites['gr-demand-reduction']
    const expected = site.snapshot.pages.find((page: any) => page.slug === 'how-to-report').translations.el.blocks.find((block: any) => block.blockType === 'faq')
    const faq = parse(read(site.outDir, 'el/how-to-report/index.html')).querySelector('.block-faq')!
    expect(faq.querySelector('h2')?.textContent).toBe(expected.heading)
    const shown = [...faq.querySelectorAll('details')].map((details) => ({ question: details.querySelector('summary')?.textContent?.trim(), answer: details.querySelector('p')?.textContent }))
    expect(shown).toEqual(expected.items)
  })

  it('renders report steps, stories and helpline callouts', () => {
    const report = parse(read(sites['gr-demand-reduction'].outDir, 'el/how-to-report/index.html'))
    expect(report.querySelectorAll('.block-report ol.steps > li').length).toBe(4)
    const story = parse(read(sites['gr-prevention'].outDir, 'ar/lover-boy/index.html'))
    expect(story.querySelector('.block-story h2')).not.toBeNull()
    expect(story.querySelectorAll('.block-callout a[href^="tel:"]').length).toBe(2)
  })

  it('makes responsive AVIF/WebP variants of pictures, a share image, and publishes PDFs as downloads', async () => {
    const home = parse(read(sites['gr-prevention'].outDir, 'el/index.html'))
    const sources = [...home.querySelectorAll('picture source')].map((s) => s.getAttribute('type'))
    expect(sources).toEqual(['image/avif', 'image/webp'])
    expect(home.querySelector('picture img')?.getAttribute('srcset')).toContain('320w')
    const variants = [...home.querySelectorAll('picture source, picture img')].flatMap((el) =>
      el
        .getAttribute('srcset')!
        .split(', ')
        .map((item) => item.split(' ')[0]),
    )
    expect(variants.length).toBeGreaterThanOrEqual(3)
    for (const url of variants) expect(statSync(path.join(sites['gr-prevention'].outDir, url)).size, url).toBeGreaterThan(100)
    const share = home.querySelector('meta[property="og:image"]')?.getAttribute('content')
    expect(share).toMatch(/^http:\/\/gr-prevention\.localhost:4321\/_img\/.+\.jpg$/)
    const shareFile = path.join(sites['gr-prevention'].outDir, new URL(share!).pathname)
    expect(await sharp(shareFile).metadata()).toMatchObject({ width: 1200, height: 630, format: 'jpeg' })
    const resources = parse(read(sites.hub.outDir, 'en/resources/index.html'))
    const links = [...resources.querySelectorAll('a[download]')].map((a) => a.getAttribute('href')!)
    expect(links.length).toBe(2)
    for (const link of links) expect(statSync(path.join(sites.hub.outDir, decodeURIComponent(link))).size).toBeGreaterThan(100)
  })

  it('groups the hub partners by type', () => {
    const doc = parse(read(sites.hub.outDir, 'en/partners/index.html'))
    expect([...doc.querySelectorAll('main h2')].map((h) => h.textContent)).toEqual(expect.arrayContaining(['International organisations', 'National NGOs']))
  })
})

describe('weight', () => {
  it('keeps every prevention page under 25 KB gzip on a first mobile visit (HTML, CSS, JS and images)', () => {
    const site = sites['gr-prevention']
    for (const file of pagesOf(site)) {
      const html = read(site.outDir, file)
      const doc = parse(html)
      let bytes = gzipSync(html).length
      for (const el of doc.querySelectorAll('script[src], link[rel="stylesheet"]')) {
        bytes += gzipSync(readFileSync(path.join(site.outDir, el.getAttribute('src') ?? el.getAttribute('href')!))).length
      }
      bytes += gzipSync(readFileSync(path.join(site.outDir, 'favicon.svg'))).length
      // Upper bound for pictures: the AVIF a 412 px wide phone at 1.75x picks (720w) for every picture.
      for (const picture of doc.querySelectorAll('picture')) {
        const candidates = picture
          .querySelector('source[type="image/avif"]')!
          .getAttribute('srcset')!
          .split(',')
          .map((c) => c.trim().split(/\s+/))
        const chosen = candidates.find(([, w]) => parseInt(w) >= 720) ?? candidates.at(-1)!
        bytes += statSync(path.join(site.outDir, chosen[0])).size
      }
      expect(bytes, file).toBeLessThanOrEqual(25 * 1024)
    }
  })
})
