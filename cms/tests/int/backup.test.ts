/**
 * Backup and restore as an operator runs them: a backup taken while the CMS runs, then lost
 * content, then a restore brings everything back and keeps what it replaced.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { backup, BackupError, restore } from '../../src/backup'
import { sqliteFile } from '../../src/database'
import { createTestPayload, type TestContext } from '../support/testPayload'

let ctx: TestContext
beforeAll(async () => {
  ctx = await createTestPayload()
  process.env.VICTOR_DATA_DIR = path.join(ctx.dir, 'data')
  fs.mkdirSync(process.env.VICTOR_DATA_DIR, { recursive: true })
  fs.writeFileSync(path.join(process.env.VICTOR_DATA_DIR, '.payload-secret'), 'the-secret')
})
afterAll(async () => {
  delete process.env.VICTOR_DATA_DIR
  await ctx?.close()
})

it('backs up the database, uploads and secret, and a restore brings lost content back', async () => {
  const pages = (await ctx.payload.count({ collection: 'pages' })).totalDocs
  const { dir, manifest } = await backup(ctx.payload, path.join(ctx.dir, 'backups'))
  expect(manifest).toMatchObject({ database: 'sqlite', secret: true, migration: expect.stringMatching(/^2026/) })
  expect(manifest.documents.pages).toBe(pages)
  expect(manifest.mediaFiles).toBeGreaterThan(0)
  expect(fs.readdirSync(path.join(dir, 'media')).length).toBeGreaterThan(0)

  // Content lost after the backup: a page deleted, an upload gone.
  const { docs } = await ctx.payload.find({ collection: 'pages', limit: 1, depth: 0 })
  await ctx.payload.delete({ collection: 'pages', id: docs[0].id, context: { skipSiteBuilds: true } })
  const upload = fs.readdirSync(process.env.MEDIA_DIR!).find((name) => fs.statSync(path.join(process.env.MEDIA_DIR!, name)).isFile())!
  fs.rmSync(path.join(process.env.MEDIA_DIR!, upload))
  await ctx.payload.destroy()

  const { movedAside } = await restore(dir)
  expect(movedAside.some((file) => file.startsWith(`${sqliteFile()}.before-restore-`))).toBe(true)
  expect(fs.existsSync(path.join(process.env.MEDIA_DIR!, upload))).toBe(true)

  const { getPayload } = await import('payload')
  const payload = await getPayload({ config: ctx.config, cron: false, key: 'after-restore' })
  expect((await payload.count({ collection: 'pages' })).totalDocs).toBe(pages)
  expect(await payload.findByID({ collection: 'pages', id: docs[0].id, depth: 0, disableErrors: true })).not.toBeNull()
  await payload.destroy()
}, 60_000)

it('refuses a folder that is not a backup, and changes nothing', async () => {
  const before = fs.statSync(sqliteFile()).mtimeMs
  await expect(restore(ctx.dir)).rejects.toThrow(BackupError)
  await expect(restore(ctx.dir)).rejects.toThrow(/is not a backup: it has no backup.json/)
  expect(fs.statSync(sqliteFile()).mtimeMs).toBe(before)
})
