import { describe, expect, it } from 'vitest'
import { checkImport } from './check'
import { body, editTarget, exportedUnits, FIELD, job, TITLE, withTargetsAsSource } from './fixtures.test-support'
import type { InlineNode } from './inline'
import { readXliff } from './read'
import { applyRichTextTargets, richTextUnits, type TextUnit } from './units'
import { validateXliff } from './validate'
import { writeXliff12, writeXliff21 } from './write'

const writers = { '2.1': writeXliff21, '1.2': writeXliff12 } as const
const expectedUnits = () => new Map(exportedUnits().map((unit) => [unit.id, unit]))

/** What an import does with a checked file: text fields get strings, the rich text gets its blocks replaced. */
function imported(xml: string) {
  const result = checkImport(readXliff(xml), expectedUnits(), { sourceLanguage: 'en', targetLanguage: 'de' })
  const blocks = new Map<string, InlineNode[]>()
  const texts = new Map<string, string>()
  for (const { unit, target } of result.applied) {
    if (unit.kind === 'richText') blocks.set(unit.block, target as InlineNode[])
    else texts.set(unit.id, target as string)
  }
  return { result, texts, richText: applyRichTextTargets(body, blocks) }
}

describe('rich text as translation units', () => {
  it('has one unit per paragraph, heading, list item and quote, none for empty or text-less blocks', () => {
    expect(richTextUnits(body).map(({ block }) => block)).toEqual(['0', '1', '2.0', '2.1.0.0', '5'])
  })

  it('marks formats, links and line breaks with ids unique in the unit', () => {
    const [first] = richTextUnits(body)
    expect(first.content).toEqual([
      { type: 'text', text: 'Read ' },
      { type: 'span', id: '1', code: 'bold', children: [{ type: 'span', id: '2', code: 'italic', children: [{ type: 'text', text: 'the bold & italic' }] }] },
      { type: 'text', text: ' part, then ' },
      { type: 'span', id: '3', code: 'link', url: 'https://example.com/?a=1&b=2', children: [{ type: 'text', text: 'click <here>' }] },
      { type: 'placeholder', id: '4', code: 'lineBreak' },
      { type: 'span', id: '5', code: 'underline', children: [{ type: 'text', text: 'bye' }] },
    ])
  })
})

