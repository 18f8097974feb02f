import { ParseOption, XmlCData, XmlDocument, XmlElement, XmlParseError, XmlText } from 'libxml2-wasm'
import { codeFromXliff12, codeFromXliff21, type InlineNode } from './inline'
import { type Reason, XliffError } from './reasons'
import { METADATA_NOTE_PREFIX, XLIFF_1_2_NAMESPACE, XLIFF_2_NAMESPACE } from './write'

export type XliffVersion = '2.1' | '2.0' | '1.2'

export interface XliffDocumentUnit {
  id: string
  line: number
  source: InlineNode[]
  /** Absent when the unit (or one of its segments) has no target yet. */
  target?: InlineNode[]
  /** Set when the unit's content cannot be read as ours, e.g. a code we never write. */
  problem?: Reason
}

/** One `<file>` of the document: what it says it was made from, and the metadata its writer put in it (see XliffFile). */
export interface XliffDocumentFile {
  /** The `id` (2.x); 1.2 files have none. */
  id?: string
  original: string
  metadata: Record<string, string>
  /** The units inside it. */
  units: string[]
}

export interface XliffDocument {
  version: XliffVersion
  sourceLanguage: string
  targetLanguage?: string
  units: XliffDocumentUnit[]
  files?: XliffDocumentFile[]
}

/** File-level notes of category (2.x) or `from` (1.2) `victor-<name>`. */
function fileMetadata(file: XmlElement, container: string, attribute: 'category' | 'from'): Record<string, string> {
  const metadata: Record<string, string> = {}
  for (const parent of childElements(file, container)) {
    for (const note of childElements(parent, 'note')) {
      const name = note.attr(attribute)?.value ?? ''
      if (name.startsWith(METADATA_NOTE_PREFIX)) metadata[name.slice(METADATA_NOTE_PREFIX.length)] = note.content
    }
  }
  return metadata
}

/** XLIFF never needs a DTD; refusing one up front rules out entity expansion and external entities (XXE). */
const DTD_MARKUP = /<!(DOCTYPE|ENTITY)/i

/**
 * Parses an upload as XML, refusing a DTD and whatever is not well formed. The caller disposes the document.
 * No input provider for files or the network is ever registered, and the options forbid both anyway.
 */
