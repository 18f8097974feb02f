// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { initQuickExit } from '../src/scripts/quick-exit'

const DEST = 'https://www.bbc.com/weather'

function setup() {
  document.title = 'Stay safe'
  document.body.innerHTML = `
    <div data-quick-exit data-shift-two="two more" data-shift-one="one more" data-esc="esc again" data-leaving="leaving" data-neutral-title="Weather">
      <p data-quick-exit-hint hidden>hint</p>
      <a href="${DEST}" data-quick-exit-link>Exit this page</a>
      <p role="status" data-quick-exit-status></p>
    </div>
    <div data-quick-exit-overlay hidden></div>
    <input id="field">`
  const navigate = vi.fn()
  initQuickExit(document, navigate)
  const status = () => document.querySelector('[data-quick-exit-status]')!.textContent
  const overlay = () => document.querySelector<HTMLElement>('[data-quick-exit-overlay]')!
  return { navigate, status, overlay }
}

const key = (type: 'keydown' | 'keyup', key: string, target: EventTarget = document.body, extra: KeyboardEventInit = {}) =>
  target.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true, ...extra }))
const shift = () => {
  key('keydown', 'Shift')
  key('keyup', 'Shift')
}

describe('quick exit', () => {
  beforeEach(() => vi.useRealTimers())

  it('shows the shortcut hint only with JavaScript', () => {
    setup()
    expect(document.querySelector<HTMLElement>('[data-quick-exit-hint]')!.hidden).toBe(false)
  })

  it('leaves after Shift pressed on its own three times, announcing progress', () => {
    const { navigate, status, overlay } = setup()
    shift()
    expect(status()).toBe('two more')
    shift()
    expect(status()).toBe('one more')
    expect(navigate).not.toHaveBeenCalled()
    shift()
    expect(navigate).toHaveBeenCalledWith(DEST)
    expect(overlay().hidden).toBe(false)
    expect(document.title).toBe('Weather')
    // Announced in the role=status region, for a screen reader user who pressed it.
    expect(status()).toBe('leaving')
  })

  it('does not count Shift used to type a capital letter, nor presses more than 5 s apart', () => {
    vi.useFakeTimers()
    const { navigate } = setup()
    key('keydown', 'Shift')
    key('keydown', 'A')
    key('keyup', 'Shift')
    shift()
    vi.advanceTimersByTime(5100)
    shift()
    shift()
    expect(navigate).not.toHaveBeenCalled()
    shift()
    expect(navigate).toHaveBeenCalledTimes(1)
  })

  it('leaves after Esc twice within 1 s, but not while typing in a form field', () => {
    vi.useFakeTimers()
    const { navigate, status } = setup()
    const field = document.getElementById('field')!
    key('keydown', 'Escape', field)
    key('keydown', 'Escape', field)
    expect(navigate).not.toHaveBeenCalled()
    key('keydown', 'Escape')
    expect(status()).toBe('esc again')
    vi.advanceTimersByTime(1500)
    key('keydown', 'Escape')
    expect(navigate).not.toHaveBeenCalled()
    vi.advanceTimersByTime(300)
    key('keydown', 'Escape')
    expect(navigate).toHaveBeenCalledWith(DEST)
  })

  it('uses location.replace for a click on the link, and removes the cover on coming back', () => {
    const { navigate, overlay, status } = setup()
    const link = document.querySelector<HTMLAnchorElement>('[data-quick-exit-link]')!
    const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 })
    link.dispatchEvent(event)
    expect(event.defaultPrevented).toBe(true)
    expect(navigate).toHaveBeenCalledWith(DEST)
    expect(overlay().hidden).toBe(false)
    expect(status()).toBe('leaving')
    window.dispatchEvent(new Event('pageshow'))
    expect(overlay().hidden).toBe(true)
    expect(document.title).toBe('Stay safe')
    expect(status()).toBe('')
  })
})
