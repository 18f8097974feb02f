/**
 * `pnpm --filter @victor/cms seed`: applies migrations, then adds the demo content to the
 * database named by DATABASE_URL (embedded SQLite by default). Safe to run again.
 */
import { loadPayload } from './loadPayload'
import { seedAndReport } from './seedAndReport'

const payload = await loadPayload()
await seedAndReport(payload)
await payload.destroy()
