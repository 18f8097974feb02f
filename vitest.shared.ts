/**
 * What every package's vitest run shares: a focused test (`.only`) fails the run instead of
 * quietly skipping the rest, and a test in which no assertion ran fails instead of passing.
 */
export const testGuards = {
  allowOnly: false,
  expect: { requireAssertions: true },
} as const
