/** robots.txt pointing crawlers at the sitemap. */
import type { APIRoute } from 'astro'
import { getSiteData } from '../lib/data'
import { SITEMAP_INDEX } from '../lib/sitemap'

export const GET: APIRoute = async ({ locals }) => {
  const { urls } = await getSiteData(locals)
  const sitemap = urls.absolute(urls.asset(SITEMAP_INDEX))
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
