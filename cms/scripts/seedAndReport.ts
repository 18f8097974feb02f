import type { Payload } from 'payload'
import { seed } from '../src/seed'

export async function seedAndReport(payload: Payload): Promise<void> {
  const started = Date.now()
  const result = await seed(payload, {
    password: process.env.VICTOR_DEMO_PASSWORD,
    log: (message) => payload.logger.info(message),
  })
  const total = Object.values(result.created).reduce((sum, n) => sum + n, 0)
  payload.logger.info(
    total === 0
      ? 'Demo content already present; nothing added.'
      : `Demo content added in ${((Date.now() - started) / 1000).toFixed(1)} s: ${Object.entries(result.created)
          .map(([collection, n]) => `${n} ${collection}`)
          .join(', ')}.`,
  )
  if (result.generatedPassword) {
    const line = `Password of every demo account (admin@victor.local, editor-gr@victor.local, ...): ${result.generatedPassword}`
    console.log(`\n${'='.repeat(line.length)}\n${line}\nShown only this once. Set VICTOR_DEMO_PASSWORD to choose it yourself.\n${'='.repeat(line.length)}\n`)
  }
}
