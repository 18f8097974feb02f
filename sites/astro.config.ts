/**
 * The sites codebase, built two ways:
 * - VICTOR_RENDERER=1: the renderer (src/renderer), a server build of every page, independent of
 *   any snapshot; it stays loaded and renders any site from its snapshot (how the CMS publishes).
 * - otherwise one site, as a plain static build: VICTOR_SNAPSHOT names the snapshot folder
 *   (snapshot.json + media/), VICTOR_OUT the output folder. The snapshot is validated here, so a
 *   bad one fails the build at once with every wrong path named, before anything is written.
 * Pages take the site's addresses from its snapshot, not from Astro's `base`/`site`.
 */
import { defineConfig } from 'astro/config'
import mdx from '@astrojs/mdx'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { readSnapshotDir, snapshotDirFromEnv } from './src/lib/snapshot-file'
import { resolveStaticDir } from './src/lib/static-dir'
import { victorRenderer } from './src/renderer/adapter'
import { siteFiles } from './src/renderer/site-files-integration'

const root = path.dirname(fileURLToPath(import.meta.url))
const renderer = process.env.VICTOR_RENDERER === '1'
// The content config and the pages read the same absolute folder.
process.env.VICTOR_STATIC_DIR = resolveStaticDir(root)

const site = renderer ? undefined : readSnapshotDir(snapshotDirFromEnv()).snapshot.site
if (site) process.env.VICTOR_AUDIENCE = site.audience

export default defineConfig({
  root,
  output: renderer ? 'server' : 'static',
  adapter: renderer ? victorRenderer() : undefined,
  outDir: path.resolve(process.env.VICTOR_OUT ?? path.join(root, 'dist', site?.siteId ?? 'renderer')),
  ...(process.env.VICTOR_CACHE_DIR ? { cacheDir: path.resolve(process.env.VICTOR_CACHE_DIR) } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
  prefetch: false,
  markdown: { syntaxHighlight: false },
  // The browsers the sites support (README, "Browsers"): Vite's lightningcss lowers newer CSS syntax
  // (nesting, range media queries) for them, and adds no fallback or prefix they do not need. All of
  // them know logical properties, :is() and :lang(), so right-to-left pages need no :lang(ar)... copies.
  // Chromium 89 also stands for Android WebView and Samsung Internet 15+ (Vite takes no samsung/android key).
  vite: {
    build: {
      cssTarget: ['chrome89', 'edge89', 'firefox115', 'safari15', 'ios15'],
      rollupOptions: {
        // MDX modules carry Astro's "use astro:head-inject" marker; the bundler's note about it is noise.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' || warning.code === 'INEFFECTIVE_DYNAMIC_IMPORT') return
          warn(warning)
        },
      },
    },
  },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'none'",
        "img-src 'self'",
        // Same origin only; the pages fetch nothing, but crawlers' tools (Lighthouse) read robots.txt from the page.
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "object-src 'none'",
      ],
    },
  },
  integrations: [mdx(), ...(renderer ? [] : [siteFiles()])],
})
