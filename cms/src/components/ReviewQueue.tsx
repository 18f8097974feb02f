/**
 * On the dashboard of reviewers, coordinators and admins: what waits for review, oldest first,
 * per site and language, with who asked and their note. Publishing the content answers it.
 */
import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'
import { languageName } from '../collections/ReviewRequests/workflow'
import { dashboardText, requestedDocumentUrl, roleOf } from './dashboardHelpers'

interface Props {
  payload: Payload
  user?: TypedUser | null
  i18n: I18nClient
}

export async function ReviewQueue({ payload, user, i18n }: Props) {
  if (!user || !['admin', 'coordinator', 'reviewer'].includes(roleOf(user))) return null
  const { t, when } = dashboardText(i18n)
  const { docs } = await payload.find({ collection: 'review-requests', where: { status: { equals: 'open' } }, sort: 'createdAt', depth: 1, limit: 100, user, overrideAccess: false })
  const admin = payload.config.routes.admin
  return (
    <section className="victor-dashboard-panel" aria-labelledby="review-queue-heading">
      <h2 id="review-queue-heading">{t('reviewQueueTitle', { count: docs.length })}</h2>
      {docs.length === 0 ? (
        <p>{t('reviewQueueNone')}</p>
      ) : (
        <table className="victor-table">
          <thead>
            <tr>
              <th scope="col">{t('reviewDocument')}</th>
              <th scope="col">{t('sites')}</th>
              <th scope="col">{t('reviewLocale')}</th>
              <th scope="col">{t('reviewRequestedBy')}</th>
              <th scope="col">{t('reviewAskedOn')}</th>
              <th scope="col">{t('reviewNote')}</th>
            </tr>
          </thead>
          <tbody>
            {docs.map((request) => {
              const { href, id } = requestedDocumentUrl(admin, request)
              return (
                <tr key={request.id}>
                  <td>
                    <a href={href}>{request.title || id}</a>
                  </td>
                  <td>{((request.sites ?? []) as { siteId?: string }[]).map((site) => site.siteId).join(', ')}</td>
                  <td>{languageName(request.locale)}</td>
                  <td>{request.requestedByName ?? '-'}</td>
                  <td>{when(request.createdAt)}</td>
                  <td>{request.note ?? ''}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}
