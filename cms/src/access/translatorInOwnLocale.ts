import type { Access } from 'payload'
import { currentUser } from './roles'

/**
 * Translators may save a document only in a locale they translate into. Which fields they may
 * change is decided per field (see lockSharedFieldsForTranslators): only localized ones.
 */
export const translatorInOwnLocale: Access = ({ req }) => {
  const user = currentUser(req)
  if (user?.role !== 'translator') return false
  return typeof req.locale === 'string' && (user.translationLocales ?? []).includes(req.locale)
}
