/**
 * GET /api/<collection>/:id/languages: where each language of a document stands, for the sidebar's
 * "Languages" panel. Derived, never stored: from the latest drafts, the last published version, the
 * open review requests and the translation tracking, so it cannot drift from what the sites show.
 */
import { getLocale, localeCodes, type LocaleCode } from '@victor/shared'
import { docAccessOperation, type CollectionSlug, type Endpoint, type PayloadRequest } from 'payload'
import { openRequestsFor } from '../collections/ReviewRequests/workflow'
import { publishingRefusal } from '../hooks/requireReviewToPublish'
import { siteLocales } from '../fields/translationTracking'
import { translate } from '../i18n'
import { relationIds } from '../utilities/relationId'
import { siteAudiences } from '../utilities/siteAudiences'
import { languageValues, lastPublished, latestDrafts } from './languagePublishing'

export const LANGUAGE_STATES = ['missing', 'draft', 'inReview', 'published', 'changed'] as const
export type LanguageState = (typeof LANGUAGE_STATES)[number]

export interface LanguageStatus {
  code: LocaleCode
  name: string
  state: LanguageState
  /** Written before the latest change of the English source. */
  outdated: boolean
}

/** The languages a document needs: those of its sites, or every language when it is on none yet. */
async function neededLanguages(req: PayloadRequest, sites: unknown): Promise<LocaleCode[]> {
  const ids = relationIds(sites)
  if (ids.length === 0) return localeCodes
  const bySite = await siteLocales(req)
  const used = new Set(ids.flatMap((id) => bySite.get(String(id)) ?? []))
  return localeCodes.filter((code) => used.has(code))
}

export async function languageStatuses(req: PayloadRequest, collection: CollectionSlug, id: number | string): Promise<{ languages: LanguageStatus[]; sites: unknown }> {
  const { config } = req.payload.collections[collection]
  const drafts = await latestDrafts(req, collection, id)
  const published = await lastPublished(req, collection, id)
  const inReview = new Set((await openRequestsFor(req, collection, id)).map((request) => request.locale))
  const outdated = new Set<string>((drafts?.translation?.outdated ?? []) as string[])
  const languages = (await neededLanguages(req, drafts?.sites)).map((code): LanguageStatus => {
    const draft = JSON.stringify(languageValues(config.flattenedFields, drafts, code))
    const live = JSON.stringify(languageValues(config.flattenedFields, published, code))
    const written = draft !== '{}'
    const isLive = live !== '{}'
    const state: LanguageState = !written && !isLive ? 'missing' : inReview.has(code) ? 'inReview' : !isLive ? 'draft' : draft === live ? 'published' : 'changed'
    return { code, name: getLocale(code).nativeName, state, outdated: outdated.has(code) }
  })
  return { languages, sites: drafts?.sites }
}

export function languageStatesEndpoint(slug: CollectionSlug): Endpoint {
  return {
    path: '/:id/languages',
    method: 'get',
    handler: async (req) => {
      const id = String(req.routeParams?.id ?? '')
      const readable = req.user && (await req.payload.findByID({ collection: slug, id, depth: 0, draft: true, overrideAccess: false, user: req.user, req, disableErrors: true }).catch(() => null))
      if (!readable) return Response.json({ errors: [{ message: translate(req.t, 'errorDocumentNotFound') }] }, { status: 404 })
      const { languages, sites } = await languageStatuses(req, slug, id)
      // Whether the Languages panel offers to take a language off the sites (unpublishLanguage.ts asks the same).
      const mayUnpublish = Boolean((await docAccessOperation({ id, collection: req.payload.collections[slug], req })).update) && publishingRefusal(req, await siteAudiences(req, sites)) === null
      return Response.json({ languages, mayUnpublish })
    },
  }
}
