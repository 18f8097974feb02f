import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    // The site builds run once per file in beforeAll and are shared by its tests.
    hookTimeout: 240_000,
    testTimeout: 60_000,
    fileParallelism: false,
  },
})
