import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { dataDir } from './paths'

export class MissingSecretError extends Error {
  constructor() {
    super(
      'PAYLOAD_SECRET is not set. In production the secret that signs sign-in tokens must come from ' +
        'the environment: set PAYLOAD_SECRET to a long random string (for example the output of ' +
        '`openssl rand -hex 32`) and keep it the same across restarts.',
    )
    this.name = 'MissingSecretError'
  }
}

/**
 * The secret that signs sign-in tokens. In production it must be given; in development one is
 * generated on first run and kept in the git-ignored data folder, so sessions survive restarts.
 */
export function payloadSecret(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  if (env.NODE_ENV === 'production') throw new MissingSecretError()
  const file = path.join(dataDir(), '.payload-secret')
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  const secret = randomBytes(32).toString('hex')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  return secret
}
