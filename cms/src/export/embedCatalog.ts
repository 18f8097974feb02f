/**
 * What the hub's "Embed the campaign" page offers (snapshot `embed`): every other site of the
 * partnership, with the widgets it has content for, in the same terms as the sites' widget files
 * (sites/src/widgets/content.ts): helplines always; a campaign banner when a campaign of the site
 * has a text in one of its languages; a signs card when one of its pages has a signs checklist.
 */
import type { LocaleCode } from '@victor/shared'
import type { SnapshotEmbed } from '@victor/shared/snapshot'
import type { WidgetKind } from '@victor/shared/widgets'
import type { CollectionSlug, Where } from 'payload'
import { widgetsUrl } from '../widgets/widgetsUrl'
import type { Doc } from './snapshotForms'

type Read = (collection: CollectionSlug, where?: Where) => Promise<Doc[]>
type Localized<T = unknown> = Partial<Record<string, T>>

export async function embedCatalog(
  read: Read,
  { names, countryOf }: { names: (values: Localized<string>) => Localized<string>; countryOf: (value: unknown) => string | null },
): Promise<SnapshotEmbed> {
  const sites = (await read('sites')).filter((site) => site.audience !== 'hub' && countryOf(site.country)).sort((a, b) => String(a.siteId).localeCompare(String(b.siteId)))
  return {
    widgetsUrl: widgetsUrl(),
    sites: await Promise.all(
      sites.map(async (site) => {
        const locales = (site.enabledLocales ?? []) as LocaleCode[]
        const inItsLanguages = (values: Localized | null | undefined) => locales.some((locale) => Boolean(values?.[locale]))
        // Only pages with a checklist, so that no other page's change is a change of the hub.
        const withChecklist: Where = { and: [{ sites: { in: [site.id] } }, { 'layout.blockType': { equals: 'signsChecklist' } }] }
        const [campaigns, pages] = await Promise.all([read('campaigns', { sites: { in: [site.id] } }), read('pages', withChecklist)])
        const hasSigns = pages.some((page) => locales.some((locale) => ((page.layout as Localized<Doc[]> | undefined)?.[locale] ?? []).some((block) => block.blockType === 'signsChecklist')))
        const widgets: WidgetKind[] = ['helplines', ...(campaigns.some((campaign) => inItsLanguages(campaign.title)) ? ['campaign' as const] : []), ...(hasSigns ? ['signs' as const] : [])]
        return { siteId: site.siteId, audience: site.audience, name: names(site.name), country: countryOf(site.country)!, baseUrl: site.baseUrl, locales, widgets }
      }),
    ),
  }
}
