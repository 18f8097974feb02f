/**
 * The editorial workflow in the real admin, as the people of the demo live it, each in their own
 * language, on the CMS started with `pnpm start` (tests/e2e/support/start-cms.ts):
 * a Greek editor creates a page for children with blocks (a reserved address is refused in the
 * form), asks for review and cannot publish; the reviewer finds it in the queue and publishes it,
 * and it is live on its site; an Arabic translator translates it and asks for review of their
 * language; the reviewer publishes an Arabic text alone and only the Arabic pages change; a publish
 * whose render fails tells the publisher why and where; a Hungarian editor adds
 * questions and answers to a page and publishes them. Every step leaves a screenshot in the test results.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { adminStrings, adminUrl, api, escapeRegExp, publishButton, signIn, step } from '../support/admin'
import { CMS_E2E } from '../support/cms'

test.describe.configure({ mode: 'serial' })
test.setTimeout(180_000)

const run = Date.now() % 100000
const slug = `pseftikes-aggelies-${run}`
const title = `Ψεύτικες αγγελίες για δουλειά (${run})`
const arabicTitle = `إعلانات عمل مزيفة (${run})`
let pageId: number

const siteUrl = (siteId: string, pathname: string) => `http://${siteId}.localhost:${CMS_E2E.sitesPort}${pathname}`
/** Every file of a live site (its release, through the link), by path, as a hash of its bytes. */
const siteFiles = (live: string) => {
  const root = fs.realpathSync(live)
  return Object.fromEntries(
    fs
      .readdirSync(root, { recursive: true })
      .map(String)
      .filter((file) => file !== '.victor-release.json' && fs.statSync(path.join(root, file)).isFile())
      .map((file) => [
        file,
        createHash('sha256')
          .update(fs.readFileSync(path.join(root, file)))
          .digest('hex'),
      ]),
  )
}
/** The form's own save (autosave every 2 s) has stored what the test typed. */
const saved = (page: Page, check: (doc: any) => boolean, locale: string) =>
  expect.poll(async () => check(await api(page, `/pages/${pageId}?draft=true&depth=0&locale=${locale}`)), { timeout: 20_000 }).toBe(true)

