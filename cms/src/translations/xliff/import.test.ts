import { describe, expect, it } from 'vitest'
import { checkImport } from './check'
import { editTarget, exportedUnits, FIELD, job, TITLE, withTargetsAsSource } from './fixtures.test-support'
import { readXliff } from './read'
import { validateXliff } from './validate'
import { writeXliff12, writeXliff21 } from './write'

const expected = () => new Map(exportedUnits().map((unit) => [unit.id, unit]))
const check = (xml: string, targetLanguage = 'de') => checkImport(readXliff(xml), expected(), { sourceLanguage: 'en', targetLanguage })
const translated21 = () => writeXliff21(job(withTargetsAsSource(exportedUnits())))
const translated12 = () => writeXliff12(job(withTargetsAsSource(exportedUnits())))
const PARAGRAPH = `${FIELD}:0`

const refusal = (xml: string, unit: string) => check(xml).refused.find(({ id }) => id === unit)?.reason

describe('importing a returned file, unit by unit', () => {
  it('refuses a unit whose source changed since the export, and applies the others', () => {
    const xml = translated21().replace('>What we do</source>', '>What we did</source>')
    const result = check(xml)
    expect(result.refused).toEqual([{ id: `${FIELD}:1`, reason: { key: 'xliffSourceChanged', vars: { unit: `${FIELD}:1`, line: expect.any(Number) } } }])
    expect(result.applied).toHaveLength(5)
  })

  it('does not take re-wrapped whitespace or re-serialized codes in the source for a change', () => {
    const xml = translated21().replace('<ph id="4" type="fmt" subType="xlf:lb"/>', '<ph subType="xlf:lb" type="fmt" id="4"></ph>').replace('>Read <pc', '>  Read\n <pc')
    expect(check(xml).refused).toEqual([])
  })

  it('refuses a target with a missing, an extra or a renamed inline code', () => {
    const missing = editTarget(translated21(), PARAGRAPH, (target) => target.replace('<ph id="4" type="fmt" subType="xlf:lb"/>', ''))
    expect(refusal(missing, PARAGRAPH)).toEqual({ key: 'xliffInlineCodesDiffer', vars: { unit: PARAGRAPH, line: expect.any(Number), missing: '4:lineBreak', extra: '' } })

    const extra = editTarget(translated21(), PARAGRAPH, (target) => `${target}<ph id="9" type="fmt" subType="xlf:lb"/>`)
    expect(refusal(extra, PARAGRAPH)).toMatchObject({ key: 'xliffInlineCodesDiffer', vars: { missing: '', extra: '9:lineBreak' } })

    const renamed = editTarget(translated12(), PARAGRAPH, (target) => target.replace('<g id="5" ctype="underlined">', '<g id="7" ctype="underlined">'))
    expect(refusal(renamed, PARAGRAPH)).toMatchObject({ key: 'xliffInlineCodesDiffer', vars: { missing: '5:underline', extra: '7:underline' } })

    const changedMeaning = editTarget(translated21(), PARAGRAPH, (target) => target.replace('subType="xlf:u"', 'subType="xlf:b"'))
    expect(refusal(changedMeaning, PARAGRAPH)).toMatchObject({ key: 'xliffInlineCodesDiffer', vars: { missing: '5:underline', extra: '5:bold' } })

    const twice = editTarget(translated21(), PARAGRAPH, (target) => target.replace('<pc id="5"', '<pc id="1"'))
    expect(refusal(twice, PARAGRAPH)).toMatchObject({ key: 'xliffDuplicateInlineId', vars: { id: '1' } })
  })

  it('refuses a code this CMS never writes, and a code in a plain text field', () => {
    const spanning = editTarget(translated21(), PARAGRAPH, (target) => target.replace('<ph id="4" type="fmt" subType="xlf:lb"/>', '<sc id="4"/><ec startRef="4"/>'))
    expect(refusal(spanning, PARAGRAPH)).toMatchObject({ key: 'xliffUnsupportedInline', vars: { unit: PARAGRAPH, element: 'sc' } })

    const codeInTitle = editTarget(translated21(), TITLE, (target) => `<pc id="1" type="fmt" subType="xlf:b">${target}</pc>`)
    expect(refusal(codeInTitle, TITLE)).toMatchObject({ key: 'xliffInlineCodesDiffer', vars: { extra: '1:bold' } })
  })

  it('refuses a unit id that was not exported, and both copies of a unit that is in the file twice', () => {
    const unknown = translated21().replace(`<unit id="${TITLE}"`, '<unit id="pages:99:title"')
    expect(refusal(unknown, 'pages:99:title')).toEqual({ key: 'xliffUnknownUnit', vars: { unit: 'pages:99:title', line: expect.any(Number) } })

    const duplicate = translated12().replace(`<trans-unit id="${FIELD}:1"`, `<trans-unit id="${FIELD}:0"`)
    expect(check(duplicate).refused.filter(({ reason }) => reason.key === 'xliffDuplicateUnit')).toHaveLength(2)
  })

  it('skips units without a target or with an empty one', () => {
    expect(check(writeXliff21(job(exportedUnits()))).skipped).toHaveLength(6)
    const empty = editTarget(translated12(), TITLE, () => '  ')
    expect(check(empty).skipped).toEqual([{ id: TITLE, reason: { key: 'xliffEmptyTarget', vars: { unit: TITLE, line: expect.any(Number) } } }])
  })

  it('refuses the whole file when it is for another target language', () => {
    for (const xml of [translated21(), translated12()]) {
      const result = check(xml, 'fr')
      expect(result.refusedFile).toEqual({ key: 'xliffWrongTargetLanguage', vars: { expected: 'fr', found: 'de' } })
      expect(result.applied).toEqual([])
    }
    expect(validateXliff(translated21(), { targetLanguage: 'fr' }).problems).toContainEqual({ key: 'xliffWrongTargetLanguage', vars: { expected: 'fr', found: 'de' } })
  })
})

