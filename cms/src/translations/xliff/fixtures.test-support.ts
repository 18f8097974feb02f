import type { LexicalNode, TranslationUnit } from './units'
import { richTextFieldUnits, textUnit } from './units'
import type { XliffJob } from './write'

const text = (value: string, format = 0): LexicalNode => ({ type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 })
const element = (type: string, children: LexicalNode[], extra: Record<string, unknown> = {}): LexicalNode & { children: LexicalNode[] } => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

/** Rich text as Payload's Lexical editor stores it: formats, a link, a line break, a heading, a nested list, a quote. */
export const body = {
  root: element('root', [
    element(
      'paragraph',
      [
        text('Read '),
        text('the bold & italic', 1 | 2),
        text(' part, then '),
        element('link', [text('click <here>')], { fields: { url: 'https://example.com/?a=1&b=2', newTab: true, linkType: 'custom' }, id: '66f0c0ffee' }),
        { type: 'linebreak', version: 1 },
        text('bye', 8),
      ],
      { textFormat: 0, textStyle: '' },
    ),
    element('heading', [text('What we do')], { tag: 'h2' }),
    element(
      'list',
      [
        element('listitem', [text('First')], { value: 1 }),
        element('listitem', [element('list', [element('listitem', [text('Nested')], { value: 1 })], { listType: 'bullet', tag: 'ul', start: 1 })], { value: 2 }),
      ],
      {
        listType: 'bullet',
        tag: 'ul',
        start: 1,
      },
    ),
    element('paragraph', []),
    { type: 'horizontalrule', version: 1 },
    element('quote', [text('Stay '), text('safe', 4)]),
  ]),
}

export const FIELD = 'pages:12:layout.3.body'
export const TITLE = 'pages:12:title'

export function exportedUnits(): TranslationUnit[] {
  return [textUnit(TITLE, 'About "us" & <them>\r\nnow', { label: 'Title', sites: ['Main site', 'Hub'], maxLength: 60 }), ...richTextFieldUnits(FIELD, body, { label: 'Text', sites: ['Main site'] })]
}

export function job(units: TranslationUnit[]): XliffJob {
  return { sourceLanguage: 'en', targetLanguage: 'de', files: [{ id: 'pages:12', original: 'pages/12', notes: ['About us'], units }] }
}

/** Every unit translated as its own source, as a translator would who copies source to target. */
export function withTargetsAsSource(units: TranslationUnit[]): TranslationUnit[] {
  return units.map((unit) => (unit.kind === 'text' ? { ...unit, target: unit.source } : { ...unit, target: unit.source }))
}

/** Edits one unit's target in a written file, the way a translation tool or a person would. */
export function editTarget(xml: string, unit: string, edit: (target: string) => string): string {
  const start = xml.search(new RegExp(`<(unit|trans-unit) id="${unit.replace(/[.:]/g, '\\$&')}"`))
  if (start < 0) throw new Error(`no unit ${unit}`)
  const end = xml.indexOf('unit>', start) + 'unit>'.length
  const block = xml.slice(start, end).replace(/(<target[^>]*>)([\s\S]*?)(<\/target>)/, (_, open: string, inner: string, close: string) => open + edit(inner) + close)
  return xml.slice(0, start) + block + xml.slice(end)
}
