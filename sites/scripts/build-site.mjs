#!/usr/bin/env node
/**
 * pnpm --filter @victor/sites build:site -- <snapshotDir> <outDir>
 * Builds one site; the output replaces <outDir> only when the build succeeded.
 */
import { buildSite } from './build-lib.mjs'

const args = process.argv.slice(2).filter((arg) => arg !== '--')
if (args.length !== 2) {
  console.error('usage: build:site -- <snapshotDir> <outDir>')
  process.exit(2)
}
const [snapshotDir, outDir] = args
const result = await buildSite({ snapshotDir, outDir })
if (!result.ok) {
  console.error(`Build of ${snapshotDir} failed; ${outDir} was left as it was.`)
  process.exit(1)
}
