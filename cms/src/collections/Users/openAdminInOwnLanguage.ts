import type { CollectionAfterLoginHook } from 'payload'
import { isLocaleCode } from '@victor/shared'

const ONE_YEAR = 60 * 60 * 24 * 365

/**
 * Signing in opens the admin in the person's own language, and on first sign-in starts them on
 * content in that language (a translator: their first translation language). Payload reads its
 * language cookie before the browser's Accept-Language, so the login response sets it from the
 * profile; the content locale is Payload's own per-user `locale` preference, which the person can
 * change at any time and which is never overwritten afterwards.
 */
export const openAdminInOwnLanguage: CollectionAfterLoginHook = async ({ collection, req, user }) => {
  const { language, translationLocales } = user as { language?: string; translationLocales?: string[] }
  if (language && language in req.payload.config.i18n.supportedLanguages) {
    const name = `${req.payload.config.cookiePrefix || 'payload'}-lng`
    req.responseHeaders ??= new Headers()
    req.responseHeaders.append('Set-Cookie', `${name}=${language}; Path=/; Max-Age=${ONE_YEAR}; SameSite=Lax`)
  }

  const contentLocale = translationLocales?.[0] ?? (language === 'rs' ? 'sr' : language)
  if (!isLocaleCode(contentLocale)) return user
  const { totalDocs } = await req.payload.count({
    collection: 'payload-preferences',
    where: {
      and: [{ key: { equals: 'locale' } }, { 'user.relationTo': { equals: collection.slug } }, { 'user.value': { equals: user.id } }],
    },
    req,
  })
  if (totalDocs === 0) {
    await req.payload.create({
      collection: 'payload-preferences',
      data: { key: 'locale', user: { relationTo: collection.slug as 'users', value: user.id }, value: contentLocale },
      req,
    })
  }
  return user
}
