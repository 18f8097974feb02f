/**
 * Email through SMTP: "Forgot password" sends a reset link from the configured address. Its own
 * file: the config reads SMTP_URL when it is loaded. A local SMTP server (smtp-server) receives.
 */
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emailAdapter } from '../../src/email'
import { createTestPayload, type TestContext } from '../support/testPayload'

const received: string[] = []
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, _session, callback) {
    let message = ''
    stream.on('data', (chunk) => (message += chunk))
    stream.on('end', () => {
      received.push(message)
      callback()
    })
  },
})
let ctx: TestContext

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`
  process.env.EMAIL_FROM_ADDRESS = 'no-reply@victor.test'
  process.env.PAYLOAD_PUBLIC_SERVER_URL = 'https://cms.victor.test'
  ctx = await createTestPayload()
})
afterAll(async () => {
  await ctx?.close()
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
  for (const name of ['SMTP_URL', 'EMAIL_FROM_ADDRESS', 'PAYLOAD_PUBLIC_SERVER_URL']) delete process.env[name]
})

describe('email', () => {
  it('sends a password reset link from the configured address when someone forgot their password', async () => {
    const response = await ctx.rest('POST', '/users/forgot-password', { body: { email: 'editor-ro@victor.local' } })
    expect(response.status).toBe(200)
    await expect.poll(() => received.length, { timeout: 10_000 }).toBe(1)
    const message = received[0].replace(/=\r?\n/g, '')
    expect(message, message).toMatch(/^From: "?VICTOR CMS"? <no-reply@victor\.test>/m)
    expect(message).toMatch(/^To: <?editor-ro@victor\.local>?/m)
    expect(message).toMatch(/https:\/\/cms\.victor\.test\/admin\/reset\/[0-9a-f]{20,}/)
  })

  it('tells the person who asked for a review how it ended, and the coordinators when a site could not be updated', async () => {
    const site = (await ctx.payload.find({ collection: 'sites', where: { siteId: { equals: 'md-prevention' } }, limit: 1 })).docs[0]
    const editor = await ctx.login('editor-md@victor.local')
    const created = await ctx.rest('POST', '/pages?locale=ro&draft=true', { token: editor, body: { title: 'Oferte false', slug: 'oferte-false', sites: [site.id], _status: 'draft' } })
    const page = ((await created.json()) as { doc: { id: number } }).doc
    const asked = await ctx.rest('POST', '/review-requests', { token: editor, body: { document: { relationTo: 'pages', value: page.id }, locale: 'ro', note: 'Gata de verificat.' } })
    const request = ((await asked.json()) as { doc: { id: number } }).doc
    await ctx.rest('PATCH', `/review-requests/${request.id}`, { token: await ctx.login('reviewer@victor.local'), body: { status: 'sent-back', response: 'Add the helpline, please.' } })
    received.length = 0
    await ctx.payload.jobs.run()
    await expect.poll(() => received.filter((mail) => /^To: <?editor-md@victor\.local>?/m.test(mail)).length, { timeout: 10_000 }).toBe(1)
    const mail = received.find((item) => /^To: <?editor-md@victor\.local>?/m.test(item))!.replace(/=\r?\n/g, '')
    expect(mail).toContain('Add the helpline, please.')
    expect(mail).toContain(`https://cms.victor.test/admin/collections/pages/${page.id}?locale=3Dro`)
    // The reviewer heard of the request.
    expect(received.some((item) => /^To: <?reviewer@victor\.local>?/m.test(item))).toBe(true)

    received.length = 0
    ctx.payload.config.custom.siteBuilder = async () => {
      throw new Error('disk full')
    }
    await ctx.rest('POST', `/sites/${site.id}/rebuild`, { token: await ctx.login('coordinator@victor.local') })
    await ctx.payload.jobs.run({ queue: 'site-builds' })
    await ctx.payload.jobs.run()
    await expect.poll(() => received.filter((item) => /^To: <?coordinator@victor\.local>?/m.test(item)).length, { timeout: 10_000 }).toBe(1)
    expect(received.find((item) => /^To: <?coordinator@victor\.local>?/m.test(item))).toMatch(/md-prevention/)
  })

  it('refuses a configuration that could not send, naming the variable', () => {
    expect(() => emailAdapter({ SMTP_URL: 'mail.example.org' })).toThrow(/SMTP_URL is not a URL/)
    expect(() => emailAdapter({ SMTP_URL: 'https://mail.example.org' })).toThrow(/SMTP_URL must start with smtp:\/\/ or smtps:\/\//)
    expect(() => emailAdapter({ SMTP_URL: 'smtp://mail.example.org:587' })).toThrow(/EMAIL_FROM_ADDRESS must be set/)
    expect(emailAdapter({})).toBeUndefined()
  })
})
