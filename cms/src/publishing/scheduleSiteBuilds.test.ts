/**
 * The server's own build loop (scheduleSiteBuilds): a burst of changes makes one run of the queue
 * once the changes settle, and runs never overlap; a change during a run makes exactly one more.
 * A controlled clock stands in for time; the queue is a stand-in whose runs end when the test says.
 */
import type { Payload } from 'payload'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const SETTLE_MS = 750

interface Run {
  finish: () => void
  fail: (error: Error) => void
}

/** A Payload whose jobs.run records each run and stays pending until the test ends it. */
function fakePayload() {
  const runs: Run[] = []
  let active = 0
  let mostAtOnce = 0
  const errors: unknown[] = []
  const payload = {
    jobs: {
      run: vi.fn(
        () =>
          new Promise<void>((resolve, reject) => {
            active++
            mostAtOnce = Math.max(mostAtOnce, active)
            const end = () => active--
            runs.push({ finish: () => (end(), resolve()), fail: (error) => (end(), reject(error)) })
          }),
      ),
    },
    logger: { error: (entry: unknown) => errors.push(entry) },
  }
  return { payload: payload as unknown as Payload, runs, errors, mostAtOnce: () => mostAtOnce }
}

/** A fresh module each test: the loop keeps its timer and running state in module scope. */
async function loadSchedule() {
  vi.resetModules()
  return (await import('./requestSiteBuild')).scheduleSiteBuilds
}

/** Lets the promise callbacks of a finished run happen. */
const settlePromises = () => vi.advanceTimersByTimeAsync(0)

beforeEach(() => {
  vi.useFakeTimers()
  // The test configuration runs builds by hand; this file tests the server's own loop.
  vi.stubEnv('VICTOR_SITE_BUILDS', 'server')
  vi.stubEnv('VICTOR_SITE_BUILD_DELAY_MS', String(SETTLE_MS))
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllEnvs()
})

describe('the server build loop', () => {
  it('waits for a burst to settle, then runs the site-builds queue once', async () => {
    const schedule = await loadSchedule()
    const { payload, runs } = fakePayload()
    for (let save = 0; save < 10; save++) {
      schedule(payload)
      await vi.advanceTimersByTimeAsync(SETTLE_MS / 2)
    }
    expect(payload.jobs.run).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(SETTLE_MS)
    expect(payload.jobs.run).toHaveBeenCalledTimes(1)
    expect(payload.jobs.run).toHaveBeenCalledWith({ queue: 'site-builds', limit: 100 })
    runs[0].finish()
    await settlePromises()
    await vi.advanceTimersByTimeAsync(SETTLE_MS * 10)
    expect(payload.jobs.run).toHaveBeenCalledTimes(1)
  })

  it('runs one build at a time: changes during a run make exactly one more run, after it', async () => {
    const schedule = await loadSchedule()
    const { payload, runs, mostAtOnce } = fakePayload()
    schedule(payload)
    await vi.advanceTimersByTimeAsync(SETTLE_MS)
    expect(runs).toHaveLength(1)
    // Two settled bursts while the first run is still going.
    for (let burst = 0; burst < 2; burst++) {
      schedule(payload)
      await vi.advanceTimersByTimeAsync(SETTLE_MS)
    }
    expect(runs).toHaveLength(1)
    runs[0].finish()
    await settlePromises()
    expect(runs).toHaveLength(2)
    runs[1].finish()
    await settlePromises()
    await vi.advanceTimersByTimeAsync(SETTLE_MS * 10)
    expect(runs).toHaveLength(2)
    expect(mostAtOnce()).toBe(1)
  })

  it('logs a failed run and runs again on the next change', async () => {
    const schedule = await loadSchedule()
    const { payload, runs, errors } = fakePayload()
    schedule(payload)
    await vi.advanceTimersByTimeAsync(SETTLE_MS)
    runs[0].fail(new Error('database is locked'))
    await settlePromises()
    expect(errors).toEqual([expect.objectContaining({ msg: 'Running site builds failed' })])
    schedule(payload)
    await vi.advanceTimersByTimeAsync(SETTLE_MS)
    expect(runs).toHaveLength(2)
  })

  it('leaves running builds to the caller when VICTOR_SITE_BUILDS=manual', async () => {
    vi.stubEnv('VICTOR_SITE_BUILDS', 'manual')
    const schedule = await loadSchedule()
    const { payload } = fakePayload()
    schedule(payload)
    await vi.advanceTimersByTimeAsync(SETTLE_MS * 10)
    expect(payload.jobs.run).not.toHaveBeenCalled()
  })
})
