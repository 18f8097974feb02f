/**
 * `pnpm --filter @victor/cms media:strip`: removes location, camera and date data from pictures
 * uploaded before the CMS did so itself (a migration runs it once; run it again after restoring
 * an old backup of the media folder). Prints each file it cleaned.
 */
import { stripStoredMetadata } from '../src/collections/Media/stripStoredMetadata'
import { loadPayload } from './loadPayload'

const payload = await loadPayload()
try {
  const report = await stripStoredMetadata(payload, (line) => console.log(line))
  console.log(`${report.checked} pictures checked, ${report.cleaned.length} cleaned, ${report.failed.length} could not be cleaned`)
  if (report.failed.length) process.exitCode = 1
} finally {
  await payload.destroy()
}
