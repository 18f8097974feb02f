/**
 * Payload cuts off a file larger than `upload.limits.fileSize` while reading the form, before any
 * collection hook runs, and answers in English. This says the same in the person's language,
 * with the limits that apply to each kind.
 */
import { APIError, type AfterErrorHook } from 'payload'
import { configuredUploadLimits, largestUploadBytes, megabytes } from '../collections/Media/uploadLimits'
import { translate } from '../i18n'

export const answerUploadTooLarge: AfterErrorHook = ({ error, req, result }) => {
  if (!(error instanceof APIError) || error.status !== 413 || !result) return
  const limits = configuredUploadLimits
  const message = translate(req.t, 'errorUploadTooLarge', {
    limit: megabytes(largestUploadBytes(limits)),
    imageLimit: megabytes(limits.imageBytes),
    pdfLimit: megabytes(limits.pdfBytes),
  })
  return { response: { errors: [{ message }] }, status: 413 }
}
