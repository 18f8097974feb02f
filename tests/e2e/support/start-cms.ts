/**
 * The CMS as a user starts it (`pnpm start`: migrate, seed, build the admin if needed, render and
 * serve the sites), on ports and folders of its own, from an empty database each run: for the
 * publishing tests in tests/e2e/cms. Started and stopped by Playwright (playwright.config.ts).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import { CMS_E2E } from './cms'

fs.rmSync(CMS_E2E.dir, { recursive: true, force: true })
fs.mkdirSync(CMS_E2E.dir, { recursive: true })
const child = spawn('pnpm', ['start'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PORT: String(CMS_E2E.port),
    SITES_PORT: String(CMS_E2E.sitesPort),
    VICTOR_DATA_DIR: `${CMS_E2E.dir}/data`,
    VICTOR_OUTPUT_DIR: CMS_E2E.output,
    MEDIA_DIR: `${CMS_E2E.dir}/media`,
    VICTOR_DEMO_PASSWORD: CMS_E2E.password,
  },
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