test('an editor creates a page for children in Greek with blocks, a reserved address is refused in the form, and asks for review; publishing is not theirs', async ({ page }, testInfo) => {
  const el = await adminStrings('el')
  await signIn(page, 'editor-gr@victor.local')
  // The first screen after signing in is in the person's language already.
  await expect(page.locator('.localizer')).toContainText(el.payload('general:locale'))
  await step(page, testInfo, 'dashboard-in-greek')

  await page.goto(`${adminUrl}/admin/collections/pages`)
  // The list's own script has taken over (a click before that is lost).
  await page.waitForLoadState('networkidle')
  await page.getByRole('link', { name: el.payload('general:createNewLabel').replace('{{label}}', el.victor('page')) }).click()
  await page.waitForURL(/\/admin\/collections\/pages\/\d+/, { waitUntil: 'commit' })
  pageId = Number(/pages\/(\d+)/.exec(page.url())![1])
  const titleInput = page.locator('input[name="title"]')
  await expect(titleInput).toBeEditable()
  await titleInput.fill(title)

  // Two sites in Greece: the editor chooses one, and is offered only those.
  const sites = page.locator('#field-sites')
  await sites.click()
  await expect(page.getByRole('option')).toHaveCount(2)
  expect((await page.getByRole('option').allTextContents()).sort()).toEqual(['gr-demand-reduction', 'gr-prevention'])
  await page.getByRole('option', { name: 'gr-prevention' }).click()

  // An address the site uses itself is refused next to the field, in Greek, while the draft saves.
  await page.locator('input[name="slug"]').fill('about')
  const reserved = el.victor('errorSlugReserved', { value: 'about', reserved: '§' }).split('§')[0].replace(/\($/, '').trim()
  const slugField = page.locator('.field-type', { has: page.locator('input[name="slug"]') })
  await expect(slugField.getByRole('alert')).toContainText(reserved, { timeout: 15_000 })
  await step(page, testInfo, 'reserved-address-refused')
  await page.locator('input[name="slug"]').fill(slug)

  // Blocks: a helpline call-out and signs to recognise.
  const addBlock = el.payload('fields:addLabel').replace('{{label}}', el.victor('block'))
  await page.getByRole('button', { name: addBlock }).click()
  await page.getByRole('button', { name: el.victor('blockHelplineCallout'), exact: true }).click()
  await page.locator('input[name="layout.0.heading"]').fill('Δεν είσαι σίγουρος για μια αγγελία;')
  await page.locator('textarea[name="layout.0.text"]').fill('Κάλεσε πριν ταξιδέψεις. Είναι δωρεάν.')
  await page.getByRole('button', { name: addBlock }).click()
  await page.getByRole('button', { name: el.victor('blockSignsChecklist'), exact: true }).click()
  await page.locator('input[name="layout.1.heading"]').fill('Σημάδια ότι κάτι δεν πάει καλά')
  await page.getByRole('button', { name: el.payload('fields:addLabel').replace('{{label}}', el.victor('blockSign')) }).click()
  await page.locator('input[name="layout.1.signs.0.text"]').fill('Σου ζητούν το διαβατήριό σου')
  await saved(page, (doc) => doc.slug === slug && doc.layout?.length === 2 && doc.title === title, 'el')
  await step(page, testInfo, 'page-with-blocks')

  // Publishing children's content is a reviewer's: no Publish button, a "Request review" instead.
  await expect(publishButton(page)).toHaveCount(0)
  await page.getByRole('button', { name: el.victor('reviewRequestAction') }).click()
  await page.getByLabel(el.victor('reviewNote')).fill('Έτοιμο για έλεγχο. Ελέγξτε τον τόνο για παιδιά 14 ετών.')
  await page.getByRole('button', { name: el.victor('reviewSend') }).click()
  await expect(page.getByText(el.victor('reviewRequestSent', { language: 'Ελληνικά' }))).toBeVisible()
  await expect(page.locator('.victor-review-panel')).toContainText(el.victor('reviewStatus_open'))
  await step(page, testInfo, 'review-requested')

  // Duplicating asks which languages to copy: only that way of duplicating is offered.
  await page.locator('.doc-controls .popup-button').click()
  await expect(page.locator('#action-duplicate-locales')).toBeVisible()
  await expect(page.locator('#action-duplicate')).toBeHidden()
  await page.keyboard.press('Escape')
})

test('the reviewer finds it in the queue and publishes it: it is live on its site within seconds, and the editor is told', async ({ page, browser }, testInfo) => {
  const en = await adminStrings('en')
  await signIn(page, 'reviewer@victor.local')
  const queue = page.locator('section', { has: page.getByRole('heading', { name: new RegExp(escapeRegExp(en.victor('reviewQueueTitle', { count: '' }).replace('()', ''))) }) })
  await expect(queue.getByRole('row', { name: new RegExp(escapeRegExp(title)) })).toContainText('gr-prevention')
  await step(page, testInfo, 'review-queue')
  await queue.getByRole('link', { name: title }).click()
  await expect(page.locator('input[name="title"]')).toHaveValue(title)

  // The Publish button publishes the language on screen: the editor's Greek.
  await page.getByRole('button', { name: en.payload('version:publishIn', { locale: 'Ελληνικά' }) }).click()
  const published = Date.now()
  await expect(page.getByText(new RegExp(`^${escapeRegExp(en.victor('publishingToastLive', { site: 'gr-prevention', time: '' }).replace(/ at \.$/, ''))}`))).toBeVisible({ timeout: 20_000 })
  await expect(page.locator('.victor-publishing-status')).toContainText(`gr-prevention: ${en.victor('publishingLive', { time: '' }).trim()}`)
  await step(page, testInfo, 'published-and-live')

  const site = await page.context().newPage()
  await site.goto(siteUrl('gr-prevention', `/el/${slug}/`))
  await expect(site.locator('h1')).toHaveText(title)
  await expect(site.getByText('Σου ζητούν το διαβατήριό σου')).toBeVisible()
  expect(Date.now() - published).toBeLessThan(20_000)
  await step(site, testInfo, 'live-page')

  // The editor hears it in the admin: a notification in the header.
  const editorContext = await browser.newContext()
  const editor = await editorContext.newPage()
  await signIn(editor, 'editor-gr@victor.local')
  const el = await adminStrings('el')
  await expect(editor.locator('.victor-notifications__count')).toHaveText(/[1-9]/, { timeout: 20_000 })
  await editor.locator('.victor-notifications').click()
  await expect(editor.getByText(el.victor('noticeReviewPublished', { title, language: 'Ελληνικά', name: 'Reviewer' }))).toBeVisible()
  await step(editor, testInfo, 'editor-notified')
  await editorContext.close()
})

test('a translator translates it into Arabic and asks for a review of their language, in a right-to-left admin that fits the screen', async ({ page }, testInfo) => {
  const ar = await adminStrings('ar')
  await signIn(page, 'translator-ar@victor.local')
  await expect(page.locator('html')).toHaveAttribute('dir', /^rtl$/i)
  await page.goto(`${adminUrl}/admin/collections/pages/${pageId}?locale=ar`)
  const titleInput = page.locator('input[name="title"]')
  await expect(titleInput).toBeEditable()
  // Nothing sticks out of the screen sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(1)
  await titleInput.fill(arabicTitle)
  await page.locator('textarea[name="summary"]').fill('تعلّم كيف تميّز عرض العمل الحقيقي من الفخ.')
  await saved(page, (doc) => doc.title === arabicTitle, 'ar')
  await expect(publishButton(page)).toHaveCount(0)
  await page.getByRole('button', { name: ar.victor('reviewRequestAction') }).click()
  await page.getByRole('button', { name: ar.victor('reviewSend') }).click()
  await expect(page.getByText(ar.victor('reviewRequestSent', { language: 'العربية' }))).toBeVisible()
  await step(page, testInfo, 'translation-review-requested')
  const requests = await api(page, `/review-requests?where[document.value][equals]=${pageId}&where[status][equals]=open&depth=0`)
  expect(requests.docs.map((request: { locale: string }) => request.locale)).toEqual(['ar'])
})

test('the reviewer publishes the Arabic text alone: the Arabic pages of the site change, every other file stays byte-identical, and the Greek draft stays a draft', async ({
  page,
  browser,
}, testInfo) => {
  const en = await adminStrings('en')
  const home = (await (await page.request.get(`${adminUrl}/api/pages?where[slug][equals]=home&where[sites.siteId][equals]=gr-prevention&depth=0&locale=el`)).json()).docs[0] as {
    id: number
    title: string
  }
  const arabicHome = `ابقَ آمنًا في كل رحلة (${run})`
  const greekDraft = `Πρόχειρο που δεν εγκρίθηκε (${run})`
  // An Arabic translation waiting for review, and a Greek draft nobody approved, each by its author.
  const asPerson = async (email: string, work: (person: Page) => Promise<void>) => {
    const context = await browser.newContext()
    const person = await context.newPage()
    await signIn(person, email)
    await work(person)
    await context.close()
  }
  await asPerson('translator-ar@victor.local', async (translator) => {
    expect((await translator.request.patch(`${adminUrl}/api/pages/${home.id}?locale=ar&draft=true`, { data: { title: arabicHome } })).ok()).toBe(true)
    expect((await translator.request.post(`${adminUrl}/api/review-requests`, { data: { document: { relationTo: 'pages', value: home.id }, locale: 'ar' } })).ok()).toBe(true)
  })
  await asPerson('editor-gr@victor.local', async (editor) => {
    expect((await editor.request.patch(`${adminUrl}/api/pages/${home.id}?locale=el&draft=true`, { data: { title: greekDraft } })).ok()).toBe(true)
  })
  const live = path.join(CMS_E2E.output, 'sites', 'gr-prevention')
  const before = siteFiles(live)

  await signIn(page, 'reviewer@victor.local')
  await page.goto(`${adminUrl}/admin/collections/pages/${home.id}?locale=ar`)
  await expect(page.locator('input[name="title"]')).toHaveValue(arabicHome)
  await page.getByRole('button', { name: en.payload('version:publishIn', { locale: 'العربية' }) }).click()
  await expect(page.getByText(new RegExp(`^${escapeRegExp(en.victor('publishingToastLive', { site: 'gr-prevention', time: '§' }).split('§')[0])}`))).toBeVisible({ timeout: 20_000 })
  await step(page, testInfo, 'arabic-published-alone')

  await expect.poll(() => fs.readFileSync(path.join(live, 'ar', 'index.html'), 'utf8').includes(arabicHome), { timeout: 20_000 }).toBe(true)
  const after = siteFiles(live)
  const changed = Object.keys(after).filter((file) => after[file] !== before[file])
  expect(changed.length).toBeGreaterThan(0)
  // The Arabic pages, and the sitemap that dates them; nothing in Greek or English.
  expect(changed.filter((file) => !file.startsWith('ar/') && !file.startsWith('sitemap'))).toEqual([])
  expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort())
  const site = await page.context().newPage()
  await site.goto(siteUrl('gr-prevention', '/el/'))
  await expect(site.locator('h1')).toHaveText(home.title)
  expect((await api(page, `/pages/${home.id}?draft=true&depth=0&locale=el`)).title).toBe(greekDraft)
  const requests = await api(page, `/review-requests?where[document.value][equals]=${home.id}&where[locale][equals]=ar&sort=-createdAt&limit=1&depth=0`)
  expect(requests.docs[0].status).toBe('published')
  // The sidebar says where each language stands.
  await page.reload()
  const languages = page.locator('.victor-language-status')
  await expect(languages.locator('li[data-language="ar"]')).toContainText(en.victor('languageState_published'))
  await expect(languages.locator('li[data-language="el"]')).toContainText(en.victor('languageState_changed'))
  await step(page, testInfo, 'languages-panel')
  // Put back, so later runs against the same CMS start from the published Greek text.
  expect((await page.request.patch(`${adminUrl}/api/pages/${home.id}?locale=el&draft=true`, { data: { title: home.title } })).ok()).toBe(true)
})

