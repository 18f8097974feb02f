/**
 * Refuses an upload before anything is written: too large for its kind, a picture with more pixels
 * than the limit (read from the file's header, before the picture is decoded), a PDF that could
 * run something on a reader's device. The kind is judged from the file's bytes, not its name.
 * Runs for every way in (admin, REST, Local API, seed): it is the operation's first step.
 */
import { fileTypeFromBuffer } from 'file-type'
import fs from 'node:fs/promises'
import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import sharp from 'sharp'
import { translate, type VictorKey } from '../../i18n'
import { refuse } from '../../utilities/refuse'
import { pdfProblem, type PdfProblem } from './pdfSafety'
import { megabytes, megapixels, type UploadLimits } from './uploadLimits'

const pdfProblemMessages: Record<PdfProblem, VictorKey> = {
  unreadable: 'errorPdfUnreadable',
  encrypted: 'errorPdfEncrypted',
  javascript: 'errorPdfJavascript',
  launch: 'errorPdfLaunch',
  embeddedFile: 'errorPdfEmbeddedFile',
  richMedia: 'errorPdfRichMedia',
  xfa: 'errorPdfXfa',
}

async function bytesOf(file: NonNullable<PayloadRequest['file']>): Promise<Buffer> {
  if (file.data?.length) return file.data
  return file.tempFilePath ? fs.readFile(file.tempFilePath) : Buffer.alloc(0)
}

function refuseFile(req: PayloadRequest, collection: string, key: VictorKey, vars?: Record<string, unknown>): never {
  refuse(req, collection, [{ path: 'file', label: translate(req.t, 'fieldFile'), message: translate(req.t, key, vars) }])
}

export const checkUpload =
  (limits: UploadLimits): CollectionBeforeOperationHook =>
  async ({ collection, operation, req }) => {
    if ((operation !== 'create' && operation !== 'update') || !req.file) return
    const slug = collection.slug
    const bytes = await bytesOf(req.file)
    const type = await fileTypeFromBuffer(bytes)
    const size = { size: megabytes(bytes.length) }

    if (type?.mime === 'application/pdf') {
      if (bytes.length > limits.pdfBytes) refuseFile(req, slug, 'errorPdfTooLarge', { ...size, limit: megabytes(limits.pdfBytes) })
      const problem = await pdfProblem(bytes)
      if (problem) refuseFile(req, slug, pdfProblemMessages[problem])
      return
    }
    if (type?.mime.startsWith('image/')) {
      if (bytes.length > limits.imageBytes) refuseFile(req, slug, 'errorImageTooLarge', { ...size, limit: megabytes(limits.imageBytes) })
      let width = 0
      let height = 0
      try {
        // Reads the header only; the picture is decoded later, by Payload, within the same limit.
        const metadata = await sharp(bytes).metadata()
        width = metadata.width ?? 0
        height = (metadata.pageHeight ?? metadata.height ?? 0) * (metadata.pages ?? 1)
      } catch {
        refuseFile(req, slug, 'errorImageUnreadable')
      }
      if (!width || !height) refuseFile(req, slug, 'errorImageUnreadable')
      if (width * height > limits.imagePixels) {
        refuseFile(req, slug, 'errorImageTooManyPixels', {
          width,
          height,
          megapixels: megapixels(width * height),
          limit: megapixels(limits.imagePixels),
        })
      }
    }
    // Any other kind is refused by Payload's own type check (upload.mimeTypes), in the person's language.
  }
