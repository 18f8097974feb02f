import type { Payload } from 'payload'

/**
 * Payload for scripts outside Next: schema migrated, no dev-mode prompts, no background jobs.
 * Errors are printed plainly and end the process, so an operator sees what to fix.
 */
export async function loadPayload(): Promise<Payload> {
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  process.env.VICTOR_JOBS_AUTORUN ??= 'false'
  try {
    const [{ getPayload }, { default: config }, { migrateDatabase }] = await Promise.all([import('payload'), import('../src/payload.config'), import('../src/migrateDatabase')])
    const payload = await getPayload({ config, cron: false })
    await migrateDatabase(payload)
    return payload
  } catch (error) {
    console.error(`\nThe CMS could not start: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  }
}
