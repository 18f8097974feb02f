import { RESERVED_PATHS } from '@victor/shared/snapshot'
import type { CollectionBeforeChangeHook, PayloadRequest, Where } from 'payload'
import { translate } from '../../i18n'
import { relationIds } from '../../utilities/relationId'
import { refuse } from '../../utilities/refuse'

async function otherPage(req: PayloadRequest, id: unknown, where: Where) {
  const { docs } = await req.payload.find({
    collection: 'pages',
    // Latest drafts count too: whichever is published first would break the other's site.
    draft: true,
    where: { and: [where, ...(id === undefined ? [] : [{ id: { not_equals: id } }])] },
    depth: 1,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return docs[0]
}

const siteNames = (page: { sites?: unknown }, ids: (number | string)[]) =>
  ((page.sites ?? []) as { id: number | string; siteId?: string }[])
    .filter((site) => ids.map(String).includes(String(site.id)))
    .map((site) => site.siteId)
    .join(', ')

/**
 * A page's address on each of its sites is its own, drafts included, so no publish can break a
 * site: not a path the sites use themselves, not another page's slug, one home page per site.
 */
export const checkPageAddress: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const slug = data.slug ?? originalDoc?.slug
  const role = data.role ?? originalDoc?.role
  const sites = relationIds(data.sites ?? originalDoc?.sites)
  const id = originalDoc?.id
  if (role === 'home') {
    const home = sites.length ? await otherPage(req, id, { and: [{ role: { equals: 'home' } }, { sites: { in: sites } }] }) : undefined
    if (home) refuse(req, 'pages', [{ path: 'role', label: translate(req.t, 'pageRole'), message: translate(req.t, 'errorSecondHomePage', { sites: siteNames(home, sites), title: home.title ?? home.slug }) }])
  }
  if (typeof slug !== 'string' || !slug) return data
  // The home page is at the site's root; its slug is only a name.
  if (role !== 'home' && RESERVED_PATHS.includes(slug)) {
    refuse(req, 'pages', [{ path: 'slug', label: translate(req.t, 'slug'), message: translate(req.t, 'errorSlugReserved', { value: slug, reserved: RESERVED_PATHS.filter((path) => !path.startsWith('_')).join(', ') }) }])
  }
  const taken = sites.length ? await otherPage(req, id, { and: [{ slug: { equals: slug } }, { sites: { in: sites } }] }) : undefined
  if (taken) refuse(req, 'pages', [{ path: 'slug', label: translate(req.t, 'slug'), message: translate(req.t, 'errorSlugTaken', { value: slug, title: taken.title ?? taken.slug, sites: siteNames(taken, sites) }) }])
  return data
}
