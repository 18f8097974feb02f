/**
 * On the dashboard of coordinators, reviewers, admins and (for their countries) editors: what is
 * live where. Per site: live since when (the release being served), how the last update went, how
 * many failed since the last one that went live.
 */
import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser, Where } from 'payload'
import { siteLiveSince } from '../publishing/siteBuilder'
import { relationIds } from '../utilities/relationId'
import { dashboardText, roleOf } from './dashboardHelpers'

interface Props {
  payload: Payload
  user?: TypedUser | null
  i18n: I18nClient
}

export async function SiteStatus({ payload, user, i18n }: Props) {
  const role = roleOf(user)
  if (!user || !['admin', 'coordinator', 'reviewer', 'editor'].includes(role)) return null
  const { t, when } = dashboardText(i18n)
  const where: Where | undefined = role === 'editor' ? { country: { in: relationIds((user as { countries?: unknown }).countries) } } : undefined
  const { docs: sites } = await payload.find({ collection: 'sites', where, sort: 'siteId', depth: 0, pagination: false })
  const builds = (site: number | string, extra?: Where) =>
    payload.find({ collection: 'site-builds', where: { and: [{ site: { equals: site } }, ...(extra ? [extra] : [])] }, sort: '-createdAt', limit: 1, depth: 0, overrideAccess: true })
  const rows = await Promise.all(
    sites.map(async (site) => {
      const [last, succeeded, since] = await Promise.all([builds(site.id), builds(site.id, { status: { equals: 'succeeded' } }), siteLiveSince(site.siteId)])
      const sinceLive: Where = succeeded.docs[0] ? { createdAt: { greater_than: succeeded.docs[0].createdAt } } : {}
      const failed = (await builds(site.id, { and: [{ status: { equals: 'failed' } }, sinceLive] })).totalDocs
      return { site, last: last.docs[0], since, failed }
    }),
  )
  const admin = payload.config.routes.admin
  return (
    <section className="victor-dashboard-panel" aria-labelledby="site-status-heading">
      <h2 id="site-status-heading">{t('siteStatusTitle')}</h2>
      <table className="victor-table">
        <thead>
          <tr>
            <th scope="col">{t('site')}</th>
            <th scope="col">{t('siteStatusLiveSince')}</th>
            <th scope="col">{t('siteStatusLastRender')}</th>
            <th scope="col">{t('siteStatusFailed')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ site, last, since, failed }) => (
            <tr key={site.id} className={failed > 0 ? 'victor-table__alert' : undefined}>
              <td>
                <a href={site.baseUrl} target="_blank" rel="noreferrer">
                  {site.siteId}
                </a>
              </td>
              <td>{since ? when(since.toISOString()) : t('siteStatusNeverLive')}</td>
              <td>
                {last ? (
                  <a href={`${admin}/collections/site-builds/${last.id}`}>
                    {t(`siteBuildStatus_${last.status}`)} · {when(last.finishedAt ?? last.createdAt)}
                  </a>
                ) : since ? (
                  t('siteStatusAtStart')
                ) : (
                  '-'
                )}
              </td>
              <td>{failed > 0 ? <a href={`${admin}/collections/site-builds?where[site][equals]=${site.id}&where[status][equals]=failed`}>{t('siteStatusFailedCount', { count: failed })}</a> : '0'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
