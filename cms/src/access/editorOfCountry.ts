import type { Access } from 'payload'
import { currentUser, userCountryIds } from './roles'

/**
 * Editors work on the content of their own countries only. `countryPath` is where the document
 * names its country: `country` on helplines, `sites.country` on pages and campaigns.
 */
export const editorOfCountry =
  (countryPath: string): Access =>
  ({ req }) => {
    if (currentUser(req)?.role !== 'editor') return false
    const countries = userCountryIds(req)
    if (countries.length === 0) return false
    return { [countryPath]: { in: countries } }
  }
