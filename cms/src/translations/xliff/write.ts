import { attributes, escapeText, inlineToXliff12, inlineToXliff21 } from './inline'
import { XliffError } from './reasons'
import { checkedId, type TranslationUnit, unitContent } from './units'

export interface XliffFile {
  /** One file per document, e.g. `pages:12`. */
  id: string
  /** Where the units come from, e.g. `pages/12`; 1.2 requires it. */
  original: string
  /** Shown to the translator for the whole file, e.g. the document's title. */
  notes?: string[]
  /**
   * Values a returned file must carry back unchanged, e.g. `{ fingerprint: '…' }`: written as file-level notes
   * of category (2.1) or `from` (1.2) `victor-<name>`, and read back into `XliffDocumentFile.metadata`.
   */
  metadata?: Record<string, string>
  units: TranslationUnit[]
}

/** The `category` (2.1) or `from` (1.2) of a file-level note carrying `XliffFile.metadata`. */
export const METADATA_NOTE_PREFIX = 'victor-'

function metadataNotes(file: XliffFile, attribute: 'category' | 'from'): string[] {
  return Object.entries(file.metadata ?? {}).map(([name, value]) => `<note${attributes({ [attribute]: METADATA_NOTE_PREFIX + name }, file.id)}>${escapeText(value, file.id)}</note>`)
}

export interface XliffJob {
  sourceLanguage: string
  targetLanguage: string
  files: XliffFile[]
}

export const XLIFF_2_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0'
export const XLIFF_1_2_NAMESPACE = 'urn:oasis:names:tc:xliff:document:1.2'
const SIZE_RESTRICTION_NAMESPACE = 'urn:oasis:names:tc:xliff:sizerestriction:2.0'

/** The unit notes: the XLIFF 2.1 `category` is the key, XLIFF 1.2 (which has no category) prefixes the label. */
const NOTE_LABELS = { field: 'Field', site: 'Site', maxLength: 'Maximum length', link: 'Link' } as const
type NoteCategory = keyof typeof NOTE_LABELS

/** xs:language, which both versions' language attributes are. */
const LANGUAGE = /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/

function checkJob(job: XliffJob): void {
  for (const language of [job.sourceLanguage, job.targetLanguage]) {
    if (!LANGUAGE.test(language)) throw new Error(`"${language}" is not a language code`)
  }
  const seen = new Set<string>()
  for (const file of job.files) {
    checkedId(file.id)
    for (const unit of file.units) {
      if (seen.has(unit.id)) throw new XliffError('xliffDuplicateUnit', { unit: unit.id }, `Unit ${unit.id} is in the job twice`)
      seen.add(unit.id)
    }
  }
}

function unitNotes(unit: TranslationUnit): { category: NoteCategory; text: string }[] {
  return [
    { category: 'field' as const, text: unit.notes.label },
    ...(unit.notes.sites ?? []).map((site) => ({ category: 'site' as const, text: site })),
    ...(unit.notes.maxLength === undefined ? [] : [{ category: 'maxLength' as const, text: String(unit.notes.maxLength) }]),
  ]
}

/** XLIFF 2.1. Only the structure is indented: whitespace inside `<source>`/`<target>` is the content's own. */
export function writeXliff21(job: XliffJob): string {
  checkJob(job)
  const usesSizeRestriction = job.files.some((file) => file.units.some((unit) => unit.notes.maxLength !== undefined))
  const rootAttributes = {
    xmlns: XLIFF_2_NAMESPACE,
    'xmlns:slr': usesSizeRestriction ? SIZE_RESTRICTION_NAMESPACE : undefined,
    version: '2.1',
    srcLang: job.sourceLanguage,
    trgLang: job.targetLanguage,
  }
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<xliff${attributes(rootAttributes, '')}>`]
  for (const file of job.files) {
    lines.push(` <file${attributes({ id: file.id, original: file.original }, file.id)}>`)
    // Code points, because the CMS counts characters, not bytes.
    if (file.units.some((unit) => unit.notes.maxLength !== undefined)) lines.push('  <slr:profiles generalProfile="xliff:codepoints"/>')
    const fileNotes = [...(file.notes ?? []).map((note) => `<note>${escapeText(note, file.id)}</note>`), ...metadataNotes(file, 'category')]
    if (fileNotes.length) lines.push(`  <notes>${fileNotes.join('')}</notes>`)
    for (const unit of file.units) {
      const source = inlineToXliff21(unitContent(unit, 'source') ?? [], unit.id)
      const targetContent = unitContent(unit, 'target')
      const target = targetContent && inlineToXliff21(targetContent, unit.id)
      const notes = unitNotes(unit).map(({ category, text }) => `<note${attributes({ category }, unit.id)}>${escapeText(text, unit.id)}</note>`)
      lines.push(`  <unit${attributes({ id: unit.id, 'slr:sizeRestriction': unit.notes.maxLength }, unit.id)}>`, `   <notes>${notes.join('')}</notes>`)
      // The target's codes are the source's, so the source's data serves both.
      if (source.originalData.length) {
        lines.push(`   <originalData>${source.originalData.map(({ id, value }) => `<data${attributes({ id }, unit.id)}>${escapeText(value, unit.id)}</data>`).join('')}</originalData>`)
      }
      const targetXml = target ? `<target xml:space="preserve">${target.xml}</target>` : ''
      lines.push(`   <segment><source xml:space="preserve">${source.xml}</source>${targetXml}</segment>`, '  </unit>')
    }
    lines.push(' </file>')
  }
  lines.push('</xliff>')
  return lines.join('\n') + '\n'
}

/**
 * XLIFF 1.2 (strict). Each trans-unit is on one line: it carries xml:space="preserve", so whitespace
 * between its children would count as content to some tools.
 */
export function writeXliff12(job: XliffJob): string {
  checkJob(job)
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<xliff${attributes({ xmlns: XLIFF_1_2_NAMESPACE, version: '1.2' }, '')}>`]
  for (const file of job.files) {
    const fileAttributes = { original: file.original, 'source-language': job.sourceLanguage, 'target-language': job.targetLanguage, datatype: 'html' }
    lines.push(` <file${attributes(fileAttributes, file.id)}>`)
    const fileNotes = [...(file.notes ?? []).map((note) => `<note>${escapeText(note, file.id)}</note>`), ...metadataNotes(file, 'from')]
    if (fileNotes.length) lines.push(`  <header>${fileNotes.join('')}</header>`)
    lines.push('  <body>')
    for (const unit of file.units) {
      const source = inlineToXliff12(unitContent(unit, 'source') ?? [], unit.id)
      const targetContent = unitContent(unit, 'target')
      const target = targetContent ? `<target>${inlineToXliff12(targetContent, unit.id).xml}</target>` : ''
      const notes = [...unitNotes(unit).map(({ category, text }) => `${NOTE_LABELS[category]}: ${text}`), ...source.links.map(({ id, value }) => `${NOTE_LABELS.link} ${id}: ${value}`)]
      const notesXml = notes.map((note) => `<note from="victor">${escapeText(note, unit.id)}</note>`).join('')
      const unitAttributes = { id: unit.id, 'xml:space': 'preserve', maxwidth: unit.notes.maxLength, 'size-unit': unit.notes.maxLength === undefined ? undefined : 'char' }
      lines.push(`   <trans-unit${attributes(unitAttributes, unit.id)}><source>${source.xml}</source>${target}${notesXml}</trans-unit>`)
    }
    lines.push('  </body>', ' </file>')
  }
  lines.push('</xliff>')
  return lines.join('\n') + '\n'
}
