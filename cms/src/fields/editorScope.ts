import type { FieldHook, PayloadRequest } from 'payload'
import { currentUser, userCountryIds } from '../access/roles'
import { translate } from '../i18n'
import { relationId, relationIds } from '../utilities/relationId'
import { refuse } from '../utilities/refuse'

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
 * An editor may only choose one of their own countries. A hook, not a validation, because Payload
 * does not validate drafts, and editors mostly save drafts.
 */
export const keepEditorInOwnCountry: FieldHook = async ({ value, req, collection, path }) => {
  if (currentUser(req)?.role !== 'editor') return value
  const id = relationId(value)
  if (id === null) return value
  const own = userCountryIds(req)
  if (own.map(String).includes(String(id))) return value
  refuse(req, collection?.slug, [{ path: path.join('.'), label: translate(req.t, 'country'), message: translate(req.t, 'errorEditorCountry', { countries: await countryNames(req, own) }) }])
}

/**
 * An editor may only show content on sites of their own countries, and so cannot change content
 * that is also shown on other countries' sites.
 */
export const keepEditorOnOwnSites: FieldHook = async ({ value, req, collection, path }) => {
  if (currentUser(req)?.role !== 'editor') return value
  const ids = relationIds(value)
  if (ids.length === 0) return value
  const own = userCountryIds(req).map(String)
  const { docs } = await req.payload.find({
    collection: 'sites',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    req,
  })
  const foreign = docs.filter((site) => !own.includes(String(relationId(site.country))))
  if (foreign.length === 0) return value
  const message = translate(req.t, 'errorEditorSites', { sites: foreign.map((site) => site.siteId).join(', '), countries: await countryNames(req, userCountryIds(req)) })
  refuse(req, collection?.slug, [{ path: path.join('.'), label: translate(req.t, 'sites'), message }])
}

/** An editor's copy of a document keeps only the sites of their own countries. */
export const ownSitesOnly: FieldHook = async ({ value, req }) => {
  if (currentUser(req)?.role !== 'editor') return value
  const ids = relationIds(value)
  if (ids.length === 0) return value
  const { docs } = await req.payload.find({
    collection: 'sites',
    where: { and: [{ id: { in: ids } }, { country: { in: userCountryIds(req) } }] },
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
    req,
  })
  return docs.map((site) => site.id)
}
