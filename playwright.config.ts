import fs from 'node:fs'
import { defineConfig } from '@playwright/test'
import { CMS_E2E } from './tests/e2e/support/cms'

/**
 * End-to-end tests in a real Chromium: over the demo sites, rendered from tests/fixtures/snapshots
 * and served each at its own origin (tests/e2e/*.spec.ts); and publishing through the CMS, started
 * with `pnpm start` from an empty database (tests/e2e/cms). The machine's Chromium by default
 * (Playwright never downloads a browser here); CHROMIUM_PATH names another, and CHROMIUM_PATH=
 * (empty) uses Playwright's own.
 */
const systemChromium = '/usr/bin/chromium'
const executablePath = process.env.CHROMIUM_PATH ?? (fs.existsSync(systemChromium) ? systemChromium : undefined)

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/support/globalSetup.ts',
  timeout: 30_000,
  workers: 2,
  reporter: [['list'], ['./tests/e2e/support/assertionGuard.ts']],
  forbidOnly: true,
  webServer: {
    command: 'pnpm exec tsx tests/e2e/support/start-cms.ts',
    url: `http://localhost:${CMS_E2E.port}/admin/login`,
    // A clean clone builds the admin first (2-3 minutes here).
    timeout: 10 * 60_000,
    // E2E_REUSE_CMS=1 uses a CMS already started with tests/e2e/support/start-cms.ts (handy while writing tests).
    reuseExistingServer: process.env.E2E_REUSE_CMS === '1',
    stdout: 'ignore',
    stderr: 'pipe',
  },
  // The CMS journeys share one CMS and check which sites each publish rebuilt: one file at a time.
  projects: [
    { name: 'sites', testIgnore: 'cms/**' },
    { name: 'cms-publishing', testMatch: 'cms/publishing.spec.ts' },
    { name: 'cms-editorial', testMatch: 'cms/editorial.spec.ts', dependencies: ['cms-publishing'] },
    { name: 'cms-security', testMatch: 'cms/security.spec.ts', dependencies: ['cms-editorial'] },
    { name: 'cms-widgets', testMatch: 'cms/widgets.spec.ts', dependencies: ['cms-security'] },
  ],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: executablePath || undefined,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
})
