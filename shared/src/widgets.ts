/**
 * Partner widgets: the campaign on partners' own websites. What the sites (which write the
 * widgets' files), the CMS (which hands out snippets) and the hub's embed page share: the kinds,
 * looks and sizes, the published paths, and the snippet a partner pastes.
 *
 * Paths are below one version folder: `/v1/` keeps working when a breaking change arrives as
 * `/v2/`, so an embed pasted once never breaks.
 */
export const WIDGETS_VERSION = 'v1'
export const widgetKinds = ['helplines', 'campaign', 'signs'] as const
export const widgetThemes = ['light', 'dark', 'contrast'] as const
export const widgetSizes = ['compact', 'full'] as const
export const widgetVariants = ['script', 'iframe'] as const
export type WidgetKind = (typeof widgetKinds)[number]
export type WidgetTheme = (typeof widgetThemes)[number]
export type WidgetSize = (typeof widgetSizes)[number]
export type WidgetVariant = (typeof widgetVariants)[number]
/** What an element without `theme` or `size` shows. */
export const DEFAULT_WIDGET_LOOK: { theme: WidgetTheme; size: WidgetSize } = { theme: 'light', size: 'full' }

/** The widgets origin on one machine, beside the sites (sites/scripts/serve.ts). */
export const localWidgetsUrl = (port: number | string = 4321) => `http://widgets.localhost:${port}`
/** Where the widgets are served when no other address is configured (`VICTOR_WIDGETS_URL`). */
export const DEFAULT_WIDGETS_URL = localWidgetsUrl()

/** Paths below the widgets origin. */
export const widgetPaths = {
  module: `/${WIDGETS_VERSION}/victor-widgets.js`,
  /** The stylesheet of the iframe pages (the module carries its own copy). */
  stylesheet: `/${WIDGETS_VERSION}/victor-widgets.css`,
  data: (siteId: string, locale: string) => `/${WIDGETS_VERSION}/data/${siteId}/${locale}.json`,
  frame: (siteId: string, locale: string, kind: WidgetKind, theme: WidgetTheme, size: WidgetSize) => `/${WIDGETS_VERSION}/frame/${siteId}/${locale}/${kind}-${theme}-${size}.html`,
}

/** The folder inside each site's release that holds its widget files (sites/src/widgets/files.ts). */
export const SITE_WIDGETS_DIR = '_widgets'

/** Content-Security-Policy of an iframe page: its stylesheet and pictures, nothing else (no script). */
export const FRAME_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'"

/** The custom element of a kind: `<victor-helplines>`. */
export const widgetElement = (kind: WidgetKind) => `victor-${kind}`

/** The iframe variant cannot grow with its content: the height it is given, in CSS pixels. */
export const frameHeights: Record<WidgetKind, Record<WidgetSize, number>> = {
  helplines: { compact: 260, full: 480 },
  campaign: { compact: 220, full: 520 },
  signs: { compact: 300, full: 520 },
}

/**
 * One tree of a widget, as the sites render it and the module or the iframe page show it:
 * text, or an element `[tag, attributes, ...children]`. Data, not HTML, so the module builds it
 * with DOM methods and works under a host's Trusted Types policy.
 */
export type WidgetNode = string | [tag: string, attributes: Record<string, string>, ...children: WidgetNode[]]

/** What `/v1/data/<siteId>/<locale>.json` holds. */
export interface WidgetData {
  version: 1
  site: string
  locale: string
  dir: 'ltr' | 'rtl'
  /** Per kind, when the site has that content in any language: its title and its two sizes. */
  widgets: Partial<Record<WidgetKind, { title: string; compact: WidgetNode; full: WidgetNode }>>
  /** Per kind, the plain HTML a snippet holds inside the element: what shows without JavaScript. */
  fallback: Partial<Record<WidgetKind, string>>
}

const escapeAttribute = (value: string) => value.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`)

export interface SnippetOptions {
  kind: WidgetKind
  variant: WidgetVariant
  theme: WidgetTheme
  size: WidgetSize
  /** The widgets origin, e.g. https://widgets.example.org */
  origin: string
  /** The site's data for the locale: the widgets it has (their titles), their plain content, the direction. */
  data: Pick<WidgetData, 'site' | 'locale' | 'dir' | 'fallback'> & { widgets: Partial<Record<WidgetKind, { title: string }>> }
}

/** The HTML a partner pastes: the module and the element with plain content inside, or an iframe. */
export function widgetSnippet({ kind, variant, theme, size, origin, data }: SnippetOptions): string {
  const base = origin.replace(/\/+$/, '')
  const widget = data.widgets[kind]
  if (!widget) throw new Error(`The site ${data.site} has no ${kind} widget in ${data.locale}`)
  const dir = data.dir === 'rtl' ? ' dir="rtl"' : ''
  if (variant === 'iframe') {
    const src = base + widgetPaths.frame(data.site, data.locale, kind, theme, size)
    return (
      `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(widget.title)}" lang="${data.locale}"${dir} width="100%" height="${frameHeights[kind][size]}" ` +
      `loading="lazy" referrerpolicy="no-referrer" sandbox="allow-popups allow-top-navigation-by-user-activation allow-top-navigation-to-custom-protocols"></iframe>`
    )
  }
  const element = widgetElement(kind)
  return (
    `<script type="module" src="${escapeAttribute(base + widgetPaths.module)}"></script>\n` +
    `<${element} site="${data.site}" lang="${data.locale}"${dir} theme="${theme}" size="${size}">\n${data.fallback[kind] ?? ''}\n</${element}>`
  )
}
