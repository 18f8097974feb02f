import path from 'node:path'
import { defineConfig } from 'vitest/config'
import { testGuards } from '../vitest.shared'

export default defineConfig({
  resolve: {
    alias: { '@payload-config': path.resolve(import.meta.dirname, 'src/payload.config.ts') },
  },
  test: {
    ...testGuards,
    environment: 'node',
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // Migrates and seeds one SQLite database; each test file works on its own copy of it.
    globalSetup: ['tests/support/globalSetup.ts'],
    env: {
      PAYLOAD_SECRET: 'victor-test-secret-not-for-production',
      VICTOR_JOBS_AUTORUN: 'false',
      // Tests run site builds themselves, with payload.jobs.run().
      VICTOR_SITE_BUILDS: 'manual',
      DISABLE_PAYLOAD_HMR: 'true',
      NEXT_TELEMETRY_DISABLED: '1',
      PAYLOAD_LOG_LEVEL: 'error',
    },
    testTimeout: 60_000,
    hookTimeout: 180_000,
    maxWorkers: 2,
  },
})
