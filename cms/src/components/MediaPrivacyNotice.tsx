/**
 * On the upload form: what happens to a picture's hidden data, and what a file may be. Read from
 * the limits the CMS runs with, so the notice and the refusals never disagree.
 */
import type { I18nClient } from '@payloadcms/translations'
import { configuredUploadLimits, megabytes, megapixels } from '../collections/Media/uploadLimits'
import { dashboardText } from './dashboardHelpers'

export function MediaPrivacyNotice({ i18n }: { i18n: I18nClient }) {
  const limits = configuredUploadLimits
  const { t } = dashboardText(i18n)
  return (
    <div className="victor-notice" role="note">
      <p>{t('mediaPrivacyNotice')}</p>
      <p>
        {t('mediaLimitsNotice', {
          imageLimit: megabytes(limits.imageBytes),
          megapixels: megapixels(limits.imagePixels),
          pdfLimit: megabytes(limits.pdfBytes),
        })}
      </p>
    </div>
  )
}
