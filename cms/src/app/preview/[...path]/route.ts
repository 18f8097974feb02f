/**
 * Exact previews, for signed-in staff only:
 *   /preview/pages/<id>?locale=ro[&site=md-prevention]  builds (or reuses) the preview, redirects into it
 *   /preview/<token>/...[?reload=/preview/pages/...]     serves the built preview's files (with
 *                                                        the Live Preview script when `reload` is given)
 * Previews live in dist/previews, apart from the public output, and are never cached or indexed.
 */
import config from '@payload-config'
import fs from 'node:fs/promises'
import path from 'node:path'
import { getPayload } from 'payload'
import { getLocale, type LocaleCode } from '@victor/shared'
import { i18nFor, translateFor } from '../../../notifications/notify'
import { fieldLabels } from '../../../utilities/fieldLabels'
import { buildPreview, PreviewNotPossible, previewsRoot } from '../../../preview/buildPreview'
import { BuildProblems } from '../../../publishing/buildFailure'
import { RELOAD_PARAM, withLiveRefresh } from '../../../preview/previewUrl'

export const dynamic = 'force-dynamic'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
}
const privateHeaders = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex, nofollow', 'Referrer-Policy': 'no-referrer' }
const text = (body: string, status: number) => new Response(body, { status, headers: { ...privateHeaders, 'Content-Type': 'text/plain; charset=utf-8' } })

export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return text('Sign in to the CMS to see previews.', 401)
  const segments = (await params).path
  const url = new URL(request.url)

  if (segments[0] === 'pages' && segments[1]) {
    try {
      const preview = await buildPreview(payload, {
        pageId: segments[1],
        locale: url.searchParams.get('locale') ?? 'en',
        siteId: url.searchParams.get('site') ?? undefined,
        user: user as unknown as Record<string, unknown>,
      })
      // The page remembers where it came from, so Live Preview can load it again after a save.
      const location = `/preview/${preview.token}/${preview.pagePath}?${new URLSearchParams({ [RELOAD_PARAM]: url.pathname + url.search })}`
      return new Response(null, { status: 302, headers: { ...privateHeaders, Location: location } })
    } catch (error) {
      // Said in the person's language; the technical detail goes to the server's log.
      const language = (user as { language?: string }).language
      if (error instanceof PreviewNotPossible) return text(await translateFor(payload, language, error.reason), 422)
      if (error instanceof BuildProblems) {
        const i18n = await i18nFor(payload, language)
        const reason = await translateFor(payload, language, `siteBuildReason_${error.reason}`)
        // Each record and field at fault, in the form's words.
        const detail = error.problems
          .map((problem) => {
            const fields = payload.collections[problem.collection as 'pages']?.config.fields
            const where = problem.field ? fieldLabels(fields, problem.field, i18n) : problem.message
            return problem.locale ? `${where} (${getLocale(problem.locale as LocaleCode).nativeName})` : where
          })
          .join('; ')
        return text(await translateFor(payload, language, 'previewCannotShow', { reason, detail }), 422)
      }
      const status = (error as { status?: number }).status
      if (status && status < 500) return text(error instanceof Error ? error.message : String(error), status)
      payload.logger.error({ err: error, msg: `Preview of page ${segments[1]} failed` })
      return text(await translateFor(payload, language, 'previewFailed'), 500)
    }
  }

  const [token, ...rest] = segments
  if (!token || !/^[0-9a-f]{24}$/.test(token)) return text('No such preview.', 404)
  const root = path.join(previewsRoot(), token, 'site')
  let file = path.resolve(root, ...rest)
  if (file !== root && !file.startsWith(`${root}${path.sep}`)) return text('No such preview.', 404)
  const stat = await fs.stat(file).catch(() => null)
  if (stat?.isDirectory()) file = path.join(file, 'index.html')
  const bytes = await fs.readFile(file).catch(() => null)
  if (!bytes) return text('Not found in this preview.', 404)
  const reloadFrom = url.searchParams.get(RELOAD_PARAM)
  const body = reloadFrom && file.endsWith('.html') ? withLiveRefresh(bytes.toString('utf8'), reloadFrom) : new Uint8Array(bytes)
  return new Response(body, { headers: { ...privateHeaders, 'Content-Type': contentTypes[path.extname(file)] ?? 'application/octet-stream' } })
}
