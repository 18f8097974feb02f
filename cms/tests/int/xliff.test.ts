/**
 * XLIFF out and in through the REST API (translations/endpoints.ts), on the demo network: a translator
 * exports what is out of date in their language for a site, a tool translates it, the import saves the
 * translations as drafts in that language and publishes nothing. Tampered files, and files of texts
 * changed since the export, are refused with a reason and change nothing.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { localeValues } from '../../src/translations/documentUnits'
import { normalizedInline, readXliff } from '../../src/translations/xliff'
import { createTestPayload, type TestContext } from '../support/testPayload'

let ctx: TestContext
let coordinatorToken: string
let translatorArToken: string
beforeAll(async () => {
  ctx = await createTestPayload()
  coordinatorToken = await ctx.login('coordinator@victor.local')
  translatorArToken = await ctx.login('translator-ar@victor.local')
})
afterAll(() => ctx?.close())

type Doc = Record<string, any>
const SITE = 'gr-prevention'

const exportXliff = (body: Doc, token?: string) => ctx.rest('POST', '/translations/export', { token, body })
const importXliff = (xml: string, token?: string, type = 'application/xliff+xml', language = 'en') =>
  ctx.rest('POST', '/translations/import', { token, raw: xml, headers: { 'Content-Type': type, 'Accept-Language': language } })

async function exported(body: Doc, token = coordinatorToken): Promise<string> {
  const response = await exportXliff(body, token)
  expect(response.status, await response.clone().text()).toBe(200)
  return response.text()
}

async function report(xml: string, token = coordinatorToken, language = 'en') {
  const response = await importXliff(xml, token, 'application/xliff+xml', language)
  expect(response.status, await response.clone().text()).toBe(200)
  return (await response.json()) as { applied: { id: string }[]; skipped: Doc[]; refused: { id: string; key: string; reason: string }[]; documents: Doc[] }
}

async function refusal(response: Response, status: number): Promise<string> {
  expect(response.status).toBe(status)
  const body = (await response.json()) as { errors: { message: string }[] }
  return body.errors[0].message
}

/** What a translation tool does: every target is its source with a prefix, inline codes untouched. */
function translateAll(xml: string, prefix = 'AR: '): string {
  return xml.includes('version="1.2"')
    ? xml.replace(/<source>([\s\S]*?)<\/source>(<target>[\s\S]*?<\/target>)?/g, (_, source: string) => `<source>${source}</source><target>${prefix}${source}</target>`)
    : xml.replace(
        /<source xml:space="preserve">([\s\S]*?)<\/source>(<target xml:space="preserve">[\s\S]*?<\/target>)?/g,
        (_, source: string) => `<source xml:space="preserve">${source}</source><target xml:space="preserve">${prefix}${source}</target>`,
      )
}

