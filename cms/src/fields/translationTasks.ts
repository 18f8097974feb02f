/**
 * A translator's work in one language, per collection: the documents whose texts in it are out of
 * date (see translationTracking.ts). Counted as the person may see them, latest drafts included,
 * so the numbers match the lists they lead to. Missing texts are not counted here: not every
 * document needs every language (a Greek site's page needs no Hungarian), which the lists show.
 */
import type { CollectionSlug, Payload, TypedUser, Where } from 'payload'

export interface TranslationTaskCount {
  collection: CollectionSlug
  outdated: number
}

/** The list filter behind the count, also the link to the list. */
export const outdatedIn = (locale: string): Where => ({ 'translation.outdated': { contains: locale } })

export async function translationTasks(payload: Payload, locale: string, user: TypedUser): Promise<TranslationTaskCount[]> {
  const tracked = payload.config.collections.filter((collection) => collection.fields.some((field) => 'name' in field && field.name === 'translation'))
  const count = async (collection: CollectionSlug, where: Where) => (await payload.find({ collection, where, draft: true, limit: 1, depth: 0, user, overrideAccess: false })).totalDocs
  const counts = await Promise.all(tracked.map(async ({ slug }) => ({ collection: slug as CollectionSlug, outdated: await count(slug as CollectionSlug, outdatedIn(locale)) })))
  return counts.filter((item) => item.outdated > 0)
}
