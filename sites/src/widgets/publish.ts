/**
 * The widgets origin's folder, a plain static tree any host or CDN can serve:
 *   v1/victor-widgets.js, v1/victor-widgets.css    the module and the iframe pages' stylesheet
 *   v1/data/<siteId>  -> the live site's _widgets/data
 *   v1/frame/<siteId> -> the live site's _widgets/frame
 * The per-site entries are symbolic links through the site's live link, so they change in the
 * same rename that puts the site live. A later breaking change goes to v2/ beside v1/.
 */
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, readdir, readlink, rename, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { SITE_WIDGETS_DIR, WIDGETS_VERSION } from '@victor/shared/widgets'

/** Where the widgets of the sites in `sitesDir` are published: its sibling `widgets`. */
export const widgetsDirFor = (sitesDir: string) => path.join(path.dirname(path.resolve(sitesDir)), 'widgets')

/**
 * Publishes the module (from the renderer's build) and links the site's widget files in.
 * @param bundleDir the renderer's bundled module and stylesheet
 * @param siteDir   the site's live path (a link to its current release)
 */
export async function publishWidgets(widgetsDir: string, bundleDir: string, siteId: string, siteDir: string): Promise<void> {
  const version = path.join(widgetsDir, WIDGETS_VERSION)
  await mkdir(version, { recursive: true })
  for (const name of await readdir(bundleDir)) {
    const content = readFileSync(path.join(bundleDir, name))
    const target = path.join(version, name)
    if (existsSync(target) && readFileSync(target).equals(content)) continue
    const partial = `${target}.${process.pid}.partial`
    await writeFile(partial, content)
    await rename(partial, target)
  }
  for (const part of ['data', 'frame']) {
    const folder = path.join(version, part)
    await mkdir(folder, { recursive: true })
    const link = path.join(folder, siteId)
    const target = path.relative(folder, path.join(path.resolve(siteDir), SITE_WIDGETS_DIR, part))
    if ((await readlink(link).catch(() => null)) === target) continue
    const partial = `${link}.${process.pid}.partial`
    await symlink(target, partial)
    await rename(partial, link)
  }
}
