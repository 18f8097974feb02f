/**
 * The partner widgets' module (`/v1/victor-widgets.js`): custom elements such as
 * `<victor-helplines site="ro-prevention" lang="ro">` that replace the plain content pasted inside
 * them with the live widget, in a shadow root so neither page's styles reach the other.
 *
 * It asks only its own origin, once per site and language however many widgets a page holds,
 * without cookies or referrer; it stores nothing, uses no eval, no inline style and no HTML
 * parsing (the data is a tree built with DOM methods, so a host's Trusted Types policy holds).
 * If anything fails, the pasted content stays: a visitor still sees a working helpline.
 */
import type { WidgetData, WidgetNode } from '@victor/shared/widgets'
import { DEFAULT_WIDGET_LOOK, widgetElement, widgetKinds, widgetPaths, widgetSizes, widgetThemes } from '@victor/shared/widgets'

/** styles.css, put in by the bundler (bundle.ts). */
declare const WIDGET_CSS: string

const origin = new URL(import.meta.url).origin
const versionRoot = new URL(widgetPaths.module.replace(/[^/]+$/, ''), origin)
const requests = new Map<string, Promise<WidgetData>>()
let sheet: CSSStyleSheet | undefined

function load(site: string, lang: string): Promise<WidgetData> {
  const url = new URL(widgetPaths.data(site, lang), origin).href
  let request = requests.get(url)
  if (!request) {
    request = fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer' }).then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`)
      return response.json() as Promise<WidgetData>
    })
    requests.set(url, request)
  }
  return request
}

function build(node: WidgetNode): Node {
  if (typeof node === 'string') return document.createTextNode(node)
  const [tag, attributes, ...children] = node
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, name === 'src' ? new URL(value, versionRoot).href : value)
  element.append(...children.map(build))
  return element
}

const option = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T => (allowed.includes(value as T) ? (value as T) : fallback)

for (const kind of widgetKinds) {
  customElements.define(
    widgetElement(kind),
    class extends HTMLElement {
      static observedAttributes = ['site', 'lang', 'theme', 'size']
      #shown = 0

      connectedCallback() {
        void this.#show()
      }

      attributeChangedCallback() {
        if (this.isConnected) void this.#show()
      }

      async #show() {
        const site = this.getAttribute('site')
        const lang = this.getAttribute('lang')
        if (!site || !lang) return
        const attempt = ++this.#shown
        try {
          const data = await load(site, lang)
          const widget = data.widgets[kind]
          if (!widget || attempt !== this.#shown) return
          const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' })
          if (!sheet) {
            sheet = new CSSStyleSheet()
            sheet.replaceSync(WIDGET_CSS)
          }
          root.adoptedStyleSheets = [sheet]
          const size = option(this.getAttribute('size'), widgetSizes, DEFAULT_WIDGET_LOOK.size)
          const box = build([
            'div',
            { class: 'vw', lang: data.locale, dir: data.dir, 'data-theme': option(this.getAttribute('theme'), widgetThemes, DEFAULT_WIDGET_LOOK.theme), 'data-size': size },
            size === 'full' ? widget.full : widget.compact,
          ])
          root.replaceChildren(box)
        } catch {
          // The pasted content stays.
        }
      }
    },
  )
}
