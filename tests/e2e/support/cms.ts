import os from 'node:os'
import path from 'node:path'

/** Where and how the CMS of the publishing tests runs (tests/e2e/support/start-cms.ts). */
const dir = path.join(os.tmpdir(), 'victor-e2e-cms')
export const CMS_E2E = {
  dir,
  output: path.join(dir, 'output'),
  port: 3100,
  sitesPort: 4400,
  password: 'e2e-demo-password-2026',
}
