import { routePath } from './model'
import type { Snapshot } from '@victor/shared/snapshot'

/**
 * The addresses of one site, from its public base URL in the snapshot (not from Astro's `base`,
 * so the same renderer serves sites at any address, previews included).
 */
export interface SiteUrls {
  /** The path every URL of the site starts with, e.g. `/` or `/preview/<token>/`. */
  base: string
  /** A same-origin path below the base, e.g. href('el', 'get-help') -> /el/get-help/. */
  href(locale: string, path?: string): string
  /** A path below the base for a file, e.g. asset('favicon.svg'). */
  asset(path: string): string
  /** The absolute URL of a path (for canonical, hreflang, og:image, the sitemap). */
  absolute(path: string): string
  /** Where a non-image media file is published as a download. */
  download(media: Snapshot['media'][number]): string
}

export function siteUrls(baseUrl: string): SiteUrls {
  const origin = new URL(baseUrl)
  const base = origin.pathname.replace(/\/?$/, '/')
  const asset = (path: string) => base + path.replace(/^\//, '')
  return {
    base,
    href: (locale, path = '') => base + routePath(locale, path).slice(1),
    asset,
    absolute: (path) => new URL(path, origin).href,
    download: (media) => asset(downloadFile(media)),
  }
}

/** The download's path below the site's base: downloads/<id>/<file name>. */
export function downloadFile(media: Snapshot['media'][number]): string {
  return `downloads/${encodeURIComponent(media.id)}/${encodeURIComponent(downloadName(media.file))}`
}

export function downloadName(file: string): string {
  return file
    .split('/')
    .pop()!
    .replace(/[^A-Za-z0-9._-]+/g, '-')
}
