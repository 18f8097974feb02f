import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { siteUrl } from './support/sites'

/** One page of each type, in a left-to-right and a right-to-left language. */
const pages: [string, string][] = [
  ['md-prevention', '/ro/'],
  ['md-prevention', '/ru/fake-job-offers/'],
  ['md-prevention', '/ro/lover-boy/'],
  ['gr-prevention', '/ar/'],
  ['gr-prevention', '/ar/safe-travel/'],
  ['hu-demand-reduction', '/hu/'],
  ['hu-demand-reduction', '/hu/how-to-report/'],
  ['hu-demand-reduction', '/en/recognise-the-signs/'],
  ['hub', '/en/'],
  ['hub', '/el/seec/'],
  ['hub', '/uk/embed/'],
]

for (const [siteId, path] of pages) {
  test(`axe finds no WCAG 2.2 AA violation on ${siteId}${path}`, async ({ page }) => {
    await page.goto(siteUrl(siteId, path))
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
  })
}
