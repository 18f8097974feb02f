/** Exact preview: a draft on its site, built by the site's own code, never in the public output. */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildPreview, previewsRoot } from '../../src/preview/buildPreview'
import { withLiveRefresh } from '../../src/preview/previewUrl'
import { createTestPayload, type TestContext } from '../support/testPayload'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestPayload()
})
afterAll(async () => {
  await ctx?.close()
})

it('shows an editor their draft exactly as the site will, in the chosen locale, without publishing it', async () => {
  const { docs } = await ctx.payload.find({ collection: 'pages', where: { slug: { equals: 'summer-jobs-abroad' } }, draft: true, limit: 1 })
  const editor = await ctx.user('editor-ro@victor.local')
  await ctx.payload.update({ collection: 'pages', id: docs[0].id, locale: 'ro', draft: true, data: { title: 'Previzualizare: joburi de vară' }, user: editor as never, overrideAccess: false })

  const preview = await buildPreview(ctx.payload, { pageId: docs[0].id, locale: 'ro', user: editor })
  expect(preview.pagePath).toBe('ro/summer-jobs-abroad/')
  const html = fs.readFileSync(path.join(previewsRoot(), preview.token, 'site', 'ro', 'summer-jobs-abroad', 'index.html'), 'utf8')
  expect(html).toContain('Previzualizare: joburi de vară')
  // Said to be a preview at the top, in the page's language.
  expect(html).toMatch(/<p class="preview-band" role="status">Previzualizare, nepublicat/)
  // The site's own layout: its quick exit and helplines band, links under the preview's address.
  expect(html).toContain('data-quick-exit')
  expect(html).toContain(`/preview/${preview.token}/ro/`)

  // Nothing reached the public output, and the page is still unpublished.
  expect(fs.existsSync(path.join(ctx.dir, 'output', 'sites'))).toBe(false)
  expect((await ctx.rest('GET', `/pages/${docs[0].id}`)).status).toBe(404)

  // The same draft again reuses the preview.
  expect((await buildPreview(ctx.payload, { pageId: docs[0].id, locale: 'ro', user: editor })).token).toBe(preview.token)
}, 120_000)

it('is refused to someone who may not read the draft', async () => {
  const { docs } = await ctx.payload.find({ collection: 'pages', where: { slug: { equals: 'summer-jobs-abroad' } }, draft: true, limit: 1 })
  await expect(buildPreview(ctx.payload, { pageId: docs[0].id, locale: 'ro', user: null as never })).rejects.toMatchObject({ status: 404 })
})

describe('in the admin', () => {
  it('has a Preview button and a Live Preview beside the form, on the address the admin was reached at', async () => {
    const { Pages } = await import('../../src/collections/Pages')
    const req = { payload: ctx.payload, headers: new Headers({ host: 'cms.example.org', 'x-forwarded-proto': 'https' }) } as never
    expect(await Pages.admin!.preview!({ id: 12 }, { locale: 'ro', req, token: null })).toBe('/preview/pages/12?locale=ro')
    const livePreview = Pages.admin!.livePreview!.url as (args: unknown) => string | null
    expect(livePreview({ data: { id: 12 }, locale: { code: 'el' }, req })).toBe('https://cms.example.org/preview/pages/12?locale=el')
    // A page not saved yet has nothing to preview.
    expect(livePreview({ data: {}, locale: { code: 'el' }, req })).toBeNull()
  })

  it('adds the live-reload script to a preview page, leading back only to a page preview address', () => {
    const html = '<!DOCTYPE html><html><body><main>Draft</main></body></html>'
    expect(withLiveRefresh(html, '/preview/pages/12?locale=ro&site=md-prevention')).toContain(
      '<script src="/preview-refresh.js" data-reload="/preview/pages/12?locale=ro&amp;site=md-prevention"></script></body>',
    )
    for (const elsewhere of ['https://evil.example/', '//evil.example/preview/pages/1?locale=ro', '/preview/pages/1?locale=ro"><script>alert(1)</script>', '/admin']) {
      expect(withLiveRefresh(html, elsewhere)).toBe(html)
    }
  })
})