/** Only the given unit translated; every other target taken out (so those units are skipped). */
function translateOnly(xml: string, unit: string): string {
  const blocks = xml.split(/(?=<unit id=")/)
  return blocks
    .map((block) => {
      const cleaned = block.replace(/<target xml:space="preserve">[\s\S]*?<\/target>/g, '')
      return block.startsWith(`<unit id="${unit}"`) ? translateAll(cleaned) : cleaned
    })
    .join('')
}

/** Edits one 2.1 unit of a file. */
function editUnit(xml: string, unit: string, edit: (block: string) => string): string {
  const start = xml.indexOf(`<unit id="${unit}"`)
  if (start < 0) throw new Error(`no unit ${unit}`)
  const end = xml.indexOf('</unit>', start) + '</unit>'.length
  return xml.slice(0, start) + edit(xml.slice(start, end)) + xml.slice(end)
}

const read = async (collection: string, id: number | string, draft: boolean) =>
  (await ctx.payload.findByID({ collection: collection as 'pages', id, locale: 'all', draft, fallbackLocale: false as never, depth: 0, overrideAccess: true })) as Doc

async function grPage(slug: string) {
  const { docs } = await ctx.payload.find({ collection: 'pages', where: { slug: { equals: slug }, 'sites.siteId': { equals: SITE } }, draft: true, depth: 0, limit: 1 })
  return docs[0] as Doc
}

/** Everything of the site an import could touch, drafts and published, to compare before and after. */
async function siteState() {
  const site = (await ctx.payload.find({ collection: 'sites', where: { siteId: { equals: SITE } }, depth: 0 })).docs[0]
  const state: Doc = {}
  for (const draft of [true, false]) {
    state[`pages-${draft}`] = (
      await ctx.payload.find({ collection: 'pages', where: { sites: { in: [site.id] } }, locale: 'all', draft, fallbackLocale: false as never, depth: 0, pagination: false })
    ).docs
    state[`helplines-${draft}`] = (
      await ctx.payload.find({ collection: 'helplines', where: { country: { equals: site.country } }, locale: 'all', fallbackLocale: false as never, depth: 0, pagination: false })
    ).docs
  }
  return state
}

const unitIds = (xml: string) => readXliff(xml).units.map(({ id }) => id)
const firstUnitWith = (xml: string, pattern: RegExp) => {
  const unit = xml.split(/(?=<unit id=")/).find((block) => block.startsWith('<unit') && pattern.test(block.slice(0, block.indexOf('</unit>'))))
  if (!unit) throw new Error(`no unit matching ${pattern}`)
  return /^<unit id="([^"]+)"/.exec(unit)?.[1] as string
}

const paragraphWithLink = (url: string) => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  textFormat: 0,
  textStyle: '',
  children: [
    { type: 'text', text: 'Read ', format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
    { type: 'text', text: 'our advice', format: 1, detail: 0, mode: 'normal', style: '', version: 1 },
    { type: 'text', text: ' and ', format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
    {
      type: 'link',
      format: '',
      indent: 0,
      version: 3,
      direction: 'ltr',
      id: '6b2000000000000000000001',
      fields: { url, newTab: false, linkType: 'custom' },
      children: [{ type: 'text', text: 'the checklist', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
    },
    { type: 'text', text: '.', format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
  ],
})

describe('exporting and importing XLIFF', () => {
  it('refuses tampered files, each with a clear message, and changes nothing', async () => {
    const xml = await exported({ targetLanguage: 'ar', site: SITE })
    const before = await siteState()
    const bold = firstUnitWith(xml, /<source[^>]*>[^<]*<pc [^>]*subType="xlf:b"/)
    const title = firstUnitWith(xml, /^<unit id="pages:\d+:title"/)

    const changedSource = editUnit(translateOnly(xml, title), title, (block) => block.replace(/(<source xml:space="preserve">)/, '$1Changed: '))
    const changed = await report(changedSource)
    expect(changed.applied).toEqual([])
    expect(changed.refused).toEqual([{ id: title, key: 'xliffSourceChanged', reason: expect.stringContaining('the English text changed since the export') }])

    const brokenCode = editUnit(translateOnly(xml, bold), bold, (block) => block.replace(/(<target[^>]*>[\s\S]*?)<pc [^>]*subType="xlf:b">([\s\S]*?)<\/pc>/, '$1$2'))
    const broken = await report(brokenCode)
    expect(broken.applied).toEqual([])
    expect(broken.refused).toEqual([{ id: bold, key: 'xliffInlineCodesDiffer', reason: expect.stringMatching(/inline codes differ .*missing: \d+:bold/) }])

    const notAnId = await report(translateOnly(xml, title).replace(`<unit id="${title}"`, '<unit id="pages:abc:title"'))
    expect(notAnId.refused).toEqual([{ id: 'pages:abc:title', key: 'xliffUnknownUnit', reason: expect.any(String) }])
    const unknownId = translateOnly(xml, title).replace(`<unit id="${title}"`, '<unit id="pages:99999:title"')
    const unknown = await report(unknownId)
    expect(unknown.applied).toEqual([])
    expect(unknown.refused).toEqual([{ id: 'pages:99999:title', key: 'xliffUnknownUnit', reason: expect.stringContaining('pages:99999:title') }])

    const otherLanguage = translateAll(xml).replace('trgLang="ar"', 'trgLang="el"')
    expect(await refusal(await importXliff(otherLanguage, coordinatorToken), 400)).toMatch(/not imported.*for the language el, not ar/)

    expect(await refusal(await importXliff('Title;Τίτλος\n', coordinatorToken), 400)).toMatch(/Not an XML file: line 1/)
    expect(await refusal(await importXliff(translateAll(xml).replace('</notes>', '</note>'), coordinatorToken), 400)).toMatch(/Not an XML file: line \d+/)
    // In the person's admin language.
    expect(await refusal(await importXliff('<xliff', translatorArToken, 'text/xml', 'ar'), 400)).toContain('ليس ملف XML')

    const doctype = translateAll(xml).replace('<xliff', '<!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n<xliff')
    expect(await refusal(await importXliff(doctype, coordinatorToken), 400)).toMatch(/Line 2: the file declares a DOCTYPE/)

    expect(await refusal(await importXliff(translateAll(xml).replace('version="2.1"', 'version="3.0"'), coordinatorToken), 400)).toMatch(/version "3\.0"/)
    expect(await refusal(await importXliff(translateAll(xml), coordinatorToken, 'text/plain'), 415)).toMatch(/text\/plain/)

    expect(await siteState()).toEqual(before)
  })

  it('round-trips what is out of date in Arabic on a site: drafts in Arabic, nothing published', async () => {
    const page = await grPage('safe-travel')
    const original = await read('pages', page.id, true)
    const coordinator = await ctx.user('coordinator@victor.local')
    const layout = structuredClone(original.layout.en)
    layout[0].content.root.children.push(paragraphWithLink('https://example.org/checklist'))
    await ctx.payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'en',
      draft: true,
      data: { title: 'Going abroad? Travel safely and plan ahead', layout },
      user: coordinator as never,
      overrideAccess: false,
    })
    expect((await read('pages', page.id, true)).translation.outdated).toContain('ar')
    const published = await read('pages', page.id, false)

    const response = await exportXliff({ targetLanguage: 'ar', site: SITE, outdatedOnly: true }, translatorArToken)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/xliff+xml; charset=utf-8')
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="victor-gr-prevention-ar-\d{4}-\d{2}-\d{2}\.xlf"$/)
    const xml = await response.text()
    const document = readXliff(xml)
    expect(document).toMatchObject({ version: '2.1', sourceLanguage: 'en', targetLanguage: 'ar' })
    // Only what is out of date: the changed page.
    expect(new Set(document.units.map(({ id }) => id.split(':').slice(0, 2).join(':')))).toEqual(new Set([`pages:${page.id}`]))
    expect(document.files?.[0].metadata.fingerprint).toMatch(/^[0-9a-f]{64}$/)
    expect(xml).toContain('<note category="field">Content › Text 1 › Heading</note>')
    expect(xml).toContain('<note category="site">gr-prevention</note>')
    // The current Arabic text is the starting target.
    expect(xml).toContain(`<target xml:space="preserve">${original.summary.ar}</target>`)

    // (b) XLIFF 1.2 of the same selection has the same units.
    const xml12 = await exported({ targetLanguage: 'ar', site: SITE, outdatedOnly: true, version: '1.2' }, translatorArToken)
    const document12 = readXliff(xml12)
    expect(document12.version).toBe('1.2')
    // 1.2 carries link addresses in notes, not in the source: compared without them.
    const units = (read: typeof document) => read.units.map(({ id, source, target }) => ({ id, source: normalizedInline(source), target: target && normalizedInline(target) }))
    expect(units(document12)).toEqual(units(document))
    expect(xml12).toContain('<note from="victor">Link 2: https://example.org/checklist</note>')

    const result = await report(translateAll(xml), translatorArToken)
    expect(result.refused).toEqual([])
    expect(result.skipped).toEqual([])
    expect(result.applied).toHaveLength(document.units.length)
    expect(result.documents).toEqual([{ collection: 'pages', id: page.id, title: 'Going abroad? Travel safely and plan ahead', applied: document.units.length }])

    const draft = await read('pages', page.id, true)
    expect(draft.title.ar).toBe('AR: Going abroad? Travel safely and plan ahead')
    expect(draft.summary.ar).toBe(`AR: ${original.summary.en}`)
    expect(draft.layout.ar.map((block: Doc) => block.blockType)).toEqual(layout.map((block: Doc) => block.blockType))
    expect(draft.layout.ar[0].heading).toBe(`AR: ${layout[0].heading}`)
    expect(draft.layout.ar[1].signs[0].text).toBe(`AR: ${layout[1].signs[0].text}`)
    // Non-text fields are the English blocks'.
    expect(draft.layout.ar[2].items.map((item: Doc) => item.verdict)).toEqual(layout[2].items.map((item: Doc) => item.verdict))
    // Rich text keeps its formats and links.
    const paragraphs = draft.layout.ar[0].content.root.children
    expect(paragraphs[1].children[0]).toMatchObject({ text: 'AR: ', format: 0 })
    expect(paragraphs[1].children[1]).toMatchObject({ text: 'Tell someone you trust', format: 1 })
    const last = paragraphs[paragraphs.length - 1]
    expect(last.children.map((node: Doc) => [node.type, node.text ?? null, node.format ?? null])).toEqual([
      ['text', 'AR: Read ', 0],
      ['text', 'our advice', 1],
      ['text', ' and ', 0],
      ['link', null, ''],
      ['text', '.', 0],
    ])
    expect(last.children[3]).toMatchObject({ fields: { url: 'https://example.org/checklist' }, children: [{ text: 'the checklist' }] })
    // The other languages are untouched; Arabic is up to date again.
    expect(draft.layout.el).toEqual(original.layout.el)
    expect(draft.title.el).toBe(original.title.el)
    expect(draft.translation.outdated).not.toContain('ar')
    // Nothing was published.
    expect(draft._status).toBe('draft')
    expect(await read('pages', page.id, false)).toEqual(published)

    // The same file again is refused: the Arabic texts are no longer those it was made from.
    const again = await report(translateAll(xml), translatorArToken)
    expect(again.applied).toEqual([])
    expect(new Set(again.refused.map(({ key }) => key))).toEqual(new Set(['xliffTargetEditedSinceExport']))

    // The translation is published like any other draft, by whoever may publish it.
    const reviewerToken = await ctx.login('reviewer@victor.local')
    const publish = await ctx.rest('PATCH', `/pages/${page.id}?locale=ar&publishSpecificLocale=ar&depth=0`, { token: reviewerToken, body: { _status: 'published' } })
    expect(publish.status, await publish.clone().text()).toBe(200)
    const live = await read('pages', page.id, false)
    expect(live.title).toEqual({ ...published.title, ar: 'AR: Going abroad? Travel safely and plan ahead' })
    expect(live.layout.en).toEqual(published.layout.en)
    expect(live.layout.ar[0].heading).toBe(`AR: ${layout[0].heading}`)
  })

  it('refuses a document whose target was edited in the CMS after the export, and applies the others', async () => {
    const xml = await exported({ targetLanguage: 'ar', site: SITE })
    const documents = readXliff(xml).files ?? []
    expect(documents.length).toBeGreaterThan(2)
    const page = await grPage('lover-boy')
    await ctx.payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'ar',
      draft: true,
      data: { title: 'عنوان عدّله شخص في النظام' },
      user: (await ctx.user('translator-ar@victor.local')) as never,
      overrideAccess: false,
    })

    const result = await report(translateAll(xml, 'AR2: '), translatorArToken, 'ar')
    const edited = `pages:${page.id}:`
    expect(result.refused.length).toBeGreaterThan(0)
    expect(result.refused.every(({ id, key }) => id.startsWith(edited) && key === 'xliffTargetEditedSinceExport')).toBe(true)
    // In Arabic, the translator's admin language.
    expect(result.refused[0].reason).toContain('تغيّرت نصوصه')
    expect(result.applied.some(({ id }) => id.startsWith(edited))).toBe(false)
    expect(result.applied.length).toBeGreaterThan(0)
    expect(result.documents.find((entry) => entry.id === page.id)).toMatchObject({ applied: 0, refused: expect.any(String) })

    expect((await read('pages', page.id, true)).title.ar).toBe('عنوان عدّله شخص في النظام')
    const home = await grPage('home')
    expect((await read('pages', home.id, true)).title.ar).toMatch(/^AR2: /)
    // Collections without drafts (a save would be live at once) are not in the file.
    expect(result.documents.map((entry) => entry.collection).filter((collection) => !['pages', 'campaigns', 'news'].includes(collection))).toEqual([])
  })

  it('saves each document in its own transaction: one that fails is left as it was, the others are saved', async () => {
    const xml = translateAll(await exported({ targetLanguage: 'el', site: SITE }), 'EL: ')
    const update = ctx.payload.update.bind(ctx.payload)
    let failed: Doc | undefined
    // The first document's save writes, then fails (a full disk, say): its transaction is rolled back.
    const spy = vi.spyOn(ctx.payload, 'update').mockImplementationOnce((async (args: Doc) => {
      failed = { collection: args.collection, id: args.id, before: await read(args.collection, args.id, true) }
      await update(args as never)
      throw new Error('disk full')
    }) as never)
    try {
      const result = await report(xml)
      expect(failed).toBeDefined()
      const refusedIds = result.refused.map(({ id }) => id)
      expect(refusedIds.length).toBeGreaterThan(0)
      expect(refusedIds.every((id) => id.startsWith(`${failed?.collection}:${failed?.id}:`))).toBe(true)
      expect(result.refused[0]).toMatchObject({ key: 'xliffSaveFailed', reason: expect.stringContaining('disk full') })
      expect(result.documents.find((entry) => entry.collection === failed?.collection && entry.id === failed?.id)).toMatchObject({ applied: 0, refused: expect.stringContaining('disk full') })
      // Its Greek texts are as they were (with a transaction the save is undone; SQLite without one gets them saved back).
      const fields = ctx.payload.collections[failed?.collection as 'pages'].config.fields
      expect(localeValues(fields, await read(failed?.collection, failed?.id, true), 'el')).toEqual(localeValues(fields, failed?.before, 'el'))
      const saved = result.documents.filter((entry) => entry.applied > 0)
      expect(saved.length).toBeGreaterThan(0)
      for (const entry of saved) expect(JSON.stringify((await read(entry.collection, entry.id, true)).title?.el ?? (await read(entry.collection, entry.id, true)).name?.el)).toContain('EL: ')
    } finally {
      spy.mockRestore()
    }
  })

  it('lets a translator export and import only their own languages, and nobody signed out', async () => {
    const translatorAr = await refusal(await exportXliff({ targetLanguage: 'bg', site: 'bg-prevention' }, translatorArToken), 403)
    expect(translatorAr).toContain('bg')

    const bulgarian = translateAll(await exported({ targetLanguage: 'bg', site: 'bg-prevention' }), 'BG: ')
    const before = await ctx.payload.find({ collection: 'pages', locale: 'all', draft: true, fallbackLocale: false as never, depth: 0, pagination: false })
    expect(await refusal(await importXliff(bulgarian, translatorArToken), 403)).toContain('bg')
    expect((await ctx.payload.find({ collection: 'pages', locale: 'all', draft: true, fallbackLocale: false as never, depth: 0, pagination: false })).docs).toEqual(before.docs)

    // The hub shows every news item and resource.
    const hub = readXliff(await exported({ targetLanguage: 'ru', site: 'hub', collections: ['news'] }))
    expect(new Set(hub.files?.map(({ original }) => original.split('/')[0]))).toEqual(new Set(['news']))
    // A translated XLIFF 1.2 file imports the same way.
    const news12 = await exported({ targetLanguage: 'ru', site: 'hub', collections: ['news'], version: '1.2' })
    const newsId = readXliff(news12).files?.[0].original.split('/')[1] as string
    const publishedNews = await read('news', newsId, false)
    const imported12 = await report(translateAll(news12, 'RU: '))
    expect(imported12.refused).toEqual([])
    expect(imported12.applied.length).toBe(readXliff(news12).units.length)
    const news = await read('news', newsId, true)
    expect(news.title.ru).toBe(`RU: ${news.title.en}`)
    expect(news._status).toBe('draft')
    expect(await read('news', newsId, false)).toEqual(publishedNews)

    // Editors translate their countries' documents, chosen one by one.
    const home = await grPage('home')
    const chosen = { targetLanguage: 'el', documents: [{ collection: 'pages', id: home.id }] }
    const greek = await exported(chosen, await ctx.login('editor-gr@victor.local'))
    expect(unitIds(greek).length).toBeGreaterThan(0)
    expect(unitIds(greek).every((id) => id.startsWith(`pages:${home.id}:`))).toBe(true)
    expect(await refusal(await exportXliff(chosen, await ctx.login('editor-bg@victor.local')), 404)).toContain(`pages ${home.id}`)

    // XML is a body only this route takes, up to its own limit.
    expect(await refusal(await importXliff(`<x>${' '.repeat(16 * 1024 * 1024)}</x>`, coordinatorToken), 413)).toContain('16 MB')
    expect((await ctx.rest('POST', '/pages', { token: coordinatorToken, raw: bulgarian, headers: { 'Content-Type': 'application/xml' } })).status).toBe(415)

    expect((await exportXliff({ targetLanguage: 'ar', site: SITE })).status).toBe(401)
    expect((await importXliff(bulgarian)).status).toBe(401)
    expect((await exportXliff({ targetLanguage: 'xx', site: SITE }, coordinatorToken)).status).toBe(400)
    expect((await exportXliff({ targetLanguage: 'hu', site: SITE }, coordinatorToken)).status).toBe(400)
  })
})
