import fs from 'node:fs'
import { defineConfig } from '@playwright/test'

/**
 * End-to-end tests in a real Chromium over the demo sites, built from tests/fixtures/snapshots and
 * served each at its own origin. The machine's Chromium by default (Playwright never downloads a
 * browser here); CHROMIUM_PATH names another, and CHROMIUM_PATH= (empty) uses Playwright's own.
 */
const systemChromium = '/usr/bin/chromium'
const executablePath = process.env.CHROMIUM_PATH ?? (fs.existsSync(systemChromium) ? systemChromium : undefined)

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/support/globalSetup.ts',
  timeout: 30_000,
  workers: 2,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: executablePath || undefined,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
})
