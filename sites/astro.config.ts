/**
 * One build = one site. VICTOR_SNAPSHOT names the snapshot folder (snapshot.json + media/),
 * VICTOR_OUT the output folder. The snapshot is validated here, so a bad one fails the build at
 * once with every wrong path named, before anything is written.
 */
import { defineConfig } from 'astro/config'
import mdx from '@astrojs/mdx'
import sitemap from '@astrojs/sitemap'
import { createHash } from 'node:crypto'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { readSnapshotDir, snapshotDirFromEnv } from './src/lib/snapshot-file'
import { listStaticPages, resolveStaticDir } from './src/lib/static-dir'
import { localizedRoutes, routePath } from './src/lib/model'

const root = path.dirname(fileURLToPath(import.meta.url))
const { snapshot } = readSnapshotDir(snapshotDirFromEnv())
const { site } = snapshot

// The content config and the pages read the same absolute folder.
process.env.VICTOR_STATIC_DIR = resolveStaticDir(root)
process.env.VICTOR_AUDIENCE = site.audience
const routes = localizedRoutes(snapshot, listStaticPages(process.env.VICTOR_STATIC_DIR))

const base = new URL(site.baseUrl).pathname.replace(/\/?$/, '/')
const absolute = (pathname: string) => new URL(pathname.slice(1), new URL(base, site.baseUrl)).href
/** Pages shown in a fallback language are not in the sitemap (they carry noindex too). */
const notInSitemap = new Set([absolute('/'), ...routes.filter((route) => route.fallback).map((route) => absolute(routePath(route.locale, route.path)))])

export default defineConfig({
  root,
  site: site.baseUrl,
  base,
  outDir: path.resolve(process.env.VICTOR_OUT ?? path.join(root, 'dist', site.siteId)),
  // One cache per site: converted images and the content store stay warm between builds.
  // One cache per site and public address: Astro's content store does not survive a change of
  // base path (a build after one failed to resolve the snapshot's pictures).
  cacheDir: process.env.VICTOR_CACHE_DIR
    ? path.resolve(process.env.VICTOR_CACHE_DIR)
    : path.join(root, 'node_modules', '.astro', `site-${site.siteId}-${createHash('sha256').update(site.baseUrl).digest('hex').slice(0, 8)}`),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
  prefetch: false,
  markdown: { syntaxHighlight: false },
  // Cheap and older phones: lower modern CSS syntax (range media queries, nesting) for them.
  vite: {
    build: {
      cssTarget: ['chrome80', 'firefox78', 'safari13', 'edge88'],
      rollupOptions: {
        // MDX modules carry Astro's "use astro:head-inject" marker; the bundler's note about it is noise.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' || warning.code === 'INEFFECTIVE_DYNAMIC_IMPORT') return
          warn(warning)
        },
      },
    },
  },
  i18n: {
    locales: [...site.locales],
    defaultLocale: site.defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
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
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale: site.defaultLocale, locales: Object.fromEntries(site.locales.map((code) => [code, code])) },
      filter: (page) => !notInSitemap.has(page),
    }),
  ],
})
