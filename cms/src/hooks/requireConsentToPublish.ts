import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { translate } from '../i18n'
import { uploadReferences } from '../utilities/uploadReferences'

/**
 * A picture of a child who can be recognised is published only with a recorded consent: content
 * that uses one cannot go live until the consent is entered on the picture.
 */
export const requireConsentToPublish: CollectionBeforeChangeHook = async ({ collection, data, req }) => {
  if (collection.versions?.drafts && data._status !== 'published') return data
  const references = uploadReferences(collection.fields, data)
  if (references.length === 0) return data
  const ids = [...new Set(references.map((reference) => reference.id))]
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { and: [{ id: { in: ids } }, { publishable: { equals: false } }] },
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
    req,
  })
  if (docs.length === 0) return data
  const blocked = new Map(docs.map((media) => [String(media.id), media.filename ?? String(media.id)]))
  const errors = references
    .filter((reference) => blocked.has(String(reference.id)))
    .map((reference) => ({
      path: reference.path,
      message: translate(req.t, 'errorImageNeedsConsent', { file: blocked.get(String(reference.id)) }),
    }))
  throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
}