describe('reading a file', () => {
  it('refuses what is not XML, naming the line', () => {
    const broken = translated21().replace('</notes>', '</note>')
    expect(() => readXliff(broken)).toThrow(expect.objectContaining({ reason: { key: 'xliffNotXml', vars: { line: 5, message: expect.stringContaining('mismatch') } } }))
    expect(() => readXliff('Title;Titel\n')).toThrow(/^Not an XML file: line 1/)
  })

  it('refuses a DOCTYPE or entity declarations before parsing (XXE)', () => {
    const xxe = translated21().replace('<xliff', '<!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n<xliff').replace('>What we do<', '>&secret;<')
    expect(() => readXliff(xxe)).toThrow(expect.objectContaining({ reason: { key: 'xliffDoctype', vars: { line: 2 } } }))
    expect(validateXliff(xxe).problems).toEqual([{ key: 'xliffDoctype', vars: { line: 2 } }])
  })

  it('refuses versions it does not read', () => {
    expect(() => readXliff(translated21().replace('version="2.1"', 'version="3.0"'))).toThrow(expect.objectContaining({ reason: { key: 'xliffUnknownVersion', vars: { version: '3.0' } } }))
    expect(() => readXliff(translated21().replace('document:2.0', 'document:2.2').replace('version="2.1"', 'version="2.2"'))).toThrow(/version "2\.2"/)
    expect(() => readXliff('<?xml version="1.0"?><tmx version="1.4"/>')).toThrow(expect.objectContaining({ reason: { key: 'xliffNotXliff', vars: { element: 'tmx' } } }))
  })

  it('reads a unit split into segments by a tool as one unit', () => {
    const xml = translated21().replace(
      /<segment><source xml:space="preserve">What we do<\/source><target xml:space="preserve">What we do<\/target><\/segment>/,
      '<segment id="s1"><source>What</source><target>Was</target></segment><ignorable><source> </source></ignorable><segment id="s2"><source>we do</source><target>wir tun</target></segment>',
    )
    const unit = readXliff(xml).units.find(({ id }) => id === `${FIELD}:1`)
    expect(unit?.target).toEqual([
      { type: 'text', text: 'Was' },
      { type: 'text', text: ' ' },
      { type: 'text', text: 'wir tun' },
    ])
    expect(check(xml).applied.map(({ id }) => id)).toContain(`${FIELD}:1`)
  })
})

describe('validating a file', () => {
  it('finds duplicate unit ids, duplicate inline ids and dangling data references, which no XSD checks', () => {
    const xml = translated21()
      .replace(`<unit id="${FIELD}:1"`, `<unit id="${FIELD}:0"`)
      .replace('<pc id="5" type="fmt" subType="xlf:u">bye</pc></source>', '<pc id="1" type="fmt" subType="xlf:u">bye</pc></source>')
      .replace('<data id="d3">', '<data id="d9">')
    const keys = validateXliff(xml).problems.map(({ key }) => key)
    expect(keys).toEqual(expect.arrayContaining(['xliffDuplicateUnit', 'xliffDuplicateInlineId', 'xliffDanglingDataRef']))
  })

  it('reports a file the schemas reject when they are installed', () => {
    const validation = validateXliff(translated21().replace('<ph id="4" type="fmt" subType="xlf:lb"/>', '<ph type="fmt" subType="xlf:lb"/>'))
    if (validation.schema === 'unavailable') expect(validation.schemaNotice).toMatchObject({ key: 'xliffSchemaUnavailable' })
    else expect(validation.problems).toContainEqual({ key: 'xliffSchemaInvalid', vars: { line: expect.any(Number), message: expect.stringContaining("'id' is required") } })
  })
})
