/**
 * Keyboard shortcut and click handling of the quick exit. No framework, no storage.
 * - Shift pressed on its own three times, each within 5 s of the previous one, leaves.
 * - Esc twice within 1 s leaves (ignored while typing in a form field).
 * Leaving: cover the page, set a neutral tab title, announce it, then location.replace().
 * Coming back (bfcache) removes the cover.
 */
export const SHIFT_PRESSES = 3
export const SHIFT_WINDOW_MS = 5000
export const ESC_WINDOW_MS = 1000

function isFormField(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false
  if ((target as HTMLElement).isContentEditable) return true
  return !!target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')
}

export function initQuickExit(doc: Document, navigate: (url: string) => void = (url) => doc.defaultView?.location.replace(url)) {
  const root = doc.querySelector<HTMLElement>('[data-quick-exit]')
  const link = root?.querySelector<HTMLAnchorElement>('[data-quick-exit-link]')
  if (!root || !link) return
  const status = root.querySelector<HTMLElement>('[data-quick-exit-status]')
  const overlay = doc.querySelector<HTMLElement>('[data-quick-exit-overlay]')
  const hint = root.querySelector<HTMLElement>('[data-quick-exit-hint]')
  if (hint) hint.hidden = false
  const originalTitle = doc.title
  const destination = link.href
  let shiftCount = 0
  let lastShift = 0
  let shiftAlone = false
  let lastEsc = 0
  let clearTimer: ReturnType<typeof setTimeout> | undefined

  const announce = (text: string) => {
    if (!status) return
    status.textContent = text
    clearTimeout(clearTimer)
    clearTimer = setTimeout(() => (status.textContent = ''), SHIFT_WINDOW_MS)
  }

  const leave = () => {
    if (overlay) overlay.hidden = false
    doc.documentElement.classList.add('qe-leaving')
    doc.title = root.dataset.neutralTitle || ' '
    announce(root.dataset.leaving || '')
    navigate(destination)
  }

  link.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    leave()
  })

  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Shift') {
      shiftAlone = !event.repeat && !event.ctrlKey && !event.altKey && !event.metaKey
      return
    }
    shiftAlone = false
    if (event.key === 'Escape' || event.key === 'Esc') {
      if (isFormField(event.target)) return
      const now = Date.now()
      if (lastEsc && now - lastEsc <= ESC_WINDOW_MS) {
        lastEsc = 0
        leave()
      } else {
        lastEsc = now
        announce(root.dataset.esc || '')
      }
    }
  })

  doc.addEventListener('keyup', (event) => {
    if (event.key !== 'Shift' || !shiftAlone) return
    shiftAlone = false
    const now = Date.now()
    if (now - lastShift > SHIFT_WINDOW_MS) shiftCount = 0
    shiftCount++
    lastShift = now
    if (shiftCount >= SHIFT_PRESSES) {
      shiftCount = 0
      leave()
    } else {
      announce((SHIFT_PRESSES - shiftCount === 1 ? root.dataset.shiftOne : root.dataset.shiftTwo) || '')
    }
  })

  doc.defaultView?.addEventListener('pageshow', () => {
    if (overlay) overlay.hidden = true
    doc.documentElement.classList.remove('qe-leaving')
    doc.title = originalTitle
    if (status) status.textContent = ''
    shiftCount = 0
    lastEsc = 0
  })
}
