import fs from 'node:fs'
import path from 'node:path'
import { XmlBufferInputProvider, XmlDocument, XmlElement, xmlRegisterInputProvider, XmlValidateError, XsdValidator } from 'libxml2-wasm'
import { cmsDir } from '../../paths'
import { childElements, parseXliffXml, plainAttributes, type XliffVersion, xliffVersion } from './read'
import { type Reason, XliffError } from './reasons'

export interface XliffValidation {
  version?: XliffVersion
  /** 'skipped' when the file could not even be read as XLIFF; `problems` then says why. */
  schema: 'valid' | 'invalid' | 'unavailable' | 'skipped'
  /** Set when the OASIS schemas are not installed, so only the checks in code ran. */
  schemaNotice?: Reason
  problems: Reason[]
}

/**
 * The OASIS schemas are not shipped with the CMS (no package we may redistribute from carries them); drop them in
 * `schemas/` (see its README) or point VICTOR_XLIFF_SCHEMAS at a folder with the same layout.
 */
export function defaultSchemaDirectory(): string {
  // From the CMS folder, not `new URL('./schemas', import.meta.url)`: the admin's bundler takes that for a file to bundle.
  return process.env.VICTOR_XLIFF_SCHEMAS || path.join(cmsDir, 'src', 'translations', 'xliff', 'schemas')
}

/**
 * Checks a file the way an import needs it: well formed, no DTD, a version we read, then the rules no XSD
 * expresses (unit ids unique, inline ids unique per source and per target, every dataRef resolves, the target
 * language), and finally the OASIS schemas when they are installed.
 */
export function validateXliff(xml: string, options: { targetLanguage?: string; schemaDirectory?: string } = {}): XliffValidation {
  let doc: XmlDocument
  let version: XliffVersion
  try {
    doc = parseXliffXml(xml)
  } catch (error) {
    if (error instanceof XliffError) return { schema: 'skipped', problems: [error.reason] }
    throw error
  }
  try {
    try {
      version = xliffVersion(doc.root)
    } catch (error) {
      if (error instanceof XliffError) return { schema: 'skipped', problems: [error.reason] }
      throw error
    }
    const problems = structuralProblems(doc.root, version, options.targetLanguage)
    const directory = options.schemaDirectory ?? defaultSchemaDirectory()
    const validator = schemaValidators(directory)[version === '1.2' ? '1.2' : '2']
    if (!validator) {
      const notice: Reason = { key: 'xliffSchemaUnavailable', vars: { version, directory } }
      return { version, schema: 'unavailable', schemaNotice: notice, problems }
    }
    try {
      validator.validate(doc)
      return { version, schema: 'valid', problems }
    } catch (error) {
      if (!(error instanceof XmlValidateError)) throw error
      const schemaProblems = error.details.map((detail): Reason => ({ key: 'xliffSchemaInvalid', vars: { line: detail.line, message: detail.message.trim() } }))
      return { version, schema: 'invalid', problems: [...problems, ...schemaProblems] }
    }
  } finally {
    doc.dispose()
  }
}

// ---------- checks in code ----------

function structuralProblems(root: XmlElement, version: XliffVersion, targetLanguage: string | undefined): Reason[] {
  const problems: Reason[] = []
  const units = descendants(root, version === '1.2' ? 'trans-unit' : 'unit')
  const seen = new Set<string>()
  for (const unit of units) {
    const id = unit.attr('id')?.value ?? ''
    if (seen.has(id)) problems.push({ key: 'xliffDuplicateUnit', vars: { unit: id, line: unit.line } })
    seen.add(id)

    const contents = version === '1.2' ? childElements(unit) : childElements(unit).flatMap((part) => (part.name === 'segment' || part.name === 'ignorable' ? childElements(part) : []))
    for (const side of ['source', 'target']) {
      const codes = contents.filter((element) => element.name === side).flatMap((element) => descendants(element))
      const inlineIds = new Set<string>()
      for (const code of codes) {
        const inlineId = plainAttributes(code).id
        if (inlineId === undefined) continue
        if (inlineIds.has(inlineId)) problems.push({ key: 'xliffDuplicateInlineId', vars: { unit: id, id: inlineId, line: code.line } })
        inlineIds.add(inlineId)
      }
      if (version === '1.2') continue
      const dataIds = new Set(childElements(unit, 'originalData').flatMap((data) => childElements(data, 'data').map((item) => item.attr('id')?.value)))
      for (const code of codes) {
        const attrs = plainAttributes(code)
        for (const ref of [attrs.dataRef, attrs.dataRefStart, attrs.dataRefEnd]) {
          if (ref !== undefined && !dataIds.has(ref)) problems.push({ key: 'xliffDanglingDataRef', vars: { unit: id, ref, line: code.line } })
        }
      }
    }
  }
  if (targetLanguage !== undefined) {
    const declared = version === '1.2' ? descendants(root, 'file').map((file) => file.attr('target-language')?.value ?? '') : [root.attr('trgLang')?.value ?? '']
    for (const found of new Set(declared)) {
      if (found.toLowerCase() !== targetLanguage.toLowerCase()) problems.push({ key: 'xliffWrongTargetLanguage', vars: { expected: targetLanguage, found } })
    }
  }
  return problems
}

