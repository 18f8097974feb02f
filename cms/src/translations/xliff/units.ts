import { EMBEDDED_NODE, type InlineNode, KNOWN_FORMAT_BITS, LINE_BREAK, LINK, TEXT_FORMATS } from './inline'
import { XliffError } from './reasons'

/** What the translator is told about a unit. */
export interface UnitNotes {
  /** The field's label as the editor sees it. */
  label: string
  sites?: string[]
  /** Characters allowed in the field; only meaningful for plain text fields. */
  maxLength?: number
}

interface UnitBase {
  id: string
  notes: UnitNotes
}

export interface TextUnit extends UnitBase {
  kind: 'text'
  source: string
  target?: string
}

/** One block (paragraph, heading, list item, quote) of a rich text field. */
export interface RichTextUnit extends UnitBase {
  kind: 'richText'
  /** Id of the whole field, shared by its blocks' units. */
  field: string
  /** Where the block's inline content sits in the Lexical tree; see richTextUnits. */
  block: string
  source: InlineNode[]
  target?: InlineNode[]
}

export type TranslationUnit = TextUnit | RichTextUnit

/**
 * XLIFF 2 ids are NMTOKENs (no `/`, no spaces), so a unit id is `collection:document:field.path`,
 * e.g. `pages:12:layout.3.body`, and a rich text block adds `:block`, e.g. `pages:12:layout.3.body:2`.
 */
const NMTOKEN = /^[\p{L}\p{N}._:-]+$/u

export function unitId(collection: string, documentId: string | number, fieldPath: string): string {
  return checkedId(`${collection}:${documentId}:${fieldPath}`)
}

export function checkedId(id: string): string {
  if (!NMTOKEN.test(id)) throw new XliffError('xliffInvalidId', { id }, `"${id}" cannot be an XLIFF id: use letters, digits, '.', '-', '_' and ':' only`)
  return id
}

export function textUnit(id: string, text: string, notes: UnitNotes): TextUnit {
  return { id: checkedId(id), kind: 'text', source: text, notes }
}

export function richTextFieldUnits(field: string, value: unknown, notes: UnitNotes): RichTextUnit[] {
  return richTextUnits(value).map(({ block, content }) => ({ id: checkedId(`${field}:${block}`), kind: 'richText', field, block, source: content, notes }))
}

/** A unit's source or target as inline content, whatever its kind. */
export function unitContent(unit: TranslationUnit, which: 'source' | 'target'): InlineNode[] | undefined {
  const value = unit[which]
  if (value === undefined) return undefined
  return typeof value === 'string' ? [{ type: 'text', text: value }] : value
}

// ---------- Lexical ----------

export interface LexicalNode {
  type: string
  children?: LexicalNode[]
  [property: string]: unknown
}

/** Nodes that flow inside a paragraph; every other node is block level. */
const INLINE_TYPES = new Set(['text', 'linebreak', 'tab', 'link', 'autolink', 'inlineBlock'])
const LINK_TYPES = new Set(['link', 'autolink'])
const DEFAULT_TEXT: LexicalNode = { type: 'text', text: '', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }

/** Which Lexical node an inline code came from, so a translation can be put back around the same nodes. */
type CodeOrigin = { kind: 'format'; bit: number; textNode: LexicalNode } | { kind: 'link' | 'node'; node: LexicalNode }

interface Segment {
  block: string
  content: InlineNode[]
  parent: LexicalNode
  start: number
  count: number
  codes: Map<string, CodeOrigin>
  /** The first unformatted text node per link ('' outside links): where new plain text takes its properties from. */
  plainText: Map<string, LexicalNode>
  firstText?: LexicalNode
}

/**
 * The inline content of a Lexical value, one entry per run of inline nodes (usually: per paragraph,
 * heading, quote or list item). `block` is the index path of the element holding the run, e.g. `2` or
 * `1.0` for the first item of a list at index 1; a run not starting the element's children adds its start index.
 * Runs without any text (an empty paragraph) have nothing to translate and are left out.
 */
export function richTextUnits(value: unknown): { block: string; content: InlineNode[] }[] {
  return segments(value).map(({ block, content }) => ({ block, content }))
}

function segments(value: unknown): Segment[] {
  const root = (value as { root?: LexicalNode } | null)?.root
  if (!root || !Array.isArray(root.children)) return []
  const found: Segment[] = []
  const visit = (element: LexicalNode, path: string[]) => {
    const children = element.children ?? []
    for (let index = 0; index < children.length;) {
      if (!INLINE_TYPES.has(children[index].type)) {
        if (Array.isArray(children[index].children)) visit(children[index], [...path, String(index)])
        index++
        continue
      }
      let end = index
      while (end < children.length && INLINE_TYPES.has(children[end].type)) end++
      const block = index === 0 && path.length > 0 ? path.join('.') : [...path, String(index)].join('.')
      const segment = segmentOf(block, element, index, end - index)
      if (/\S/.test(textOf(segment.content))) found.push(segment)
      index = end
    }
  }
  visit(root, [])
  return found
}

