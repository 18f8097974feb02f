/**
 * Settings a production server must not run with. `pnpm start` checks them when NODE_ENV is
 * production and stops, saying which setting to change: nobody should find out from an incident
 * that the CMS of a child-protection campaign kept its demo accounts.
 */
import type { Payload } from 'payload'
import { MissingSecretError } from './secret'

export const PRODUCTION_SECRET_MIN_LENGTH = 32

/** What is wrong with the environment itself (before the database is opened). */
export function productionSettingProblems(env: Record<string, string | undefined>): string[] {
  const problems: string[] = []
  const secret = env.PAYLOAD_SECRET ?? ''
  if (!secret) {
    problems.push(new MissingSecretError().message)
  } else if (secret.length < PRODUCTION_SECRET_MIN_LENGTH || new Set(secret).size < 8) {
    problems.push(
      `PAYLOAD_SECRET is too easy to guess (${secret.length} characters): use at least ${PRODUCTION_SECRET_MIN_LENGTH} random characters, for example the output of \`openssl rand -hex 32\`.`,
    )
  }
  if (env.VICTOR_SEED && env.VICTOR_SEED !== 'false') {
    problems.push(`VICTOR_SEED=${env.VICTOR_SEED} would add the demo content and demo accounts: remove VICTOR_SEED (production never seeds) and create the first administrator at /admin.`)
  }
  if (!env.VICTOR_WIDGETS_URL?.startsWith('https://')) {
    problems.push(
      `VICTOR_WIDGETS_URL must be the public https:// address the partner widgets are served at (dist/widgets/ on a static host or CDN); snippets name it (it is "${env.VICTOR_WIDGETS_URL ?? ''}").`,
    )
  }
  if (env.VICTOR_DEMO_PASSWORD) {
    problems.push('VICTOR_DEMO_PASSWORD is set: it is only for demo accounts, which production must not have. Remove it.')
  }
  return problems
}

/** What is wrong in the database: accounts that still have the password the demo seed gave them. */
export async function productionAccountProblems(payload: Payload): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { demoPassword: { equals: true } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  if (!docs.length) return []
  const emails = docs.map((user) => user.email).join(', ')
  return [`${docs.length} demo account(s) still have the demo password: ${emails}. Delete them (Users in the admin) or give each its own password, then start again.`]
}
