/**
 * Email (password resets, account invitations) through any SMTP server: SMTP_URL, e.g.
 * smtps://user:password@mail.example.org:465, and EMAIL_FROM_ADDRESS (EMAIL_FROM_NAME optional).
 * Without SMTP_URL, Payload writes each email to the server log instead (fine on a laptop; an
 * operator must set SMTP_URL before anyone relies on "Forgot password").
 */
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

export class EmailConfigurationError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'EmailConfigurationError'
  }
}

export function emailAdapter(env: Record<string, string | undefined> = process.env): Promise<EmailAdapter> | undefined {
  const url = env.SMTP_URL
  if (!url) return undefined
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new EmailConfigurationError('SMTP_URL is not a URL: expected smtp://user:password@host:587 or smtps://user:password@host:465')
  }
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') {
    throw new EmailConfigurationError(`SMTP_URL must start with smtp:// or smtps://, not ${parsed.protocol}//`)
  }
  const from = env.EMAIL_FROM_ADDRESS
  if (!from || !/^[^@\s]+@[^@\s]+$/.test(from)) {
    throw new EmailConfigurationError('EMAIL_FROM_ADDRESS must be set to the address emails are sent from (e.g. no-reply@victor.example.org) when SMTP_URL is set')
  }
  return nodemailerAdapter({
    defaultFromAddress: from,
    defaultFromName: env.EMAIL_FROM_NAME || 'VICTOR CMS',
    transport: nodemailer.createTransport(url),
  })
}
