import os from 'node:os'
import path from 'node:path'

/**
 * Where and how the CMS of the publishing tests runs (tests/e2e/support/start-cms.ts). The ports can be
 * moved (E2E_CMS_PORT, E2E_CMS_SITES_PORT) and the folder follows TMPDIR, so two checkouts can run
 * their end-to-end tests side by side.
 */
const dir = path.join(os.tmpdir(), 'victor-e2e-cms')
export const CMS_E2E = {
  dir,
  output: path.join(dir, 'output'),
  port: Number(process.env.E2E_CMS_PORT ?? 3100),
  sitesPort: Number(process.env.E2E_CMS_SITES_PORT ?? 4400),
  password: 'e2e-demo-password-2026',
}
