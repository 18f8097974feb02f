import { XliffError } from './reasons'

/**
 * Inline content of one unit, independent of the XLIFF version: text, spans (formats, links)
 * and placeholders (line breaks, other embedded nodes). `id` is the inline code's id in the unit.
 */
export type InlineNode = InlineText | InlineSpan | InlinePlaceholder

export interface InlineText {
  type: 'text'
  text: string
}

export interface InlineSpan {
  type: 'span'
  id: string
  /** A text format name from TEXT_FORMATS, 'link', or a description of a code we do not know. */
  code: string
  /** Only for links, shown to the translator; an import never takes it back. */
  url?: string
  children: InlineNode[]
}

export interface InlinePlaceholder {
  type: 'placeholder'
  id: string
  /** 'lineBreak', 'node' (any other embedded Lexical node), or a description of a code we do not know. */
  code: string
  /** What the embedded node is, for the translator. */
  label?: string
}

/**
 * Lexical's text format bits and how each is marked in XLIFF, outermost first.
 * XLIFF 2.1 reserves only xlf:b, xlf:i, xlf:u (and xlf:lb, xlf:pb, xlf:var) for formats, so the others
 * use our own `victor:` prefix; XLIFF 1.2 has bold, italic, underlined and `x-` extensions for the rest.
 */
export const TEXT_FORMATS = [
  { name: 'bold', bit: 1, xliff21: 'xlf:b', xliff12: 'bold' },
  { name: 'italic', bit: 2, xliff21: 'xlf:i', xliff12: 'italic' },
  { name: 'strikethrough', bit: 4, xliff21: 'victor:s', xliff12: 'x-strikethrough' },
  { name: 'underline', bit: 8, xliff21: 'xlf:u', xliff12: 'underlined' },
  { name: 'code', bit: 16, xliff21: 'victor:code', xliff12: 'x-code' },
  { name: 'subscript', bit: 32, xliff21: 'victor:sub', xliff12: 'x-subscript' },
  { name: 'superscript', bit: 64, xliff21: 'victor:sup', xliff12: 'x-superscript' },
  { name: 'highlight', bit: 128, xliff21: 'victor:highlight', xliff12: 'x-highlight' },
  { name: 'lowercase', bit: 256, xliff21: 'victor:lowercase', xliff12: 'x-lowercase' },
  { name: 'uppercase', bit: 512, xliff21: 'victor:uppercase', xliff12: 'x-uppercase' },
  { name: 'capitalize', bit: 1024, xliff21: 'victor:capitalize', xliff12: 'x-capitalize' },
] as const

export type TextFormat = (typeof TEXT_FORMATS)[number]

export const KNOWN_FORMAT_BITS = TEXT_FORMATS.reduce((bits, format) => bits | format.bit, 0)

export const LINK = 'link'
export const LINE_BREAK = 'lineBreak'
export const EMBEDDED_NODE = 'node'

export function textFormatByName(name: string): TextFormat | undefined {
  return TEXT_FORMATS.find((format) => format.name === name)
}

// ---------- XML escaping ----------

/** XML 1.0 cannot carry these at all, not even as character references. */
const NOT_XML_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u

export function assertXmlCharacters(value: string, unit: string): void {
  const bad = NOT_XML_CHARACTER.exec(value)
  if (!bad) return
  const codePoint = `U+${(bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
  throw new XliffError('xliffInvalidCharacter', { unit, codePoint }, `Unit ${unit} contains ${codePoint}, which XML 1.0 cannot carry`)
}

/** `\r` as a reference, because parsers turn a literal CR (or CRLF) into LF. */
export function escapeText(value: string, unit: string): string {
  assertXmlCharacters(value, unit)
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;')
}

/** Whitespace as references, because attribute value normalization turns tab, LF and CR into spaces. */
export function escapeAttribute(value: string, unit: string): string {
  return escapeText(value, unit).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;')
}

export function attributes(values: Record<string, string | number | undefined>, unit: string): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value), unit)}"`)
    .join('')
}

// ---------- inline content to XLIFF ----------

export interface OriginalData {
  id: string
  value: string
}

/** The `<data>` id holding a link's URL; a separate prefix keeps it apart from the inline code ids. */
export const dataIdFor = (inlineId: string) => `d${inlineId}`

/** XLIFF 2.1 inline codes; link URLs are returned to go into the unit's `<originalData>`. */
export function inlineToXliff21(content: InlineNode[], unit: string): { xml: string; originalData: OriginalData[] } {
  const originalData: OriginalData[] = []
  const write = (nodes: InlineNode[]): string =>
    nodes
      .map((node) => {
        if (node.type === 'text') return escapeText(node.text, unit)
        if (node.type === 'placeholder') {
          const attrs = node.code === LINE_BREAK ? { id: node.id, type: 'fmt', subType: 'xlf:lb' } : { id: node.id, type: 'other', disp: node.label }
          return `<ph${attributes(attrs, unit)}/>`
        }
        if (node.code === LINK) {
          const dataRefStart = dataIdFor(node.id)
          originalData.push({ id: dataRefStart, value: node.url ?? '' })
          return `<pc${attributes({ id: node.id, type: 'link', dataRefStart }, unit)}>${write(node.children)}</pc>`
        }
        const format = requireFormat(node)
        return `<pc${attributes({ id: node.id, type: 'fmt', subType: format.xliff21 }, unit)}>${write(node.children)}</pc>`
      })
      .join('')
  return { xml: write(content), originalData }
}

