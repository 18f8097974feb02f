/**
 * Lighthouse's mobile scores per page type of the demo sites (target: 100 in every category).
 *   pnpm lighthouse            builds the demo sites from the fixtures, serves them, prints a table
 * Method: Lighthouse's default mobile emulation (Moto G Power, slow 4G throttling simulated),
 * the machine's Chromium, headless, one run per page; the sites served precompressed from localhost.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { buildDemoSites, serveSites } from '../support/demoSites'

const port = 4391
const pages: [string, string, string][] = [
  ['prevention home', 'md-prevention', '/ro/'],
  ['prevention message', 'md-prevention', '/ro/fake-job-offers/'],
  ['prevention get help', 'md-prevention', '/ro/get-help/'],
  ['prevention safety', 'md-prevention', '/ro/safety/'],
  ['prevention, right to left', 'gr-prevention', '/ar/'],
  ['demand reduction home', 'hu-demand-reduction', '/hu/'],
  ['recognise the signs', 'hu-demand-reduction', '/hu/recognise-the-signs/'],
  ['how to report', 'hu-demand-reduction', '/hu/how-to-report/'],
  ['hub home', 'hub', '/en/'],
  ['hub partners', 'hub', '/en/partners/'],
]

// Sites in <dir>/sites, their widgets beside them in <dir>/widgets.
const outRoot = path.join(process.env.LIGHTHOUSE_SITES_DIR || fs.mkdtempSync(path.join(os.tmpdir(), 'victor-lighthouse-')), 'sites')
await buildDemoSites(outRoot, [...new Set(pages.map(([, siteId]) => siteId))], { reuse: Boolean(process.env.LIGHTHOUSE_SITES_DIR) })
const server = await serveSites(outRoot, port)
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
})
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const rows: string[][] = []
try {
  for (const [type, siteId, pagePath] of pages) {
    const url = `http://${siteId}.localhost:${port}${pagePath}`
    // Lighthouse's trace recording fails now and then (NO_NAVSTART); such a run is repeated.
    let lhr
    for (let attempt = 1; ; attempt++) {
      lhr = (await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }))!.lhr
      if (!lhr.runtimeError) break
      if (attempt === 3) throw new Error(`Lighthouse could not measure ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
    }
    const scores = categories.map((category) => String(Math.round((lhr.categories[category]?.score ?? 0) * 100)))
    const bytes = lhr.audits['total-byte-weight']?.numericValue ?? 0
    rows.push([type, `${siteId}${pagePath}`, ...scores, `${(bytes / 1024).toFixed(1)} KiB`])
  }
} finally {
  await chrome.kill()
  server.close()
  if (!process.env.LIGHTHOUSE_SITES_DIR) fs.rmSync(path.dirname(outRoot), { recursive: true, force: true })
}

const header = ['page type', 'page', ...categories, 'transfer']
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)))
const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`
console.log([line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n'))
