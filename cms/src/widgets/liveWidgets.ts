/**
 * The partner widgets as they are live: what the last successful render of a site wrote for each
 * of its languages (sites/src/widgets/files.ts). The CMS hands out snippets only for what a
 * partner's visitors would really see.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { SITE_WIDGETS_DIR, type WidgetData } from '@victor/shared/widgets'
import { builtSitesRoot } from '@victor/shared/paths'

/** The live widget data of a site in a language, or null while the site has not gone live in it. */
export async function liveWidgetData(siteId: string, locale: string): Promise<WidgetData | null> {
  const file = path.join(builtSitesRoot(), siteId, SITE_WIDGETS_DIR, 'data', `${locale}.json`)
  try {
    return JSON.parse(await readFile(file, 'utf8')) as WidgetData
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}
