/**
 * The site's pictures: every raster image of the snapshot's media list, resized by sharp to the
 * widths pages show (AVIF and WebP, JPEG fallback) plus a 1200 x 630 share image. File names carry
 * a hash of the source bytes and of the recipe, so a converted file is reused across builds and
 * sites (one cache, content-addressed) and a changed picture never hides behind a cached one.
 */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, rename } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import type { Snapshot } from '@victor/shared/snapshot'
import { IMAGE_FORMATS, IMAGE_WIDTHS } from './constants'
import { linkOrCopy } from './precompress'

const RASTER = /^image\/(jpeg|png|webp|avif|gif|tiff)$/
/** Change when the conversion below changes, so no old conversion is reused. */
const RECIPE = 'v1 q55 og1200x630q70'
const QUALITY = 55
export const SHARE_IMAGE = { width: 1200, height: 630, quality: 70 }
export const IMAGE_DIR = '_img'

type Format = (typeof IMAGE_FORMATS)[number] | 'jpeg'

export interface ImageVariant {
  /** Path below the site's base, e.g. `_img/poster-3f9a0c12de-480.avif`. */
  file: string
  width: number
  format: Format
  /** Set on the share image: resized to cover these dimensions. */
  cover?: { width: number; height: number }
}

export interface SiteImage {
  id: string
  /** The original inside the snapshot's media folder. */
  source: string
  width: number
  height: number
  /** Offered in <source> elements, best first. */
  sources: { format: Format; variants: ImageVariant[] }[]
  /** The <img> fallback, JPEG. */
  fallback: ImageVariant[]
  share: ImageVariant
}

export const isRaster = (media: Snapshot['media'][number]) => RASTER.test(media.mimeType)

/** The pictures of a snapshot, by media id, with the files each needs (not written yet). */
export async function describeImages(snapshot: Snapshot, mediaDir: string): Promise<Map<string, SiteImage>> {
  const images = new Map<string, SiteImage>()
  for (const media of snapshot.media.filter(isRaster)) {
    const source = path.join(mediaDir, media.file)
    const bytes = await readFile(source)
    let { width, height } = media
    if (!width || !height) ({ width, height } = await sharp(bytes).metadata())
    if (!width || !height) throw new Error(`media ${media.id} (${media.file}): the picture's dimensions cannot be read`)
    const hash = createHash('sha256').update(RECIPE).update(bytes).digest('hex').slice(0, 10)
    const stem =
      path
        .basename(media.file, path.extname(media.file))
        .replace(/[^A-Za-z0-9-]+/g, '-')
        .slice(0, 40) || 'image'
    const fitting = IMAGE_WIDTHS.filter((w) => w <= width)
    const widths = fitting.length ? fitting : [width]
    const variants = (format: Format) => widths.map((w) => ({ file: `${IMAGE_DIR}/${stem}-${hash}-${w}.${format === 'jpeg' ? 'jpg' : format}`, width: w, format }))
    images.set(media.id, {
      id: media.id,
      source,
      width,
      height,
      sources: IMAGE_FORMATS.map((format) => ({ format, variants: variants(format) })),
      fallback: variants('jpeg'),
      share: { file: `${IMAGE_DIR}/${stem}-${hash}-share.jpg`, width: SHARE_IMAGE.width, format: 'jpeg', cover: SHARE_IMAGE },
    })
  }
  return images
}

/** Every file of an image, the share image included. */
export function imageFiles(image: SiteImage): ImageVariant[] {
  return [...image.sources.flatMap((source) => source.variants), ...image.fallback, image.share]
}

/**
 * Writes the files of the given images into `outDir`, converting each once into `cacheDir` and
 * linking it from there (a copy where a link is not possible).
 */
export async function writeImages(images: Iterable<SiteImage>, outDir: string, cacheDir: string): Promise<{ converted: number; reused: number }> {
  await mkdir(path.join(outDir, IMAGE_DIR), { recursive: true })
  await mkdir(cacheDir, { recursive: true })
  let converted = 0
  let reused = 0
  for (const image of images) {
    for (const variant of imageFiles(image)) {
      const cached = path.join(cacheDir, path.basename(variant.file))
      if (existsSync(cached)) reused++
      else {
        await convert(image.source, variant, cached)
        converted++
      }
      await linkOrCopy(cached, path.join(outDir, variant.file))
    }
  }
  return { converted, reused }
}

async function convert(source: string, variant: ImageVariant, target: string) {
  let pipeline = sharp(source).rotate()
  pipeline = variant.cover ? pipeline.resize({ width: variant.cover.width, height: variant.cover.height, fit: 'cover' }) : pipeline.resize({ width: variant.width, withoutEnlargement: true })
  const quality = variant.cover ? SHARE_IMAGE.quality : QUALITY
  pipeline = variant.format === 'avif' ? pipeline.avif({ quality }) : variant.format === 'webp' ? pipeline.webp({ quality }) : pipeline.jpeg({ quality, mozjpeg: true })
  // Written aside and renamed: a concurrent build never links a half-written file.
  const partial = `${target}.${process.pid}.partial`
  await pipeline.toFile(partial)
  await rename(partial, target)
}