function segmentOf(block: string, parent: LexicalNode, start: number, count: number): Segment {
  const segment: Segment = { block, content: [], parent, start, count, codes: new Map(), plainText: new Map() }
  let nextId = 1
  const newId = () => String(nextId++)

  const convert = (nodes: LexicalNode[], link: string): InlineNode[] =>
    nodes.flatMap((node): InlineNode[] => {
      if (node.type === 'text') {
        const text = String(node.text ?? '')
        if (!text) return []
        segment.firstText ??= node
        const format = Number(node.format ?? 0)
        const applied = TEXT_FORMATS.filter(({ bit }) => format & bit)
        if (applied.length === 0 && !segment.plainText.has(link)) segment.plainText.set(link, node)
        const spans = applied.map(({ bit, name }) => {
          const id = newId()
          segment.codes.set(id, { kind: 'format', bit, textNode: node })
          return { id, name }
        })
        return [spans.reduceRight<InlineNode>((inner, { id, name }) => ({ type: 'span', id, code: name, children: [inner] }), { type: 'text', text })]
      }
      const id = newId()
      if (LINK_TYPES.has(node.type)) {
        segment.codes.set(id, { kind: 'link', node })
        return [{ type: 'span', id, code: LINK, url: linkUrl(node), children: convert(node.children ?? [], id) }]
      }
      segment.codes.set(id, { kind: 'node', node })
      return [node.type === 'linebreak' ? { type: 'placeholder', id, code: LINE_BREAK } : { type: 'placeholder', id, code: EMBEDDED_NODE, label: node.type }]
    })

  segment.content = convert((parent.children ?? []).slice(start, start + count), '')
  return segment
}

function linkUrl(node: LexicalNode): string {
  const fields = node.fields as { url?: unknown; linkType?: unknown; doc?: { relationTo?: unknown; value?: unknown } } | undefined
  if (typeof fields?.url === 'string' && fields.url) return fields.url
  if (fields?.linkType === 'internal' && fields.doc) {
    const target = fields.doc.value
    return `internal:${String(fields.doc.relationTo)}/${typeof target === 'object' && target ? String((target as { id?: unknown }).id) : String(target)}`
  }
  return typeof node.url === 'string' ? node.url : ''
}

const textOf = (content: InlineNode[]): string => content.map((node) => (node.type === 'text' ? node.text : node.type === 'span' ? textOf(node.children) : '')).join('')

/**
 * The Lexical value with the given blocks' inline content replaced by their translations. Block structure,
 * links (URL, target, internal document), line breaks and every other node are kept as they were; only text
 * and which formats apply to it come from the translation. Blocks not in `targets` stay untouched.
 */
export function applyRichTextTargets<T>(value: T, targets: Map<string, InlineNode[]> | Record<string, InlineNode[]>): T {
  const byBlock = targets instanceof Map ? targets : new Map(Object.entries(targets))
  const copy = structuredClone(value)
  const all = segments(copy)
  for (const block of byBlock.keys()) {
    if (!all.some((segment) => segment.block === block)) throw new Error(`The rich text has no block ${block}`)
  }
  // From the last run backwards, so splicing one run does not move the start of an earlier one in the same element.
  for (const segment of all.reverse()) {
    const target = byBlock.get(segment.block)
    if (!target) continue
    segment.parent.children?.splice(segment.start, segment.count, ...rebuild(target, segment))
  }
  return copy
}

function rebuild(target: InlineNode[], segment: Segment): LexicalNode[] {
  const origin = (id: string) => {
    const found = segment.codes.get(id)
    if (!found) throw new Error(`Block ${segment.block} has no inline code ${id}`)
    return found
  }
  const build = (nodes: InlineNode[], bits: number, formatId: string | undefined, link: string): LexicalNode[] =>
    nodes.flatMap((node): LexicalNode[] => {
      if (node.type === 'text') {
        if (!node.text) return []
        const formatOrigin = formatId ? segment.codes.get(formatId) : undefined
        const template = (formatOrigin?.kind === 'format' ? formatOrigin.textNode : undefined) ?? segment.plainText.get(link) ?? segment.firstText ?? DEFAULT_TEXT
        // Bits we have no code for (a newer Lexical's) stay as the original text had them.
        return [{ ...structuredClone(template), text: node.text, format: bits | (Number(template.format ?? 0) & ~KNOWN_FORMAT_BITS) }]
      }
      const from = origin(node.id)
      if (from.kind === 'format') return build(node.type === 'span' ? node.children : [], bits | from.bit, node.id, link)
      if (from.kind === 'link') return [{ ...structuredClone(from.node), children: build(node.type === 'span' ? node.children : [], bits, formatId, node.id) }]
      return [structuredClone(from.node)]
    })
  return build(target, 0, undefined, '')
}
