/**
 * Telling people what happened to their work: a notification in the admin, in the recipient's own
 * admin language, and an email when SMTP is configured (sent by a job after the change is saved,
 * so a slow or failing mail server never holds up or undoes a save).
 */
import { initI18n, type I18n } from '@payloadcms/translations'
import type { Payload, PayloadRequest, TaskConfig } from 'payload'
import type { NotificationKind } from '../collections/Notifications'
import { translate, type VictorKey } from '../i18n'

export interface Notice {
  kind: NotificationKind
  /** The message, with its {{placeholders}}. */
  key: VictorKey
  vars: Record<string, string>
  /** Where in the admin to look: `/collections/pages/12?locale=bg`. */
  link?: string
}

const i18nByLanguage = new Map<string, Promise<I18n>>()
/** Payload's i18n for a person's admin language (English when Payload has not got it). */
export function i18nFor(payload: Payload, language: string | null | undefined): Promise<I18n> {
  const known = language && language in payload.config.i18n.supportedLanguages ? language : 'en'
  if (!i18nByLanguage.has(known)) i18nByLanguage.set(known, initI18n({ config: payload.config.i18n, context: 'api', language: known as never }))
  return i18nByLanguage.get(known)!
}

/** A message in someone's admin language, for notifications and emails. */
export async function translateFor(payload: Payload, language: string | null | undefined, key: VictorKey, vars?: Record<string, unknown>): Promise<string> {
  return translate((await i18nFor(payload, language ?? 'en')).t as never, key, vars)
}

export const emailConfigured = () => Boolean(process.env.SMTP_URL)

/** The admin's own address, for links in emails. */
function adminUrl(payload: Payload, link: string): string {
  const server = payload.config.serverURL || process.env.PAYLOAD_PUBLIC_SERVER_URL || `http://localhost:${process.env.PORT ?? 3000}`
  return `${server.replace(/\/$/, '')}${payload.config.routes.admin}${link}`
}

/** Notifies each person once, in the admin and, with `email`, by email; no one for a system change. */
export async function notify(req: PayloadRequest, recipients: (number | string | null | undefined)[], notice: Notice, options: { email?: boolean; inAdmin?: boolean } = {}): Promise<void> {
  const ids = [...new Set(recipients.filter((id): id is number | string => id !== null && id !== undefined).map(String))]
  if (ids.length === 0) return
  const { docs: people } = await req.payload.find({ collection: 'users', where: { id: { in: ids } }, depth: 0, limit: ids.length, overrideAccess: true, req })
  for (const person of people) {
    const message = await translateFor(req.payload, person.language, notice.key, notice.vars)
    if (options.inAdmin !== false) {
      await req.payload.create({ collection: 'notifications', data: { recipient: person.id, kind: notice.kind, message, link: notice.link, read: false }, overrideAccess: true, req })
    }
    if (options.email && emailConfigured() && person.email) {
      const text = notice.link ? `${message}\n\n${adminUrl(req.payload, notice.link)}\n` : `${message}\n`
      await req.payload.jobs.queue({ task: 'sendEmail', input: { to: person.email, subject: `VICTOR: ${message.slice(0, 120)}`, text }, req } as never)
    }
  }
}

/** The job that sends one email; retried when the mail server does not answer. */
export const sendEmailTask: TaskConfig<{ input: { to: string; subject: string; text: string }; output: object }> = {
  slug: 'sendEmail',
  retries: 5,
  inputSchema: [
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
  ],
  handler: async ({ input, req }) => {
    await req.payload.sendEmail({ to: input.to, subject: input.subject, text: input.text })
    return { output: {} }
  },
}
