/**
 * A site's widget files, written into the site's own release with its pages, so a publish swaps
 * the widgets in atomically with the site (`_widgets/` below the site's folder):
 *   data/<locale>.json                                 what the module shows (WidgetData)
 *   data/img/<picture>                                 the banner's pictures
 *   frame/<locale>/<kind>-<theme>-<size>.html          the iframe variant, plain HTML, no script
 * The widgets origin serves them as /v1/data/<siteId>/... and /v1/frame/<siteId>/... (publish.ts).
 */
import path from 'node:path'
import { FRAME_POLICY, SITE_WIDGETS_DIR, widgetPaths, widgetSizes, widgetThemes, type WidgetData, type WidgetKind } from '@victor/shared/widgets'
import { linkOrCopy, writeOrReuse } from '../lib/precompress'
import type { SiteModel } from '../lib/site-model'
import { nodeHtml, WIDGET_IMAGE_DIR, widgetContent } from './content'

/**
 * Writes the site's widget files below `outDir` (a release whose pictures are already written);
 * a file with the same bytes in `previousDir` (the live release) is linked from there.
 */
export async function writeWidgetFiles(model: SiteModel, outDir: string, previousDir?: string): Promise<string> {
  const root = path.join(outDir, SITE_WIDGETS_DIR)
  const write = (file: string, body: string) => writeOrReuse(path.join(root, file), body, previousDir && path.join(previousDir, SITE_WIDGETS_DIR, file))
  let frames = 0
  for (const locale of model.snapshot.site.locales) {
    const { data, images } = await widgetContent(model, locale)
    await write(path.join('data', `${locale}.json`), JSON.stringify(data))
    for (const [file, name] of images) await linkOrCopy(path.join(outDir, file), path.join(root, 'data', WIDGET_IMAGE_DIR, name))
    for (const kind of Object.keys(data.widgets) as WidgetKind[]) {
      for (const theme of widgetThemes) {
        for (const size of widgetSizes) {
          await write(path.join('frame', locale, `${kind}-${theme}-${size}.html`), framePage(data, kind, theme, size))
          frames++
        }
      }
    }
  }
  return `widgets for ${model.snapshot.site.locales.length} languages (${frames} iframe pages)`
}

/** An iframe page: at /v1/frame/<siteId>/<locale>/, three folders below the version folder. */
function framePage(data: WidgetData, kind: WidgetKind, theme: string, size: (typeof widgetSizes)[number]): string {
  const widget = data.widgets[kind]!
  const toVersionRoot = '../../../'
  const body = nodeHtml(['div', { class: 'vw', 'data-theme': theme, 'data-size': size }, widget[size]], { srcBase: toVersionRoot, linkTarget: '_top' })
  const title = nodeHtml(widget.title, {})
  return (
    `<!doctype html><html lang="${data.locale}" dir="${data.dir}"><head><meta charset="utf-8">` +
    `<meta http-equiv="content-security-policy" content="${FRAME_POLICY}">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><meta name="referrer" content="no-referrer">` +
    `<title>${title}</title><link rel="stylesheet" href="${toVersionRoot}${path.posix.basename(widgetPaths.stylesheet)}"></head><body>${body}</body></html>`
  )
}
