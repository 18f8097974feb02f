import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { translate } from '../../i18n'
import { refuse } from '../../utilities/refuse'

/** Every news item has an address of its own on the hub (/news/<slug>/), drafts included. */
async function newsAddressProblem(req: PayloadRequest, id: number | string | undefined, slug: unknown): Promise<string | undefined> {
  if (typeof slug !== 'string' || !slug) return undefined
  const { docs } = await req.payload.find({
    collection: 'news',
    draft: true,
    where: { and: [{ slug: { equals: slug } }, ...(id === undefined ? [] : [{ id: { not_equals: id } }])] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return docs[0] ? translate(req.t, 'errorNewsSlugTaken', { value: slug, title: docs[0].title ?? slug }) : undefined
}

export const checkNewsAddress: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const problem = await newsAddressProblem(req, originalDoc?.id, data.slug ?? originalDoc?.slug)
  if (problem) refuse(req, 'news', [{ path: 'slug', label: translate(req.t, 'slug'), message: problem }])
  return data
}

/** The same rule in the form, beside the field. */
export const validateNewsAddress = async (value: unknown, { id, req }: { id?: number | string; req: PayloadRequest }): Promise<string | true> => (await newsAddressProblem(req, id, value)) ?? true
