import { expect, it } from 'vitest'

// Its own file, so the config is loaded with this DATABASE_URL. No MongoDB runs here: port 9
// (discard) refuses connections, which is what an operator sees with a wrong URL.
it('fails within seconds, clearly, when MongoDB cannot be reached', async () => {
  process.env.DATABASE_URL = 'mongodb://127.0.0.1:9/victor'
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../src/payload.config')
  const started = Date.now()
  await expect(getPayload({ config, cron: false, key: 'unreachable-mongo' })).rejects.toThrow(/cannot connect to MongoDB/)
  expect(Date.now() - started).toBeLessThan(15_000)
}, 30_000)
