import type { PayloadRequest } from 'payload'

/**
 * Runs Local API calls that read other languages with the caller's request (its transaction)
 * and gives the request its own language back afterwards: Payload sets `req.locale` from a call's
 * `locale` option, and a save would otherwise go on in the last language read.
 */
export async function keepingLocale<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const { locale, fallbackLocale } = req
  try {
    return await work()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
