/** The renderer's server entry: renders any site from its snapshot with the built pages (see render-site.ts). */
import { createApp } from 'astro/app/entrypoint'
import { renderSite as renderSiteWith, type RenderOptions } from './render-site'

const app = createApp({ streaming: false })

export function renderSite(options: RenderOptions) {
  return renderSiteWith((pathname, locals) => app.render(new Request(new URL(pathname, 'http://renderer.invalid')), { locals }), options)
}