test('the reviewer takes the Arabic text off the sites from the Languages panel: Arabic visitors get the page in another language with a notice, the Arabic draft is kept', async ({
  page,
}, testInfo) => {
  const en = await adminStrings('en')
  const home = (await (await page.request.get(`${adminUrl}/api/pages?where[slug][equals]=home&where[sites.siteId][equals]=gr-prevention&depth=0&locale=ar`)).json()).docs[0] as {
    id: number
    title: string
  }
  await signIn(page, 'reviewer@victor.local')
  await page.goto(`${adminUrl}/admin/collections/pages/${home.id}?locale=ar`)
  const arabic = page.locator('.victor-language-status li[data-language="ar"]')
  await arabic.getByRole('button', { name: en.victor('languageUnpublishAction', { language: 'العربية' }) }).click()
  await expect(arabic.getByRole('alert')).toHaveText(en.victor('languageUnpublishConfirm', { language: 'العربية' }))
  await step(page, testInfo, 'take-arabic-off-confirm')
  await arabic.getByRole('button', { name: en.victor('languageUnpublishYes', { language: 'العربية' }) }).click()
  await expect(page.getByText(en.victor('languageUnpublished', { language: 'العربية' }))).toBeVisible()
  await expect(arabic).toContainText(en.victor('languageState_draft'))
  await step(page, testInfo, 'arabic-off-the-sites')

  const site = await page.context().newPage()
  await expect
    .poll(
      async () => {
        await site.goto(siteUrl('gr-prevention', '/ar/'))
        return site.getByTestId('fallback-notice').count()
      },
      { timeout: 20_000 },
    )
    .toBe(1)
  // No search engine is told of an Arabic home any more (the language switcher still leads to the Arabic site).
  await site.goto(siteUrl('gr-prevention', '/el/'))
  await expect(site.locator('link[rel="alternate"][hreflang="ar"]')).toHaveCount(0)
  // Through the browser: Node's resolver knows no <site>.localhost.
  const sitemap = (await (await site.goto(siteUrl('gr-prevention', '/sitemap-0.xml')))?.text()) ?? ''
  // The sitemap names the site's own address (its base URL), whatever port serves it here.
  expect(sitemap).toMatch(/\/el\/<\/loc>/)
  expect(sitemap).not.toMatch(/\/ar\/<\/loc>|hreflang="ar" href="[^"]*\/ar\/"/)
  expect((await api(page, `/pages/${home.id}?draft=true&depth=0&locale=ar`)).title).toBe(home.title)

  // Published again, for later runs against the same CMS.
  await page.reload()
  await page.getByRole('button', { name: en.payload('version:publishIn', { locale: 'العربية' }) }).click()
  await expect(page.locator('.victor-language-status li[data-language="ar"]')).toContainText(en.victor('languageState_published'))
})

