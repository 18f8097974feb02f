/**
 * Children and their teachers download our PDFs. One that runs a script, starts a program, carries
 * other files inside it or an XFA form (which readers run as a program too) is refused; so is one
 * that is encrypted (it cannot be inspected) or that cannot be read as a PDF.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFStream, type PDFObject } from 'pdf-lib'

export type PdfProblem = 'unreadable' | 'encrypted' | 'javascript' | 'launch' | 'embeddedFile' | 'richMedia' | 'xfa'

/** Dictionary keys whose presence alone is the problem. */
const problemKeys: Record<string, PdfProblem> = {
  JS: 'javascript',
  JavaScript: 'javascript',
  EmbeddedFiles: 'embeddedFile',
  EmbeddedFile: 'embeddedFile',
  RichMedia: 'richMedia',
  RichMediaContent: 'richMedia',
  XFA: 'xfa',
}

/** Values of /S (an action's kind) and /Type or /Subtype that are the problem. */
const problemNames: Record<string, PdfProblem> = {
  JavaScript: 'javascript',
  Launch: 'launch',
  EmbeddedFile: 'embeddedFile',
  FileAttachment: 'embeddedFile',
  RichMedia: 'richMedia',
}
const kindKeys = new Set(['S', 'Type', 'Subtype'])

function problemIn(object: PDFObject, seen: Set<PDFObject>): PdfProblem | undefined {
  if (seen.has(object)) return undefined
  seen.add(object)
  const dict = object instanceof PDFStream ? object.dict : object instanceof PDFDict ? object : undefined
  if (dict) {
    for (const [key, value] of dict.entries()) {
      const name = key.decodeText()
      if (problemKeys[name]) return problemKeys[name]
      if (kindKeys.has(name) && value instanceof PDFName && problemNames[value.decodeText()]) {
        return problemNames[value.decodeText()]
      }
      // Indirect objects are each visited on their own; direct ones only inside their parent.
      if (!(value instanceof PDFRef)) {
        const found = problemIn(value, seen)
        if (found) return found
      }
    }
  } else if (object instanceof PDFArray) {
    for (const item of object.asArray()) {
      const found = item instanceof PDFRef ? undefined : problemIn(item, seen)
      if (found) return found
    }
  }
  return undefined
}

/** The first reason to refuse this PDF, or undefined when it is a plain document. */
export async function pdfProblem(bytes: Uint8Array): Promise<PdfProblem | undefined> {
  let document: PDFDocument
  try {
    // pdf-lib reads every object in the file, those in compressed object streams and those no
    // cross-reference table points to included, so nothing is hidden from the walk below.
    document = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false })
  } catch {
    return 'unreadable'
  }
  if (document.isEncrypted) return 'encrypted'
  const seen = new Set<PDFObject>()
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    const found = problemIn(object, seen)
    if (found) return found
  }
  return undefined
}
