/**
 * A list column of sites or countries: their names, for every row at once. Payload's own cell
 * loads names only for rows scrolled into view and shows "<No Sites>" until then; these
 * collections are small, so one read per list (per request) names them all.
 */
import type { DefaultServerCellComponentProps, Payload } from 'payload'
import { cache } from 'react'
import { isLocaleCode } from '@victor/shared'
import { relationId } from '../utilities/relationId'

const titlesOf = cache(async (payload: Payload, collection: string, language: string) => {
  const config = payload.collections[collection as 'sites'].config
  const title = config.admin.useAsTitle ?? 'id'
  const contentLocale = language === 'rs' ? 'sr' : language
  const { docs } = await payload.find({
    collection: collection as 'sites',
    depth: 0,
    pagination: false,
    locale: isLocaleCode(contentLocale) ? contentLocale : 'en',
    fallbackLocale: 'en',
    overrideAccess: true,
  })
  return new Map(docs.map((doc) => [String(doc.id), String((doc as unknown as Record<string, unknown>)[title] ?? doc.id)]))
})

export async function RelationTitlesCell({ cellData, field, payload, i18n }: DefaultServerCellComponentProps) {
  const relationTo = 'relationTo' in field ? field.relationTo : undefined
  if (typeof relationTo !== 'string') return null
  const titles = await titlesOf(payload, relationTo, i18n.language)
  const ids = (Array.isArray(cellData) ? cellData : [cellData]).map(relationId).filter((id) => id !== null)
  return <span>{ids.map((id) => titles.get(String(id)) ?? String(id)).join(', ')}</span>
}