test('a publish whose render fails tells the publisher that the site was not updated, why, and which record to fix', async ({ page }, testInfo) => {
  const en = await adminStrings('en')
  await signIn(page, 'coordinator@victor.local')
  // A page with a picture, live on its site.
  const picture = fs.readFileSync(path.resolve(import.meta.dirname, '..', '..', '..', 'media', 'demo', 'dont-look-away.jpg'))
  const uploaded = await page.request.post(`${adminUrl}/api/media`, {
    multipart: { file: { name: `street-${run}.jpg`, mimeType: 'image/jpeg', buffer: picture }, _payload: JSON.stringify({ alt: 'A street at night' }) },
  })
  expect(uploaded.ok()).toBe(true)
  const media = (await uploaded.json()).doc as { id: number; filename: string }
  const site = (await api(page, '/sites?where[siteId][equals]=hu-demand-reduction&depth=0')).docs[0]
  const created = await page.request.post(`${adminUrl}/api/pages?locale=en`, {
    data: { title: `Signs on the street (${run})`, slug: `signs-on-the-street-${run}`, sites: [site.id], layout: [{ blockType: 'image', image: media.id }], _status: 'published' },
  })
  expect(created.ok()).toBe(true)
  const broken = (await created.json()).doc as { id: number }
  const visitor = await page.context().newPage()
  const livePage = siteUrl('hu-demand-reduction', `/en/signs-on-the-street-${run}/`)
  await expect.poll(async () => (await visitor.goto(livePage))?.status(), { timeout: 20_000 }).toBe(200)

  // Its file disappears from the server; then the coordinator publishes a change in the admin.
  const stored = path.join(CMS_E2E.dir, 'media', media.filename)
  const bytes = fs.readFileSync(stored)
  fs.rmSync(stored)
  // Put back at the end, so the site can be updated again by later runs against the same CMS.
  try {
    await page.goto(`${adminUrl}/admin/collections/pages/${broken.id}?locale=en`)
    const changed = `Signs on the street, again (${run})`
    await page.locator('input[name="title"]').fill(changed)
    // The draft has saved the change (autosave), so the publish is not lost in its round trip.
    await expect.poll(async () => (await api(page, `/pages/${broken.id}?draft=true&depth=0&locale=en`)).title, { timeout: 20_000 }).toBe(changed)
    await page.getByRole('button', { name: en.payload('version:publishIn', { locale: 'English' }) }).click()
    await expect(page.getByText(en.victor('publishingToastFailed', { site: 'hu-demand-reduction', reason: en.victor('siteBuildReason_files') }))).toBeVisible({ timeout: 20_000 })
    const status = page.locator('.victor-publishing-status')
    await expect(status).toContainText(en.victor('siteBuildReason_files'))
    await step(page, testInfo, 'render-failed')
    await status.getByRole('link', { name: new RegExp(`${escapeRegExp(en.victor('mediaItem'))} ${media.id}`) }).click()
    await expect(page).toHaveURL(new RegExp(`/admin/collections/media/${media.id}`))
    await step(page, testInfo, 'record-at-fault')
    // The live site kept the page as it was.
    await visitor.goto(livePage)
    await expect(visitor.locator('h1')).toHaveText(`Signs on the street (${run})`)
  } finally {
    fs.writeFileSync(stored, bytes)
  }
})

