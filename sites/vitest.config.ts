import { defineConfig } from 'vitest/config'
import { testGuards } from '../vitest.shared'

export default defineConfig({
  test: {
    ...testGuards,
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    // The site builds run once per file in beforeAll and are shared by its tests.
    hookTimeout: 240_000,
    testTimeout: 60_000,
    fileParallelism: false,
  },
})
