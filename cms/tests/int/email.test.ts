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

  it('refuses a configuration that could not send, naming the variable', () => {
    expect(() => emailAdapter({ SMTP_URL: 'mail.example.org' })).toThrow(/SMTP_URL is not a URL/)
    expect(() => emailAdapter({ SMTP_URL: 'https://mail.example.org' })).toThrow(/SMTP_URL must start with smtp:\/\/ or smtps:\/\//)
    expect(() => emailAdapter({ SMTP_URL: 'smtp://mail.example.org:587' })).toThrow(/EMAIL_FROM_ADDRESS must be set/)
    expect(emailAdapter({})).toBeUndefined()
  })
})
