/**
 * Admin view "Widgets for partners" (/admin/widgets): a communications officer chooses kind, site,
 * language, look and size, sees the widget as partners' visitors will, and copies the snippet.
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { getLocale } from '@victor/shared'
import { translate } from '../../i18n'
import { widgetsUrl } from '../../widgets/widgetsUrl'
import { WidgetsPicker, type PickableSite } from './WidgetsPicker'

export async function WidgetsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const t = (key: Parameters<typeof translate>[1], vars?: Record<string, unknown>) => translate(req.i18n.t, key, vars)
  const { docs } = req.user ? await req.payload.find({ collection: 'sites', sort: 'siteId', depth: 0, pagination: false, req, overrideAccess: false }) : { docs: [] }
  const sites: PickableSite[] = docs.map((site) => ({
    siteId: site.siteId,
    locales: (site.enabledLocales ?? []).map((code) => ({ code, name: getLocale(code).nativeName })),
  }))
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>{t('widgetsTitle')}</h1>
        <p className="victor-widgets__intro">{t('widgetsIntro')}</p>
        <WidgetsPicker sites={sites} origin={widgetsUrl()} />
      </Gutter>
    </DefaultTemplate>
  )
}
