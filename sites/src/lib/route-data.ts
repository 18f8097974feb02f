/** What a page component of a route starts from: the site, the language its content is in, and the UI strings of that language. */
import type { TFunction } from 'i18next'
import type { LocaleCode } from '@victor/shared'
import { getSiteData, type SiteData } from './data'
import { getT } from './i18n'
import type { LocalizedRoute } from './model'

export async function routeData(locals: App.Locals, route: LocalizedRoute): Promise<SiteData & { content: LocaleCode; t: TFunction }> {
  const content = route.contentLocale
  return { ...(await getSiteData(locals)), content, t: await getT(content) }
}
