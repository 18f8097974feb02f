import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'
import { localeCodes } from '@victor/shared'
import { translate } from '../i18n'
import { publishingLanguage } from '../publishing/languagePublishing'
import { keepingLocale } from '../utilities/keepingLocale'
import { refuse } from '../utilities/refuse'
import { uploadReferences, type UploadReference } from '../utilities/uploadReferences'

/**
 * A picture of a child who can be recognised is published only with a recorded consent: content
 * that uses one cannot go live until the consent is entered on the picture.
 */
export const requireConsentToPublish: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  if (collection.versions?.drafts && data._status !== 'published') return data
  const references: (UploadReference & { locale?: string })[] = uploadReferences(collection.fields, data)
  // Publishing every language puts the others' latest drafts live: their pictures count too. A
  // language published on its own leaves the others as they were last published, consent checked then.
  if (originalDoc?.id !== undefined && !publishingLanguage(req)) {
    await keepingLocale(req, async () => {
      for (const locale of localeCodes.filter((code) => code !== req.locale)) {
        const other = await req.payload.findByID({ collection: collection.slug as CollectionSlug, id: originalDoc.id, locale, fallbackLocale: false, draft: true, depth: 0, overrideAccess: true, req })
        references.push(...uploadReferences(collection.fields, other).map((reference) => ({ ...reference, locale })))
      }
    })
  }
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
      message: `${translate(req.t, 'errorImageNeedsConsent', { file: blocked.get(String(reference.id)) })}${'locale' in reference ? ` (${reference.locale})` : ''}`,
    }))
  refuse(req, collection.slug, errors)
}