test('a Hungarian editor adds questions and answers to a page of their site and publishes it: the site shows them, each answer under its question', async ({ page }, testInfo) => {
  const hu = await adminStrings('hu')
  await signIn(page, 'editor-hu@victor.local')
  const [report] = (await api(page, '/pages?where[and][0][slug][equals]=how-to-report&where[and][1][sites.siteId][equals]=hu-demand-reduction&locale=hu&depth=0')).docs
  const index = (report.layout ?? []).length
  await page.goto(`${adminUrl}/admin/collections/pages/${report.id}?locale=hu`)
  await page.getByRole('button', { name: hu.payload('fields:addLabel').replace('{{label}}', hu.victor('block')) }).click()
  await page.getByRole('button', { name: hu.victor('blockFaq'), exact: true }).click()
  const question = `Mi van, ha tévedek? (${run})`
  await page.locator(`input[name="layout.${index}.heading"]`).fill('Gyakori kérdések')
  // The new block is the last one (an earlier run against the same CMS may have left one).
  await page
    .getByRole('button', { name: hu.payload('fields:addLabel').replace('{{label}}', hu.victor('blockQuestion')) })
    .last()
    .click()
  await page.locator(`input[name="layout.${index}.items.0.question"]`).fill(question)
  await page.locator(`textarea[name="layout.${index}.items.0.answer"]`).fill('Nem kell bizonyíték: minden bejelentést képzett munkatársak vizsgálnak meg.')
  await expect.poll(async () => (await api(page, `/pages/${report.id}?draft=true&depth=0&locale=hu`)).layout?.[index]?.items?.[0]?.question, { timeout: 20_000 }).toBe(question)
  await step(page, testInfo, 'faq-block-in-the-form')
  await page.getByRole('button', { name: hu.payload('version:publishIn', { locale: 'Magyar' }) }).click()
  await expect(page.getByText(new RegExp(`^${escapeRegExp(hu.victor('publishingToastLive', { site: 'hu-demand-reduction', time: '§' }).split('§')[0])}`))).toBeVisible({ timeout: 20_000 })

  const site = await page.context().newPage()
  await site.goto(siteUrl('hu-demand-reduction', '/hu/how-to-report/'))
  const faq = site.locator('.block-faq').last()
  await expect(faq.getByRole('heading', { level: 2 })).toHaveText('Gyakori kérdések')
  // The answer opens under its question, without JavaScript's help (<details>).
  await expect(faq.getByText('Nem kell bizonyíték')).toBeHidden()
  await faq.getByText(question).click()
  await expect(faq.getByText('Nem kell bizonyíték')).toBeVisible()
  await step(site, testInfo, 'faq-live')
})

