/**
 * The component of each page kind of the route table (lib/model.ts): a kind without one fails the
 * type check. The home page has its own route, pages/[locale]/index.astro.
 *
 * The pages render the same bytes as when one route file held them all. Astro drops whitespace
 * next to an expression at the top of a component's slot but keeps it inside a fragment, so the
 * hub list pages (HubListPage) put their body in one fragment written flush against <Base> (`<Base ...><>` ... `</></Base>`).
 */
import type { RouteKind } from '../../lib/model'
import CampaignsPage from './CampaignsPage.astro'
import CmsPage from './CmsPage.astro'
import EmbedPage from './EmbedPage.astro'
import GetHelpPage from './GetHelpPage.astro'
import InfoDesksPage from './InfoDesksPage.astro'
import NewsItemPage from './NewsItemPage.astro'
import NewsPage from './NewsPage.astro'
import PartnersPage from './PartnersPage.astro'
import ResourcesPage from './ResourcesPage.astro'
import StaticPage from './StaticPage.astro'
import TrainingsPage from './TrainingsPage.astro'

export type PageKind = Exclude<RouteKind, 'home'>

export const pageComponents: Record<PageKind, typeof CmsPage> = {
  cms: CmsPage,
  static: StaticPage,
  'get-help': GetHelpPage,
  partners: PartnersPage,
  'info-desks': InfoDesksPage,
  trainings: TrainingsPage,
  resources: ResourcesPage,
  news: NewsPage,
  'news-item': NewsItemPage,
  campaigns: CampaignsPage,
  embed: EmbedPage,
}
