import type { PayloadRequest } from 'payload'
import { translate } from '../i18n'
import { currentUser, userCountryIds } from '../access/roles'
import { relationId, relationIds } from '../utilities/relationId'

async function countryNames(req: PayloadRequest, ids: (number | string)[]): Promise<string> {
  if (ids.length === 0) return '-'
  const { docs } = await req.payload.find({
    collection: 'countries',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    locale: req.locale ?? undefined,
    req,
  })
  return docs.map((country) => country.name ?? country.code).join(', ')
}

/**
 * Validation for a `country` relationship: an editor may only choose one of their own countries.
 * Everyone else passes. Returns a message that names the editor's countries.
 */
export async function validateEditorCountry(value: unknown, req: PayloadRequest): Promise<true | string> {
  if (currentUser(req)?.role !== 'editor') return true
  const id = relationId(value)
  if (id === null) return true
  const own = userCountryIds(req)
  if (own.map(String).includes(String(id))) return true
  return translate(req.t, 'errorEditorCountry', { countries: await countryNames(req, own) })
}

/**
 * Validation for a `sites` relationship: an editor may only publish to sites of their own
 * countries, and so cannot change content that is also shown on other countries' sites.
 */
export async function validateEditorSites(value: unknown, req: PayloadRequest): Promise<true | string> {
  if (currentUser(req)?.role !== 'editor') return true
  const ids = relationIds(value)
  if (ids.length === 0) return true
  const own = userCountryIds(req).map(String)
  const { docs } = await req.payload.find({
    collection: 'sites',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    req,
  })
  const foreign = docs.filter((site) => !own.includes(String(relationId(site.country))))
  if (foreign.length === 0) return true
  return translate(req.t, 'errorEditorSites', {
    sites: foreign.map((site) => site.siteId).join(', '),
    countries: await countryNames(req, userCountryIds(req)),
  })
}
