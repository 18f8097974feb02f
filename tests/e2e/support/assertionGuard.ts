import type { FullResult, Reporter, TestCase, TestResult, TestStep } from '@playwright/test/reporter'

/**
 * Fails the run when a test passed without running a single assertion (Playwright reports each
 * `expect` as a step): such a test proves nothing, however green. `.only` is refused by the
 * configuration's forbidOnly.
 */
export default class AssertionGuard implements Reporter {
  #assertions = new Map<TestResult, number>()
  #withoutAssertion: string[] = []

  onStepEnd(_test: TestCase, result: TestResult, step: TestStep) {
    if (step.category === 'expect') this.#assertions.set(result, (this.#assertions.get(result) ?? 0) + 1)
  }

  onTestEnd(test: TestCase, result: TestResult) {
    if (result.status === 'passed' && !this.#assertions.get(result)) this.#withoutAssertion.push(test.titlePath().filter(Boolean).join(' › '))
    this.#assertions.delete(result)
  }

  async onEnd(): Promise<{ status?: FullResult['status'] } | undefined> {
    if (this.#withoutAssertion.length === 0) return undefined
    console.error(`\nThese tests passed without running any assertion:\n${this.#withoutAssertion.map((title) => `  ${title}`).join('\n')}\n`)
    return { status: 'failed' }
  }
}
