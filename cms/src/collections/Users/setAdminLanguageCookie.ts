import type { CollectionAfterLoginHook } from 'payload'

const ONE_YEAR = 60 * 60 * 24 * 365

/**
 * Signing in opens the admin in the person's own language: Payload reads its language cookie
 * before the browser's Accept-Language, so the login response sets it from the profile.
 */
export const setAdminLanguageCookie: CollectionAfterLoginHook = ({ req, user }) => {
  const language = (user as { language?: string }).language
  if (!language || !(language in req.payload.config.i18n.supportedLanguages)) return user
  const name = `${req.payload.config.cookiePrefix || 'payload'}-lng`
  req.responseHeaders ??= new Headers()
  req.responseHeaders.append('Set-Cookie', `${name}=${language}; Path=/; Max-Age=${ONE_YEAR}; SameSite=Lax`)
  return user
}