function descendants(element: XmlElement, name?: string): XmlElement[] {
  return childElements(element).flatMap((child) => [...(name === undefined || child.name === name ? [child] : []), ...descendants(child, name)])
}

// ---------- OASIS schemas ----------

/** Where the schemas sit under the schema directory; the 2.x folder may hold the 2.1 or the 2.0 set. */
const SCHEMA_LAYOUT = { xliff2: ['xliff-2.1', 'xliff-2.0'], xliff12: 'xliff-1.2/xliff-core-1.2-strict.xsd', xmlSchema: 'http://www.w3.org/2001/xml.xsd' }
const PROVIDER_PREFIX = 'schemas:/'

type Validators = { '2'?: XsdValidator; '1.2'?: XsdValidator }
const compiled = new Map<string, Validators>()

function schemaValidators(directory: string): Validators {
  const cached = compiled.get(directory)
  if (cached) return cached
  const validators = compileSchemas(directory)
  compiled.set(directory, validators)
  return validators
}

function compileSchemas(directory: string): Validators {
  if (!fs.existsSync(directory)) return {}
  const files: Record<string, Uint8Array> = {}
  for (const file of fs.readdirSync(directory, { recursive: true, encoding: 'utf8' })) {
    if (file.endsWith('.xsd')) files[PROVIDER_PREFIX + file.split(path.sep).join('/')] = fs.readFileSync(path.join(directory, file))
  }
  // The 1.2 schema imports xml.xsd by its W3C address; answer that from the local copy, never the network.
  const xmlSchema = Object.keys(files).find((name) => name.endsWith('/xml.xsd'))
  if (xmlSchema) files[SCHEMA_LAYOUT.xmlSchema] = files[xmlSchema]
  // Only these buffers can be read by libxml2, nothing on disk.
  xmlRegisterInputProvider(new XmlBufferInputProvider(files))

  const validators: Validators = {}
  const folder2 = SCHEMA_LAYOUT.xliff2.find((candidate) => files[`${PROVIDER_PREFIX}${candidate}/xliff_core_2.0.xsd`])
  if (folder2) validators['2'] = compile(driverSchema(folder2, files), `${PROVIDER_PREFIX}${folder2}/driver.xsd`)
  const schema12 = files[PROVIDER_PREFIX + SCHEMA_LAYOUT.xliff12]
  if (schema12) validators['1.2'] = compile(new TextDecoder().decode(schema12), PROVIDER_PREFIX + SCHEMA_LAYOUT.xliff12)
  return validators
}

/**
 * The core schema only lets module content through (`processContents="lax"`): unless the module schemas are in
 * the same set, a wrong `slr:` or `fs:` attribute passes. So one schema of ours imports every schema of the folder.
 */
function driverSchema(folder: string, files: Record<string, Uint8Array>): string {
  const imports = new Map<string, string>()
  for (const [name, content] of Object.entries(files)) {
    if (!name.startsWith(`${PROVIDER_PREFIX}${folder}/`)) continue
    const namespace = /targetNamespace\s*=\s*"([^"]+)"/.exec(new TextDecoder().decode(content))?.[1]
    if (namespace && !imports.has(namespace)) imports.set(namespace, name.slice(`${PROVIDER_PREFIX}${folder}/`.length))
  }
  const lines = [...imports].map(([namespace, location]) => `<xs:import namespace="${namespace}" schemaLocation="${location}"/>`)
  return `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:x-victor:xliff-driver" elementFormDefault="qualified">${lines.join('')}</xs:schema>`
}

function compile(schema: string, url: string): XsdValidator {
  const doc = XmlDocument.fromString(schema, { url })
  try {
    return XsdValidator.fromDoc(doc)
  } finally {
    doc.dispose()
  }
}
