/**
 * What each widget shows for one site in one locale, as trees (see WidgetNode in
 * @victor/shared/widgets): the module builds them in a shadow root, the iframe pages and snippets
 * get them as HTML. One description of each widget, so the three variants cannot drift apart.
 */
import type { LocaleCode } from '@victor/shared'
import type { SnapshotHelpline } from '@victor/shared/snapshot'
import type { WidgetData, WidgetNode } from '@victor/shared/widgets'
import { EMERGENCY_NUMBER } from '../lib/constants'
import { homeCampaign, signsChecklist } from '../lib/featured'
import { bandHelplines, helplineName, telHref } from '../lib/helplines'
import { formatList, getT, langAttrs, localeDef, nativeName } from '../lib/i18n'
import type { ImageVariant } from '../lib/images'
import { pick } from '../lib/model'
import type { SiteModel } from '../lib/site-model'

/** Pictures go below `data/<siteId>/img/`; a tree names them relative to the version folder. */
export const WIDGET_IMAGE_DIR = 'img'
/** The picture widths a banner uses, by size (the nearest generated width at least this wide). */
const BANNER_WIDTHS = { compact: 480, full: 960 }
/** A compact signs card lists this many signs, then links to the rest. */
const COMPACT_SIGNS = 3

type Attributes = Record<string, string>
const el = (tag: string, attributes: Attributes, ...children: (WidgetNode | false | null | undefined)[]): WidgetNode => [
  tag,
  attributes,
  ...children.filter((child): child is WidgetNode => child !== false && child !== null && child !== undefined),
]
/** `lang`/`dir` for a text shown in another language than the widget's. */
const inLanguage = (lang: string, locale: string): Attributes => langAttrs(lang, locale) as Attributes

export interface WidgetContent {
  data: WidgetData
  /** Picture files the trees show: from the site's own path to the name below `img/`. */
  images: Map<string, string>
}

export async function widgetContent(model: SiteModel, locale: LocaleCode): Promise<WidgetContent> {
  const { snapshot, urls } = model
  const t = await getT(locale)
  const siteId = snapshot.site.siteId
  const absolute = (path: string) => urls.absolute(urls.href(locale, path))
  const images = new Map<string, string>()
  const widgets: WidgetData['widgets'] = {}
  const fallback: WidgetData['fallback'] = {}

  // Helplines: every site has them (none listed: the emergency number, as on the sites).
  const lines = bandHelplines(snapshot)
  const helplinesTitle = t('help.regionLabel')
  const lineName = (line: SnapshotHelpline) => helplineName(snapshot, line, locale, t)
  const helpline = (line: SnapshotHelpline, full: boolean): WidgetNode => {
    const name = lineName(line)
    const hours = pick(snapshot, line.hours, locale)
    const badges = [line.available24h ? t('help.open24h') : null, line.freeOfCharge ? t('help.free') : null].filter(Boolean).join(' · ')
    return el(
      'li',
      {},
      el('p', { class: 'vw-name', ...inLanguage(name.lang, locale) }, name.value),
      el('a', { class: 'vw-tel', href: telHref(line.number) }, el('span', { class: 'vw-hidden' }, `${t('help.call')} `), el('span', { dir: 'ltr' }, line.display)),
      badges && el('p', { class: 'vw-facts' }, badges),
      full && !line.available24h && hours && el('p', { class: 'vw-facts' }, `${t('help.hoursLabel')}: `, el('span', inLanguage(hours.lang, locale), hours.value)),
      full && line.languages.length > 0 && el('p', { class: 'vw-facts' }, `${t('help.languagesLabel')}: ${formatList(line.languages.map(nativeName), locale)}`),
      full && line.sms && el('p', { class: 'vw-facts' }, `${t('help.smsLabel')}: `, el('a', { href: `sms:${line.sms}`, dir: 'ltr' }, line.sms)),
      full && line.chatUrl && el('p', { class: 'vw-facts' }, el('a', { href: line.chatUrl }, t('help.chat'))),
    )
  }
  const helplineCard = (full: boolean) =>
    el(
      'section',
      { 'aria-label': helplinesTitle },
      el('p', { class: 'vw-title' }, t('help.heading')),
      lines.length
        ? el('ul', {}, ...lines.map((line) => helpline(line, full)))
        : el('p', {}, `${t('help.emergency')}: `, el('a', { class: 'vw-tel', href: telHref(EMERGENCY_NUMBER) }, EMERGENCY_NUMBER)),
      el('a', { class: 'vw-more', href: absolute('get-help') }, t('help.more')),
    )
  widgets.helplines = { title: helplinesTitle, compact: helplineCard(false), full: helplineCard(true) }
  fallback.helplines = helplinesFallback(lines, { title: helplinesTitle, getHelp: absolute('get-help'), name: (line) => lineName(line).value, emergency: t('help.emergency') })

  // Campaign banner: the campaign the site's home page shows.
  const campaign = homeCampaign(snapshot)
  const campaignText = campaign ? pick(snapshot, campaign.translations, locale) : undefined
  if (campaign && campaignText) {
    const link = absolute('')
    const image = campaign.keyVisual ? model.images.get(campaign.keyVisual) : undefined
    const alt = campaign.keyVisual ? pick(snapshot, snapshot.media.find((media) => media.id === campaign.keyVisual)?.alt, locale) : undefined
    const picture = (size: keyof typeof BANNER_WIDTHS) => {
      if (!image) return null
      const variant = nearestWidth(image.fallback, BANNER_WIDTHS[size])
      const name = variant.file.split('/').pop()!
      images.set(variant.file, name)
      const height = Math.round((image.height / image.width) * variant.width)
      return el('img', { src: `data/${siteId}/${WIDGET_IMAGE_DIR}/${name}`, alt: alt?.value ?? '', width: String(variant.width), height: String(height), ...(alt ? inLanguage(alt.lang, locale) : {}) })
    }
    const textLang = inLanguage(campaignText.lang, locale)
    const banner = (size: keyof typeof BANNER_WIDTHS) =>
      el(
        'article',
        { 'aria-label': campaignText.value.title, ...textLang },
        picture(size),
        el('p', { class: 'vw-title' }, campaignText.value.title),
        size === 'full' && campaignText.value.summary && el('p', {}, campaignText.value.summary),
        el('a', { class: 'vw-more', href: link, lang: locale, dir: localeDef(locale).dir }, t('widget.more')),
      )
    widgets.campaign = { title: campaignText.value.title, compact: banner('compact'), full: banner('full') }
    fallback.campaign = siteLinkFallback(link, campaignText.value.title, textLang)
  }

  // Signs card: the checklist of the site's "recognise the signs" page (or the first page with one).
  const signs = signsChecklist(snapshot, locale)
  if (signs) {
    const link = absolute(signs.page.role === 'home' ? '' : signs.page.slug)
    const textLang = inLanguage(signs.lang, locale)
    const card = (full: boolean) =>
      el(
        'section',
        { 'aria-label': signs.block.heading, ...textLang },
        el('p', { class: 'vw-title' }, signs.block.heading),
        full && signs.block.intro && el('p', {}, signs.block.intro),
        el('ul', { class: 'vw-signs' }, ...(full ? signs.block.signs : signs.block.signs.slice(0, COMPACT_SIGNS)).map((sign) => el('li', {}, sign))),
        el('a', { class: 'vw-more', href: link, lang: locale, dir: localeDef(locale).dir }, t('widget.allSigns')),
      )
    widgets.signs = { title: signs.block.heading, compact: card(false), full: card(true) }
    fallback.signs = toHtml(el('p', {}, el('a', { href: link, ...textLang }, signs.block.heading)), el('ul', {}, ...signs.block.signs.map((sign) => el('li', textLang, sign))))
  }

  return { data: { version: 1, site: siteId, locale, dir: localeDef(locale).dir, widgets, fallback }, images }
}

