/**
 * Cleans pictures stored before uploads were cleaned (see the Media collection's
 * constructorOptions): each file in the media folder that still carries EXIF, XMP, IPTC, an
 * orientation or a colour profile is written again upright, in sRGB and without them, in the same
 * format. Safe to interrupt: the clean copy is written beside the file and renamed over it, so a
 * file is either the old one or the new one, never half. Files that are already clean are left
 * as they are, so running it again costs only a read of each header.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp, { type Metadata } from 'sharp'
import { mediaDir } from '../../paths'

const cleanable = new Set(['jpeg', 'png', 'webp', 'avif', 'heif', 'gif', 'tiff'])

function carriesMetadata(metadata: Metadata): boolean {
  return Boolean(metadata.exif || metadata.xmp || metadata.iptc || metadata.icc || metadata.orientation || metadata.comments?.length)
}

export interface StripReport {
  checked: number
  cleaned: string[]
  failed: { file: string; reason: string }[]
}

async function cleanFile(file: string, format: string): Promise<{ width?: number; height?: number }> {
  const animated = format === 'webp' || format === 'gif'
  const { data, info } = await sharp(file, { animated })
    .rotate()
    .toFormat(format === 'heif' ? 'avif' : (format as 'jpeg'), format === 'jpeg' ? { quality: 90, mozjpeg: true } : {})
    .toBuffer({ resolveWithObject: true })
  const temporary = `${file}.cleaning-${process.pid}`
  const handle = await fs.open(temporary, 'w')
  try {
    await handle.writeFile(data)
    await handle.sync()
  } finally {
    await handle.close()
  }
  await fs.rename(temporary, file)
  return { width: info.width, height: info.pageHeight ?? info.height }
}

export async function stripStoredMetadata(payload: Payload, log: (line: string) => void = () => {}): Promise<StripReport> {
  const staticDir = payload.collections.media.config.upload.staticDir ?? mediaDir()
  const report: StripReport = { checked: 0, cleaned: [], failed: [] }
  const names = await fs.readdir(staticDir).catch(() => [] as string[])
  for (const name of names.sort()) {
    const file = path.join(staticDir, name)
    if (name.includes('.cleaning-')) {
      // Left by an interrupted run; the file it was meant to replace is still whole.
      await fs.rm(file, { force: true })
      continue
    }
    let metadata: Metadata
    try {
      if (!(await fs.stat(file)).isFile()) continue
      metadata = await sharp(file).metadata()
    } catch {
      continue // not a picture (a PDF, for instance)
    }
    if (!metadata.format || !cleanable.has(metadata.format)) continue
    report.checked++
    if (!carriesMetadata(metadata)) continue
    try {
      const { width, height } = await cleanFile(file, metadata.format)
      report.cleaned.push(name)
      log(`cleaned ${name}`)
      // Turning a picture upright can swap its sides; the record must say what the file is.
      if (width && height && (width !== metadata.width || height !== metadata.height)) {
        const { docs } = await payload.find({ collection: 'media', where: { filename: { equals: name } }, depth: 0, limit: 1, pagination: false })
        if (docs[0]) await payload.db.updateOne({ collection: 'media', id: docs[0].id, data: { width, height } })
      }
    } catch (error) {
      report.failed.push({ file: name, reason: error instanceof Error ? error.message : String(error) })
      log(`could not clean ${name}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  return report
}
