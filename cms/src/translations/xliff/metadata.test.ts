import { describe, expect, it } from 'vitest'
import { checkImport } from './check'
import { exportedUnits, job, withTargetsAsSource } from './fixtures.test-support'
import { readXliff } from './read'
import { validateXliff } from './validate'
import { writeXliff12, writeXliff21 } from './write'

const withMetadata = () => {
  const written = job(withTargetsAsSource(exportedUnits()))
  written.files[0].metadata = { fingerprint: 'a1b2 & <c3>', targetLanguage: 'de' }
  return written
}

describe.each([
  ['2.1', writeXliff21, '<note category="victor-fingerprint">a1b2 &amp; &lt;c3&gt;</note>'],
  ['1.2', writeXliff12, '<note from="victor-fingerprint">a1b2 &amp; &lt;c3&gt;</note>'],
] as const)('file metadata in XLIFF %s', (_version, write, note) => {
  it('is written as file-level notes beside the file notes, and read back per file', () => {
    const xml = write(withMetadata())
    expect(xml).toContain(note)
    expect(xml).toContain('<note>About us</note>')
    const document = readXliff(xml)
    expect(document.files).toEqual([
      { ...(_version === '2.1' ? { id: 'pages:12' } : {}), original: 'pages/12', metadata: { fingerprint: 'a1b2 & <c3>', targetLanguage: 'de' }, units: document.units.map(({ id }) => id) },
    ])
    expect(validateXliff(xml).problems).toEqual([])
    expect(checkImport(document, new Map(exportedUnits().map((unit) => [unit.id, unit])), { sourceLanguage: 'en', targetLanguage: 'de' }).refused).toEqual([])
  })

  it('is absent from a file written without it', () => {
    expect(readXliff(write(job(exportedUnits()))).files?.[0].metadata).toEqual({})
  })
})