/**
 * XLIFF 1.2 inline codes. The strict schema allows no foreign attribute on `<g>` that it cannot validate,
 * so a link is `<g ctype="link">` and its URL is returned for a note on the unit.
 */
export function inlineToXliff12(content: InlineNode[], unit: string): { xml: string; links: OriginalData[] } {
  const links: OriginalData[] = []
  const write = (nodes: InlineNode[]): string =>
    nodes
      .map((node) => {
        if (node.type === 'text') return escapeText(node.text, unit)
        if (node.type === 'placeholder') return `<x${attributes({ id: node.id, ctype: node.code === LINE_BREAK ? 'lb' : 'x-other' }, unit)}/>`
        if (node.code === LINK) {
          links.push({ id: node.id, value: node.url ?? '' })
          return `<g${attributes({ id: node.id, ctype: 'link' }, unit)}>${write(node.children)}</g>`
        }
        return `<g${attributes({ id: node.id, ctype: requireFormat(node).xliff12 }, unit)}>${write(node.children)}</g>`
      })
      .join('')
  return { xml: write(content), links }
}

function requireFormat(span: InlineSpan): TextFormat {
  const format = textFormatByName(span.code)
  if (!format) throw new Error(`No XLIFF code for inline span ${span.code}`)
  return format
}

// ---------- XLIFF to inline content ----------

export type InlineCode = { type: 'span'; code: string } | { type: 'placeholder'; code: string }

/** The inverse of inlineToXliff21 for one element; unknown codes keep a description so checks can name them. */
export function codeFromXliff21(element: string, attrs: Record<string, string>): InlineCode {
  if (element === 'ph') {
    if (attrs.subType === 'xlf:lb') return { type: 'placeholder', code: LINE_BREAK }
    return { type: 'placeholder', code: attrs.type === 'other' ? EMBEDDED_NODE : describe(element, attrs.type, attrs.subType) }
  }
  if (attrs.type === 'link') return { type: 'span', code: LINK }
  const format = attrs.type === 'fmt' ? TEXT_FORMATS.find((candidate) => candidate.xliff21 === attrs.subType) : undefined
  return { type: 'span', code: format?.name ?? describe(element, attrs.type, attrs.subType) }
}

export function codeFromXliff12(element: string, attrs: Record<string, string>): InlineCode {
  if (element === 'x') return { type: 'placeholder', code: attrs.ctype === 'lb' ? LINE_BREAK : attrs.ctype === 'x-other' ? EMBEDDED_NODE : describe(element, attrs.ctype) }
  if (attrs.ctype === 'link') return { type: 'span', code: LINK }
  const format = TEXT_FORMATS.find((candidate) => candidate.xliff12 === attrs.ctype)
  return { type: 'span', code: format?.name ?? describe(element, attrs.ctype) }
}

const describe = (element: string, ...kinds: (string | undefined)[]) => [element, ...kinds.filter(Boolean)].join(':')

// ---------- comparing inline content ----------

/** Every inline code of the content, in document order. */
export function inlineCodes(content: InlineNode[]): { id: string; code: string }[] {
  return content.flatMap((node) => {
    if (node.type === 'text') return []
    const own = { id: node.id, code: node.code }
    return node.type === 'span' ? [own, ...inlineCodes(node.children)] : [own]
  })
}

/**
 * A comparable form of the content: adjacent text merged, Unicode NFC, whitespace runs as one space
 * (tools re-wrap or trim whitespace; that is not a changed source). URLs are left out: they are never imported.
 */
export function normalizedInline(content: InlineNode[]): string {
  const normalize = (nodes: InlineNode[]): unknown[] => {
    const out: unknown[] = []
    for (const node of nodes) {
      if (node.type === 'text') {
        const text = node.text.normalize('NFC').replace(/\s+/g, ' ')
        if (typeof out[out.length - 1] === 'string') out[out.length - 1] += text
        else if (text) out.push(text)
      } else if (node.type === 'span') out.push([node.id, node.code, normalize(node.children)])
      else out.push([node.id, node.code])
    }
    if (typeof out[0] === 'string') out[0] = out[0].trimStart()
    const last = out.length - 1
    if (typeof out[last] === 'string') out[last] = out[last].trimEnd()
    return out.filter((part) => part !== '')
  }
  return JSON.stringify(normalize(content))
}

export function inlinePlainText(content: InlineNode[]): string {
  return content.map((node) => (node.type === 'text' ? node.text : node.type === 'span' ? inlinePlainText(node.children) : '')).join('')
}
