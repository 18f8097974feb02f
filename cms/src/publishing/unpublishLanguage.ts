/**
 * POST /api/<collection>/:id/unpublish-language?locale=ar: takes one language of a document off the
 * sites (a translation withdrawn) and leaves the others live as they are. The live document loses
 * that language's texts; the drafts, that language's included, stay as they were, so it can be
 * mended and published again. Allowed to whoever may publish the document in that language.
 *
 * Written as Payload's own "Publish in <language>" writes (a published version, then the latest
 * drafts as a snapshot version), so a later publish of another language, which starts from the
 * last published version, does not bring the withdrawn texts back.
 */
import { getLocale, isLocaleCode } from '@victor/shared'
import { commitTransaction, docAccessOperation, initTransaction, killTransaction, saveVersion, type CollectionSlug, type Endpoint } from 'payload'
import type { Doc } from '../export/snapshotForms'
import { publishingRefusal } from '../hooks/requireReviewToPublish'
import { translate } from '../i18n'
import { keepingLocale } from '../utilities/keepingLocale'
import { siteAudiences } from '../utilities/siteAudiences'
import { languageValues, lastPublished, latestDrafts, withoutLanguage } from './languagePublishing'
import { rebuild } from './rebuildAffectedSites'

const problem = (message: string, status: number) => Response.json({ errors: [{ message }] }, { status })

export function unpublishLanguageEndpoint(slug: CollectionSlug): Endpoint {
  return {
    path: '/:id/unpublish-language',
    method: 'post',
    handler: async (req) => {
      const locale = req.searchParams.get('locale')
      if (!isLocaleCode(locale)) return problem(translate(req.t, 'errorUnknownLanguage', { value: String(locale ?? '') }), 400)
      const id = String(req.routeParams?.id ?? '')
      const collection = req.payload.collections[slug]
      const exists = await req.payload.findByID({ collection: slug, id, depth: 0, draft: true, overrideAccess: false, user: req.user, req, disableErrors: true }).catch(() => null)
      if (!exists) return problem(translate(req.t, 'errorDocumentNotFound'), 404)
      const access = await docAccessOperation({ id, collection, req })
      if (!access.update) return problem(translate(req.t, 'errorLanguageUnpublishNotAllowed'), 403)

      const shouldCommit = await initTransaction(req)
      try {
        const published = await lastPublished(req, slug, id)
        const refused = publishingRefusal(req, await siteAudiences(req, published?.sites ?? (exists as { sites?: unknown }).sites))
        if (refused) {
          if (shouldCommit) await killTransaction(req)
          return problem(refused, 403)
        }
        const { flattenedFields } = collection.config
        if (!published || Object.keys(languageValues(flattenedFields, published, locale)).length === 0) {
          if (shouldCommit) await killTransaction(req)
          return problem(translate(req.t, 'errorLanguageNotPublished', { language: getLocale(locale).nativeName }), 400)
        }
        const drafts = await latestDrafts(req, slug, id)
        const { id: _id, ...rest } = withoutLanguage(flattenedFields, published, locale)
        const live = { ...rest, _status: 'published', updatedAt: new Date().toISOString() }
        const saved = await keepingLocale(req, async () => {
          req.locale = 'all'
          return (await req.payload.db.updateOne({ collection: slug, id, data: live, locale: 'all', req })) as unknown as Doc
        })
        await saveVersion({
          id,
          collection: collection.config,
          docWithLocales: saved,
          draft: false,
          operation: 'update',
          payload: req.payload,
          publishSpecificLocale: locale,
          req,
          snapshot: { ...drafts, _status: 'draft' },
        })
        await rebuild(req, { collection: slug as never, doc: saved, previousDoc: { ...published, id: saved.id }, operation: 'update' }, req.context)
        if (shouldCommit) await commitTransaction(req)
        return Response.json({ message: translate(req.t, 'languageUnpublished', { language: getLocale(locale).nativeName }) })
      } catch (error) {
        if (shouldCommit) await killTransaction(req)
        throw error
      }
    },
  }
}