describe.each(['2.1', '1.2'] as const)('XLIFF %s', (version) => {
  const write = writers[version]

  it('gives back the same Lexical JSON and text when every target equals its source', () => {
    const xml = write(job(withTargetsAsSource(exportedUnits())))
    const { result, texts, richText } = imported(xml)
    expect(result.refused).toEqual([])
    expect(result.skipped).toEqual([])
    expect(result.applied).toHaveLength(6)
    expect(texts.get(TITLE)).toBe('About "us" & <them>\r\nnow')
    expect(richText).toEqual(body)
  })

  it('reads back the version, the languages and every unit of a fresh export, with no targets', () => {
    const document = readXliff(write(job(exportedUnits())))
    expect(document).toMatchObject({ version, sourceLanguage: 'en', targetLanguage: 'de' })
    expect(document.units.map(({ id }) => id)).toEqual([TITLE, `${FIELD}:0`, `${FIELD}:1`, `${FIELD}:2.0`, `${FIELD}:2.1.0.0`, `${FIELD}:5`])
    expect(document.units.every(({ target }) => target === undefined)).toBe(true)
  })

  it('puts translated text in the right places, codes reordered, keeping the link and the line break as they were', () => {
    const tags =
      version === '2.1'
        ? {
            link: (inner: string) => `<pc id="3" dataRefStart="d3" type="link">${inner}</pc>`,
            bold: (inner: string) => `<pc id="1" type="fmt" subType="xlf:b">${inner}</pc>`,
            italic: (inner: string) => `<pc id="2" type="fmt" subType="xlf:i">${inner}</pc>`,
            underline: (inner: string) => `<pc id="5" type="fmt" subType="xlf:u">${inner}</pc>`,
            lineBreak: '<ph id="4" type="fmt" subType="xlf:lb"></ph>',
          }
        : {
            link: (inner: string) => `<g id="3" ctype="link">${inner}</g>`,
            bold: (inner: string) => `<g id="1" ctype="bold">${inner}</g>`,
            italic: (inner: string) => `<g id="2" ctype="italic">${inner}</g>`,
            underline: (inner: string) => `<g id="5" ctype="underlined">${inner}</g>`,
            lineBreak: '<x id="4" ctype="lb"/>',
          }
    let xml = write(job(withTargetsAsSource(exportedUnits())))
    xml = editTarget(
      xml,
      `${FIELD}:0`,
      () => `${tags.link('hier &lt;klicken&gt;')}, dann ${tags.bold(tags.italic('den fetten &amp; kursiven'))} Teil lesen${tags.lineBreak}${tags.underline('tschüss')}`,
    )
    xml = editTarget(xml, `${FIELD}:1`, () => 'Was wir tun')
    xml = editTarget(xml, TITLE, () => 'Über „uns“')
    const { result, texts, richText } = imported(xml)
    expect(result.refused).toEqual([])
    expect(texts.get(TITLE)).toBe('Über „uns“')

    const [paragraph, heading, ...rest] = richText.root.children
    const [, , ...originalRest] = body.root.children
    const link = body.root.children[0].children?.[3]
    expect(paragraph.children).toEqual([
      { ...link, children: [{ ...link?.children?.[0], text: 'hier <klicken>' }] },
      expect.objectContaining({ type: 'text', text: ', dann ', format: 0 }),
      expect.objectContaining({ type: 'text', text: 'den fetten & kursiven', format: 3 }),
      expect.objectContaining({ type: 'text', text: ' Teil lesen', format: 0 }),
      { type: 'linebreak', version: 1 },
      expect.objectContaining({ type: 'text', text: 'tschüss', format: 8 }),
    ])
    expect({ ...paragraph, children: [] }).toEqual({ ...body.root.children[0], children: [] })
    expect(heading).toEqual({ ...body.root.children[1], children: [{ ...body.root.children[1].children?.[0], text: 'Was wir tun' }] })
    expect(rest).toEqual(originalRest)
  })

  it('writes source and target without added whitespace, escaped, with the context notes', () => {
    const xml = write(job(withTargetsAsSource(exportedUnits())))
    expect(xml).toContain('About "us" &amp; &lt;them&gt;&#13;\nnow')
    expect(xml).not.toMatch(/<source[^>]*>\s/)
    if (version === '2.1') {
      expect(xml).toContain('<unit id="pages:12:title" slr:sizeRestriction="60">')
      expect(xml).toContain('<note category="field">Title</note><note category="site">Main site</note><note category="site">Hub</note><note category="maxLength">60</note>')
      expect(xml).toContain('<originalData><data id="d3">https://example.com/?a=1&amp;b=2</data></originalData>')
    } else {
      expect(xml).toContain('maxwidth="60" size-unit="char"')
      expect(xml).toContain('<note from="victor">Link 3: https://example.com/?a=1&amp;b=2</note>')
    }
  })

  it('validates against the OASIS schemas when they are installed, and says so when they are not', () => {
    const validation = validateXliff(write(job(withTargetsAsSource(exportedUnits()))), { targetLanguage: 'de' })
    expect(validation.problems).toEqual([])
    if (validation.schema === 'unavailable') expect(validation.schemaNotice?.key).toBe('xliffSchemaUnavailable')
    else expect(validation.schema).toBe('valid')
    if (process.env.VICTOR_XLIFF_SCHEMAS) expect(validation.schema).toBe('valid')
  })
})

describe('writing', () => {
  it('refuses characters XML 1.0 cannot carry, naming the unit', () => {
    const units: TextUnit[] = [{ id: 'pages:1:title', kind: 'text', source: 'Bell \u0007', notes: { label: 'Title' } }]
    expect(() => writeXliff21(job(units))).toThrow(expect.objectContaining({ reason: { key: 'xliffInvalidCharacter', vars: { unit: 'pages:1:title', codePoint: 'U+0007' } } }))
    expect(() => writeXliff12(job([{ ...units[0], source: 'lone \uD800' }]))).toThrow(/U\+D800/)
  })

  it('refuses ids XLIFF 2 cannot carry', () => {
    expect(() => writeXliff21({ ...job([]), files: [{ id: 'pages/12', original: 'pages/12', units: [] }] })).toThrow(
      expect.objectContaining({ reason: expect.objectContaining({ key: 'xliffInvalidId' }) }),
    )
  })
})
