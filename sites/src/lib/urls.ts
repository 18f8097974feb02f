import { routePath } from './model'
import type { Snapshot } from '@victor/shared/snapshot'

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/')

/** A same-origin path below the site's base, e.g. href('el', 'get-help') -> /el/get-help/. */
export function href(locale: string, path = ''): string {
  return base + routePath(locale, path).slice(1)
}

/** A path below the site's base for a file, e.g. asset('favicon.svg'). */
export function asset(path: string): string {
  return base + path.replace(/^\//, '')
}

/** The absolute URL of a path on this site (for canonical, hreflang, og:image). */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path
}

/** Where a non-image media file is published as a download. */
export function downloadPath(media: Snapshot['media'][number]): string {
  return asset(`downloads/${encodeURIComponent(media.id)}/${encodeURIComponent(downloadName(media.file))}`)
}

export function downloadName(file: string): string {
  return file.split('/').pop()!.replace(/[^A-Za-z0-9._-]+/g, '-')
}
