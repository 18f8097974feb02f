/**
 * On the dashboard of the people who write and translate: their requests for review, what waits
 * and what the reviewers answered, newest first.
 */
import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'
import { languageName } from '../collections/ReviewRequests/workflow'
import { dashboardText, requestedDocumentUrl } from './dashboardHelpers'

interface Props {
  payload: Payload
  user?: TypedUser | null
  i18n: I18nClient
}

export async function MyReviewRequests({ payload, user, i18n }: Props) {
  if (!user) return null
  const { docs } = await payload.find({ collection: 'review-requests', where: { requestedBy: { equals: user.id } }, sort: '-createdAt', depth: 0, limit: 10, user, overrideAccess: false })
  if (docs.length === 0) return null
  const { t, when } = dashboardText(i18n)
  const admin = payload.config.routes.admin
  return (
    <section className="victor-dashboard-panel" aria-labelledby="my-requests-heading">
      <h2 id="my-requests-heading">{t('myRequestsTitle')}</h2>
      <table className="victor-table">
        <thead>
          <tr>
            <th scope="col">{t('reviewDocument')}</th>
            <th scope="col">{t('reviewLocale')}</th>
            <th scope="col">{t('reviewStatus')}</th>
            <th scope="col">{t('reviewResponse')}</th>
          </tr>
        </thead>
        <tbody>
          {docs.map((request) => {
            const { href, id } = requestedDocumentUrl(admin, request)
            return (
              <tr key={request.id} className={request.status === 'sent-back' ? 'victor-table__alert' : undefined}>
                <td>
                  <a href={href}>{request.title || id}</a>
                </td>
                <td>{languageName(request.locale)}</td>
                <td>
                  {t(`reviewStatus_${request.status}`)} · {when(request.resolvedAt ?? request.createdAt)}
                </td>
                <td>{request.response ? `${request.resolvedByName ?? ''}: ${request.response}` : ''}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
