import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { DEFAULT_WIDGET_LOOK, widgetKinds, widgetSizes, widgetSnippet, widgetThemes, widgetVariants } from '@victor/shared/widgets'
import { currentUser } from '../access/roles'
import { translate } from '../i18n'
import { BadRequest } from '../utilities/refuse'
import { liveWidgetData } from './liveWidgets'
import { widgetsUrl } from './widgetsUrl'

/**
 * GET /api/widgets/snippet?kind=&site=&locale=&variant=&theme=[&size=]: the HTML a partner pastes,
 * as `{ html }`, for signed-in staff. Built from the site's live widget data, so it shows what is
 * published. A bad value answers 400 naming the parameter, in the person's language.
 */
export const widgetSnippetEndpoint: Endpoint = {
  path: '/widgets/snippet',
  method: 'get',
  handler: async (req) => {
    if (!currentUser(req)) throw new APIError(translate(req.t, 'errorWidgetsSignIn'), 401, null, true)
    const query = new URL(req.url ?? 'http://localhost').searchParams
    const choose = <T extends string>(name: string, allowed: readonly T[], fallback?: T): T => {
      const value = query.get(name) || fallback
      if (value && (allowed as readonly string[]).includes(value)) return value as T
      throw new BadRequest(translate(req.t, value ? 'errorWidgetParameter' : 'errorWidgetParameterMissing', { parameter: name, value, allowed: allowed.join(', ') }))
    }
    const kind = choose('kind', widgetKinds)
    const variant = choose('variant', widgetVariants)
    const theme = choose('theme', widgetThemes)
    const size = choose('size', widgetSizes, DEFAULT_WIDGET_LOOK.size)
    const site = await findSite(req, query.get('site'))
    const locale = choose('locale', site.enabledLocales ?? [])
    const data = await liveWidgetData(site.siteId, locale)
    if (!data) throw new APIError(translate(req.t, 'errorWidgetNotLive', { site: site.siteId, locale }), 409, null, true)
    if (!data.widgets[kind]) throw new BadRequest(translate(req.t, `errorWidgetNothingToShow_${kind}`, { site: site.siteId, locale }))
    return Response.json({ html: widgetSnippet({ kind, variant, theme, size, origin: widgetsUrl(), data }) })
  },
}

async function findSite(req: PayloadRequest, siteId: string | null) {
  if (!siteId) throw new BadRequest(translate(req.t, 'errorWidgetParameterMissing', { parameter: 'site' }))
  const { docs } = await req.payload.find({ collection: 'sites', where: { siteId: { equals: siteId } }, limit: 1, depth: 0, req })
  if (!docs[0]) throw new BadRequest(translate(req.t, 'errorWidgetSite', { value: siteId }))
  return docs[0]
}
