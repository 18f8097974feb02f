import type { CollectionBeforeChangeHook } from 'payload'
import { translate } from '../../i18n'
import { refuse } from '../../utilities/refuse'

/** Every news item has an address of its own on the hub (/news/<slug>/), drafts included. */
export const checkNewsAddress: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const slug = data.slug ?? originalDoc?.slug
  if (typeof slug !== 'string' || !slug) return data
  const id = originalDoc?.id
  const { docs } = await req.payload.find({
    collection: 'news',
    draft: true,
    where: { and: [{ slug: { equals: slug } }, ...(id === undefined ? [] : [{ id: { not_equals: id } }])] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  if (docs[0]) refuse(req, 'news', [{ path: 'slug', label: translate(req.t, 'slug'), message: translate(req.t, 'errorNewsSlugTaken', { value: slug, title: docs[0].title ?? slug }) }])
  return data
}
