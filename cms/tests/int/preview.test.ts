/** Exact preview: a draft on its site, built by the site's own code, never in the public output. */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { buildPreview, previewsRoot } from '../../src/preview/buildPreview'
import { createTestPayload, type TestContext } from '../support/testPayload'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestPayload()
  process.env.VICTOR_OUTPUT_DIR = path.join(ctx.dir, 'output')
})
afterAll(async () => {
  delete process.env.VICTOR_OUTPUT_DIR
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