/** The helplines as a snippet holds them: plain links that work without the module. */
export function helplinesFallback(lines: SnapshotHelpline[], text: { title: string; getHelp: string; name: (line: SnapshotHelpline) => string; emergency: string }): string {
  return toHtml(
    el('p', {}, el('a', { href: text.getHelp }, text.title)),
    lines.length
      ? el('ul', {}, ...lines.map((line) => el('li', {}, `${text.name(line)}: `, el('a', { href: telHref(line.number) }, line.display))))
      : el('p', {}, `${text.emergency}: `, el('a', { href: telHref(EMERGENCY_NUMBER) }, EMERGENCY_NUMBER)),
  )
}

/** A link to a site with its name: what a campaign or signs snippet holds when only the site is known. */
export function siteLinkFallback(href: string, name: string, attributes: Record<string, string> = {}): string {
  return toHtml(el('p', {}, el('a', { href, ...attributes }, name)))
}

function nearestWidth(variants: ImageVariant[], width: number): ImageVariant {
  return variants.find((variant) => variant.width >= width) ?? variants[variants.length - 1]
}

const escapeText = (text: string) => text.replace(/[&<>]/g, (char) => `&#${char.charCodeAt(0)};`)
const escapeAttribute = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`)
const VOID = new Set(['img', 'br'])

/** Trees as HTML, for snippets. */
export function toHtml(...nodes: (WidgetNode | false | null | undefined)[]): string {
  return nodes.map((node) => (node ? nodeHtml(node, {}) : '')).join('')
}

/**
 * A tree as HTML. `src` values are relative to the version folder; `srcBase` is prefixed to them
 * (an iframe page lies deeper). `linkTarget` sets where web links open (an iframe page: the top).
 */
export function nodeHtml(node: WidgetNode, options: { srcBase?: string; linkTarget?: string }): string {
  if (typeof node === 'string') return escapeText(node)
  const [tag, attributes, ...children] = node
  const attrs = { ...attributes }
  if (attrs.src && options.srcBase) attrs.src = options.srcBase + attrs.src
  if (tag === 'a' && options.linkTarget && /^https?:/.test(attrs.href ?? '')) attrs.target = options.linkTarget
  const open = `<${tag}${Object.entries(attrs)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('')}>`
  return VOID.has(tag) ? open : `${open}${children.map((child) => nodeHtml(child, options)).join('')}</${tag}>`
}
