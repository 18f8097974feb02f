import { defineConfig } from 'vitest/config'
import { testGuards } from '../vitest.shared'

export default defineConfig({
  test: { ...testGuards },
})
