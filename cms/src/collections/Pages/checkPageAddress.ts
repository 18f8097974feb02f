import type { CollectionBeforeChangeHook, PayloadRequest, Where } from 'payload'
import { slugProblem } from '../../fields/slugRules'
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

interface PageAddress {
  id?: number | string
  slug?: unknown
  role?: unknown
  sites?: unknown
}

/**
 * What is wrong with a page's address on its sites, by field: not a path the sites use
 * themselves, not another page's slug (drafts included: whichever is published first would break
 * the other's site), one home page per site.
 */
export async function pageAddressProblems(req: PayloadRequest, page: PageAddress): Promise<{ slug?: string; role?: string }> {
  const { id, slug, role } = page
  const sites = relationIds(page.sites)
  const problems: { slug?: string; role?: string } = {}
  if (sites.length === 0) return problems
  if (role === 'home') {
    const home = await otherPage(req, id, { and: [{ role: { equals: 'home' } }, { sites: { in: sites } }] })
    if (home) problems.role = translate(req.t, 'errorSecondHomePage', { sites: siteNames(home, sites), title: home.title ?? home.slug })
  }
  if (typeof slug !== 'string' || !slug) return problems
  // The home page is at the site's root; its slug is only a name.
  const reserved = slugProblem(slug, { reservedPaths: role !== 'home' })
  if (reserved) {
    problems.slug = translate(req.t, reserved.key, reserved.vars)
    return problems
  }
  const taken = await otherPage(req, id, { and: [{ slug: { equals: slug } }, { sites: { in: sites } }] })
  if (taken) problems.slug = translate(req.t, 'errorSlugTaken', { value: slug, title: taken.title ?? taken.slug, sites: siteNames(taken, sites) })
  return problems
}

/** Refused at every save, drafts included, so no publish can break a site. */
export const checkPageAddress: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const problems = await pageAddressProblems(req, { id: originalDoc?.id, slug: data.slug ?? originalDoc?.slug, role: data.role ?? originalDoc?.role, sites: data.sites ?? originalDoc?.sites })
  const found = [
    ...(problems.role ? [{ path: 'role', label: translate(req.t, 'pageRole'), message: problems.role }] : []),
    ...(problems.slug ? [{ path: 'slug', label: translate(req.t, 'slug'), message: problems.slug }] : []),
  ]
  if (found.length) refuse(req, 'pages', found)
  return data
}

/** The same rule in the form, as the person types: the message stays beside the field until it is fixed. */
export const validatePageAddress =
  (field: 'slug' | 'role') =>
  async (value: unknown, { data, id, req }: { data: Partial<PageAddress>; id?: number | string; req: PayloadRequest }): Promise<string | true> =>
    (await pageAddressProblems(req, { ...data, id, [field]: value }))[field] ?? true
