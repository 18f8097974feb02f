/**
 * pnpm --filter @victor/sites build:site -- <snapshotDir> <outDir>
 * Renders one site, as the CMS publishes it; the output replaces <outDir> only when it succeeded.
 */
import { renderSites } from './build-lib'

const args = process.argv.slice(2).filter((arg) => arg !== '--')
if (args.length !== 2) {
  console.error('usage: build:site -- <snapshotDir> <outDir>')
  process.exit(2)
}
const [snapshotDir, outDir] = args
const [result] = await renderSites([{ snapshotDir, outDir }], { quiet: false })
if (!result.ok) {
  console.error(`${result.log}\nThe render of ${snapshotDir} failed; ${outDir} was left as it was.`)
  process.exit(1)
}
console.log(result.log.trim())
