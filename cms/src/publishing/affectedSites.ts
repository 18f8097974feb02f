/**
 * Which sites a change to a document affects: a page or campaign its sites, a helpline or an
 * information desk every site of its country (and the hub, which lists them all), partners,
 * events and news the hub, a picture or file the sites whose content uses it, a site's settings
 * that site. The hub also offers every site's widgets (its embed page): a site's settings, its
 * campaigns and a page with a signs checklist affect it too. Only what visitors can see counts:
 * saving a draft of published content affects nothing.
 */
import type { CollectionSlug, PayloadRequest, Where } from 'payload'
import { localeCodes } from '@victor/shared'
import { relationId, relationIds } from '../utilities/relationId'
import { keepingLocale } from '../utilities/keepingLocale'
import { uploadReferences } from '../utilities/uploadReferences'

type Doc = Record<string, any> & { id: number | string }

const HUB = 'hub'

export interface Change {
  collection: CollectionSlug
  doc: Doc
  previousDoc?: Doc | null
  operation: 'create' | 'update' | 'delete'
}

/** Whether a change alters what visitors can see (drafts of published content do not). */
export async function isPublicChange(req: PayloadRequest, change: Change): Promise<boolean> {
  const config = req.payload.collections[change.collection]?.config
  if (!config?.versions?.drafts) return true
  if (change.operation === 'delete') return change.doc._status === 'published'
  if (change.doc._status === 'published') return true
  if (change.previousDoc?._status !== 'published') return false
  // Published before, a draft now: an unpublish, or only a draft saved on top of it?
  const live = await req.payload
    .findByID({ collection: change.collection, id: change.doc.id, draft: false, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  return (live as Doc | null)?._status !== 'published'
}

export async function affectedSiteIds(req: PayloadRequest, change: Change): Promise<string[]> {
  if (!(await isPublicChange(req, change))) return []
  const { doc, previousDoc } = change
  const both = (field: string) => [...relationIds(doc[field]), ...relationIds(previousDoc?.[field])]
  const one = (field: string) => [relationId(doc[field]), relationId(previousDoc?.[field])].filter((id) => id !== null)

  const siteIdsWhere = async (where: Where) => {
    const { docs } = await req.payload.find({ collection: 'sites', where, depth: 0, pagination: false, overrideAccess: true, req })
    return docs.map((site) => site.siteId as string)
  }
  const sitesById = (ids: (number | string)[]) => (ids.length ? siteIdsWhere({ id: { in: ids } }) : Promise.resolve([]))
  const sitesOfCountries = (ids: (number | string)[]) => (ids.length ? siteIdsWhere({ country: { in: ids } }) : Promise.resolve([]))

  let sites: string[]
  switch (change.collection) {
    case 'pages':
      // The hub's embed page offers a site's signs card when one of its pages has a checklist.
      sites = [...(await sitesById(both('sites'))), ...(hasSignsChecklist(doc) || hasSignsChecklist(previousDoc) ? [HUB] : [])]
      break
    case 'campaigns':
      // ... and its campaign banner when it has a campaign.
      sites = [...(await sitesById(both('sites'))), HUB]
      break
    case 'helplines':
    case 'info-desks':
    case 'partners':
      sites = [...(await sitesOfCountries(one('country'))), HUB]
      break
    case 'events':
    case 'news':
      sites = [HUB]
      break
    case 'resources':
      sites = [HUB, ...(await sitesUsing(req, 'resource', doc.id))]
      break
    case 'media':
      sites = await sitesUsing(req, 'media', doc.id)
      break
    case 'sites':
      // A deleted site has nothing left to build (taking it offline is the host's business).
      // The hub's embed page lists every site with its name and languages.
      sites = change.operation === 'delete' ? [HUB] : [doc.siteId, previousDoc?.siteId, HUB].filter(Boolean)
      break
    case 'countries':
      sites = [...(await sitesOfCountries([doc.id])), HUB]
      break
    default:
      sites = []
  }
  return [...new Set(sites)].sort()
}

/** Sites whose published content refers to a picture or file, or offers a resource. */
async function sitesUsing(req: PayloadRequest, kind: 'media' | 'resource', id: number | string): Promise<string[]> {
  // Layouts, meta images and resource files differ per language: a picture used in one language
  // only must still be found when it is edited in another. One query per language, no adapter
  // tricks; `keep` looks into each language's own version of a document.
  const find = (collection: CollectionSlug, where: Where, keep: (doc: Doc) => boolean = () => true) =>
    keepingLocale(req, async () => {
      const found = new Map<string, Doc>()
      for (const locale of localeCodes) {
        const { docs } = await req.payload.find({ collection, where, locale, depth: 0, pagination: false, overrideAccess: true, req })
        for (const doc of docs as Doc[]) if (keep(doc)) found.set(String(doc.id), doc)
      }
      return [...found.values()]
    })
  const siteIds = new Set<string>()
  const addSites = async (where: Where) => {
    const { docs } = await req.payload.find({ collection: 'sites', where, depth: 0, pagination: false, overrideAccess: true, req })
    for (const site of docs) siteIds.add(site.siteId as string)
  }
  const addSitesById = async (ids: (number | string)[]) => ids.length && (await addSites({ id: { in: ids } }))
  // Several block types have a field named `image`, and a query on `layout.image` reaches none of
  // them here (nor does `in` on the block type): candidates by block type, references read from
  // the documents.
  const pageFields = req.payload.collections.pages.config.fields
  const pages =
    kind === 'media'
      ? await find('pages', { or: [{ 'meta.image': { equals: id } }, { 'layout.blockType': { equals: 'image' } }, { 'layout.blockType': { equals: 'story' } }] }, (page) =>
          uploadReferences(pageFields, page).some((reference) => String(reference.id) === String(id)),
        )
      : await find('pages', { 'layout.blockType': { equals: 'resourceDownload' } }, (page) =>
          (page.layout as Doc[]).some((block) => block.blockType === 'resourceDownload' && String(relationId(block.resource)) === String(id)),
        )
  await addSitesById(pages.flatMap((page) => relationIds(page.sites)))
  if (kind === 'media') {
    const campaigns = await find('campaigns', { keyVisual: { equals: id } })
    await addSitesById(campaigns.flatMap((campaign) => relationIds(campaign.sites)))
    const hubUses = await Promise.all([
      find('partners', { logo: { equals: id } }),
      find('resources', { file: { equals: id } }),
      find('news', { image: { equals: id } }),
    ])
    if (hubUses.some((docs) => docs.length)) siteIds.add(HUB)
    const partners = hubUses[0]
    const countries = partners.map((partner) => relationId(partner.country)).filter((country) => country !== null)
    if (countries.length) await addSites({ country: { in: countries } })
  }
  return [...siteIds]
}

/** A page with a "signs to recognise" checklist (its blocks in the saved language, or in all of them). */
function hasSignsChecklist(page: Doc | null | undefined): boolean {
  const layout = page?.layout as { blockType?: string }[] | Record<string, { blockType?: string }[] | null> | undefined
  const blocks = Array.isArray(layout) ? layout : Object.values(layout ?? {}).flatMap((inLocale) => inLocale ?? [])
  return blocks.some((block) => block.blockType === 'signsChecklist')
}
