/**
 * Bundles the widgets' module (client.ts, with styles.css inside) and the iframe pages' stylesheet
 * into a folder: built once with the renderer, then published to the widgets origin.
 */
import { readFile, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { widgetPaths } from '@victor/shared/widgets'
import { writeCompressedCopies } from '../lib/precompress'

const here = path.dirname(fileURLToPath(import.meta.url))
const WIDGET_MODULE_FILE = path.basename(widgetPaths.module)
const WIDGET_STYLESHEET_FILE = path.basename(widgetPaths.stylesheet)

export async function bundleWidgets(outDir: string): Promise<void> {
  const css = (await readFile(path.join(here, 'styles.css'), 'utf8'))
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .trim()
  const result = await build({
    entryPoints: [path.join(here, 'client.ts')],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    write: false,
    legalComments: 'none',
    define: { WIDGET_CSS: JSON.stringify(css) },
  })
  await mkdir(outDir, { recursive: true })
  for (const [name, content] of [
    [WIDGET_MODULE_FILE, result.outputFiles[0].text],
    [WIDGET_STYLESHEET_FILE, css],
  ]) {
    await writeFile(path.join(outDir, name), content)
    await writeCompressedCopies(path.join(outDir, name), content)
  }
}
