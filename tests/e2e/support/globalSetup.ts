import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildDemoSites, serveSites } from '../../support/demoSites'
import { e2eSites, SITES_PORT } from './sites'

/** E2E_SITES_DIR keeps the built sites (in <dir>/sites, their widgets in <dir>/widgets) between runs (handy while writing tests). */
export default async function globalSetup() {
  const root = process.env.E2E_SITES_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'victor-e2e-sites-'))
  const outRoot = path.join(root, 'sites')
  await buildDemoSites(outRoot, e2eSites, { reuse: Boolean(process.env.E2E_SITES_DIR) })
  const server = await serveSites(outRoot, SITES_PORT)
  return async () => {
    await new Promise((resolve) => server.close(resolve))
    if (!process.env.E2E_SITES_DIR) fs.rmSync(root, { recursive: true, force: true })
  }
}