export function parseXliffXml(xml: string): XmlDocument {
  const dtd = DTD_MARKUP.exec(xml)
  if (dtd) {
    const line = lineAt(xml, dtd.index)
    throw new XliffError('xliffDoctype', { line }, `Line ${line}: the file declares a DOCTYPE or entities, which XLIFF files never need; it was not read`)
  }
  try {
    return XmlDocument.fromString(xml, { url: 'upload.xlf', option: ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_NO_XXE })
  } catch (error) {
    if (!(error instanceof XmlParseError)) throw error
    const first = error.details[0]
    const line = first?.line ?? 1
    const message = (first?.message ?? error.message).trim()
    throw new XliffError('xliffNotXml', { line, message }, `Not an XML file: line ${line}: ${message}`)
  }
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length

/** The version a document declares, or an XliffError for anything we do not read. */
export function xliffVersion(root: XmlElement): XliffVersion {
  const declared = root.attr('version')?.value ?? ''
  if (root.name !== 'xliff') throw new XliffError('xliffNotXliff', { element: root.name }, `This is not an XLIFF file: its root element is <${root.name}>`)
  if (root.namespaceUri === XLIFF_2_NAMESPACE && (declared === '2.0' || declared === '2.1')) return declared
  if (root.namespaceUri === XLIFF_1_2_NAMESPACE && declared === '1.2') return declared
  throw new XliffError('xliffUnknownVersion', { version: declared || '?' }, `XLIFF version "${declared}" (namespace ${root.namespaceUri || 'none'}) cannot be read; use 2.1, 2.0 or 1.2`)
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  const found: XmlElement[] = []
  for (let node = element.firstChild; node; node = node.next) {
    if (node instanceof XmlElement && (name === undefined || node.name === name)) found.push(node)
  }
  return found
}

/** Attributes without a namespace, the ones inline codes are described by. */
export function plainAttributes(element: XmlElement): Record<string, string> {
  return Object.fromEntries(element.attrs.filter((attr) => !attr.namespaceUri).map((attr) => [attr.name, attr.value]))
}

/** Reads the units of an XLIFF 2.1, 2.0 or 1.2 file with their inline content. */
export function readXliff(xml: string): XliffDocument {
  const doc = parseXliffXml(xml)
  try {
    const root = doc.root
    const version = xliffVersion(root)
    return version === '1.2' ? read12(root) : read2(root, version)
  } finally {
    doc.dispose()
  }
}

function read2(root: XmlElement, version: '2.0' | '2.1'): XliffDocument {
  const units: XliffDocumentUnit[] = []
  const files: XliffDocumentFile[] = []
  const collect = (element: XmlElement, file?: XliffDocumentFile) => {
    for (const child of childElements(element)) {
      if (child.namespaceUri !== XLIFF_2_NAMESPACE) continue
      if (child.name === 'file') {
        const found: XliffDocumentFile = { id: child.attr('id')?.value, original: child.attr('original')?.value ?? '', metadata: fileMetadata(child, 'notes', 'category'), units: [] }
        files.push(found)
        collect(child, found)
      } else if (child.name === 'group') collect(child, file)
      else if (child.name === 'unit') {
        const unit = read2Unit(child)
        units.push(unit)
        file?.units.push(unit.id)
      }
    }
  }
  collect(root)
  return { version, sourceLanguage: root.attr('srcLang')?.value ?? '', targetLanguage: root.attr('trgLang')?.value, units, files }
}

function read2Unit(unit: XmlElement): XliffDocumentUnit {
  const id = unit.attr('id')?.value ?? ''
  const data = new Map<string, string>()
  for (const originalData of childElements(unit, 'originalData')) {
    for (const item of childElements(originalData, 'data')) data.set(item.attr('id')?.value ?? '', item.content)
  }
  const read = inlineReader(id, (element, attrs) => {
    if (element.name !== 'pc' && element.name !== 'ph') return undefined
    return { ...codeFromXliff21(element.name, attrs), url: attrs.dataRefStart === undefined ? undefined : data.get(attrs.dataRefStart) }
  })
  try {
    // Tools may split a unit into several segments (and ignorables between them); the unit is their concatenation.
    const source: InlineNode[] = []
    let target: InlineNode[] | undefined = []
    for (const part of childElements(unit).filter((child) => child.name === 'segment' || child.name === 'ignorable')) {
      const partSource = childElements(part, 'source')[0]
      const partTarget = childElements(part, 'target')[0]
      const sourceContent = partSource ? read(partSource) : []
      source.push(...sourceContent)
      if (partTarget) target?.push(...read(partTarget))
      else if (part.name === 'ignorable') target?.push(...sourceContent)
      else target = undefined
    }
    return { id, line: unit.line, source, target }
  } catch (error) {
    if (error instanceof XliffError) return { id, line: unit.line, source: [], problem: error.reason }
    throw error
  }
}

function read12(root: XmlElement): XliffDocument {
  const files = childElements(root, 'file')
  const languages = new Set(files.map((file) => `${file.attr('source-language')?.value ?? ''} ${file.attr('target-language')?.value ?? ''}`))
  if (languages.size > 1) throw new XliffError('xliffMixedLanguages', { languages: [...languages].join(', ') }, `The file's parts are in different languages: ${[...languages].join(', ')}`)
  const units: XliffDocumentUnit[] = []
  const collect = (element: XmlElement, file: XliffDocumentFile) => {
    for (const child of childElements(element)) {
      if (child.namespaceUri !== XLIFF_1_2_NAMESPACE) continue
      if (child.name === 'body' || child.name === 'group') collect(child, file)
      else if (child.name === 'trans-unit') {
        const unit = read12Unit(child)
        units.push(unit)
        file.units.push(unit.id)
      }
    }
  }
  const documentFiles = files.map((file) => {
    const found: XliffDocumentFile = { original: file.attr('original')?.value ?? '', metadata: fileMetadata(file, 'header', 'from'), units: [] }
    collect(file, found)
    return found
  })
  return { version: '1.2', sourceLanguage: files[0]?.attr('source-language')?.value ?? '', targetLanguage: files[0]?.attr('target-language')?.value, units, files: documentFiles }
}

function read12Unit(unit: XmlElement): XliffDocumentUnit {
  const id = unit.attr('id')?.value ?? ''
  const read = inlineReader(id, (element, attrs) => (element.name === 'g' || element.name === 'x' ? codeFromXliff12(element.name, attrs) : undefined))
  try {
    const source = childElements(unit, 'source')[0]
    const target = childElements(unit, 'target')[0]
    return { id, line: unit.line, source: source ? read(source) : [], target: target ? read(target) : undefined }
  } catch (error) {
    if (error instanceof XliffError) return { id, line: unit.line, source: [], problem: error.reason }
    throw error
  }
}

type CodeReader = (element: XmlElement, attrs: Record<string, string>) => { type: 'span' | 'placeholder'; code: string; url?: string } | undefined

/** Inline content in document order. Annotations (`<mrk>`) are unwrapped; codes we never write are refused. */
function inlineReader(unit: string, readCode: CodeReader) {
  const read = (element: XmlElement): InlineNode[] => {
    const content: InlineNode[] = []
    for (let node = element.firstChild; node; node = node.next) {
      if (node instanceof XmlText || node instanceof XmlCData) content.push({ type: 'text', text: node.content })
      if (!(node instanceof XmlElement)) continue
      const attrs = plainAttributes(node)
      if (node.name === 'mrk') {
        content.push(...read(node))
        continue
      }
      if (node.name === 'cp' && attrs.hex) {
        content.push({ type: 'text', text: String.fromCodePoint(Number.parseInt(attrs.hex, 16)) })
        continue
      }
      const code = readCode(node, attrs)
      if (!code || attrs.id === undefined) {
        throw new XliffError('xliffUnsupportedInline', { unit, element: node.name, line: node.line }, `Unit ${unit}, line ${node.line}: inline element <${node.name}> is not one this CMS writes`)
      }
      if (code.type === 'placeholder') content.push({ type: 'placeholder', id: attrs.id, code: code.code })
      else content.push({ type: 'span', id: attrs.id, code: code.code, url: code.url, children: read(node) })
    }
    return content
  }
  return read
}