test("an Arabic translator sends gr-prevention's texts to an agency as XLIFF and brings the translated file back: drafts in Arabic, nothing published", async ({ page }, testInfo) => {
  const ar = await adminStrings('ar')
  await signIn(page, 'translator-ar@victor.local')
  await page.goto(`${adminUrl}/admin?locale=ar`)
  const panel = page.locator('.victor-translation-files')
  await panel.getByLabel(ar.victor('xliffSite')).selectOption('gr-prevention')
  await panel.getByLabel(ar.victor('xliffOutdatedOnly')).uncheck()
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: ar.victor('xliffDownload') }).click()])
  expect(download.suggestedFilename()).toMatch(/gr-prevention.*ar.*\.xlf$/)
  const exported = fs.readFileSync(await download.path(), 'utf8')
  expect(exported).toContain('version="2.1"')
  expect(exported).toContain('trgLang="ar"')
  await step(page, testInfo, 'xliff-exported')

  // The agency's tool: every target it had, translated anew (the inline codes left where they are).
  const marker = `ترجمة الوكالة ${run}: `
  const translated = exported.replace(/<target xml:space="preserve">/g, `<target xml:space="preserve">${marker}`)
  const home = (await api(page, '/pages?where[slug][equals]=home&where[sites.siteId][equals]=gr-prevention&depth=0&locale=ar&draft=false')).docs[0]
  await panel.getByLabel(ar.victor('xliffImportFile')).setInputFiles({ name: 'gr-prevention-ar.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(translated) })
  await panel.getByRole('button', { name: ar.victor('xliffImport') }).click()
  await expect(panel.getByRole('status')).toContainText(ar.victor('xliffReport', { applied: '§', skipped: '§', refused: '§' }).split('§').at(-1)!.trim())
  await step(page, testInfo, 'xliff-imported')
  expect((await api(page, `/pages/${home.id}?draft=true&depth=0&locale=ar`)).title).toBe(`${marker}${home.title}`)
  // Drafts only: what the sites show in Arabic is as it was.
  expect((await api(page, `/pages/${home.id}?depth=0&locale=ar`)).title).toBe(home.title)
})
