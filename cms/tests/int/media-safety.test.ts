/**
 * No stored or served picture tells where it was taken; uploads too large, too many pixels or a
 * PDF that could run something are refused with a message that names the field, in the person's
 * language, and leave nothing behind.
 */
import exifReader from 'exif-reader'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// Small limits, so the test does not need files of tens of megabytes; read when the config loads.
process.env.MEDIA_MAX_IMAGE_MB = '1'
process.env.MEDIA_MAX_PDF_MB = '3'
process.env.MEDIA_MAX_MEGAPIXELS = '12'

const { createTestPayload } = await import('../support/testPayload')
const { stripStoredMetadata } = await import('../../src/collections/Media/stripStoredMetadata')
const { translateTo } = await import('../../src/i18n')
type TestContext = Awaited<ReturnType<typeof createTestPayload>>

let ctx: TestContext
let coordinatorToken: string
let mediaDir: string

beforeAll(async () => {
  ctx = await createTestPayload()
  coordinatorToken = await ctx.login('coordinator@victor.local')
  mediaDir = process.env.MEDIA_DIR!
})
afterAll(() => ctx?.close())

/** A phone photo: 60 x 40 stored sideways (orientation 6), in Display P3, with GPS, camera and date. */
async function phonePhoto(): Promise<Buffer> {
  const photo = await sharp({ create: { width: 60, height: 40, channels: 3, background: { r: 200, g: 30, b: 30 } } })
    .withIccProfile('p3')
    .withExif({
      IFD0: { Make: 'PhoneMaker', Model: 'Phone 15', DateTime: '2026:11:30 10:00:00' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '44/1 25/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '26/1 6/1 0/1' },
    })
    .jpeg()
    .toBuffer()
  // Orientation is written by keepMetadata-like options only: set it on top.
  return sharp(photo).keepExif().keepIccProfile().withMetadata({ orientation: 6 }).jpeg().toBuffer()
}

async function metadataOf(bytes: Buffer | string) {
  const metadata = await sharp(bytes).metadata()
  return { exif: metadata.exif, xmp: metadata.xmp, iptc: metadata.iptc, icc: metadata.icc, orientation: metadata.orientation, width: metadata.width, height: metadata.height }
}

/** A black one-bit PNG of any size: a few kilobytes that decode to width x height pixels. */
function blackPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(zlib.crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([1, 0, 0, 0, 0], 8) // 1 bit, greyscale
  const rows = Buffer.alloc((Math.ceil(width / 8) + 1) * height) // each row: filter byte 0, then zeros
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))])
}

const filesIn = () => new Set(fs.readdirSync(mediaDir))

function form(bytes: Buffer, name: string, type: string, alt = 'A test file') {
  const body = new FormData()
  body.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  body.append('_payload', JSON.stringify({ alt }))
  return body
}

type FieldError = { path: string; message: string }
async function fileError(response: Response): Promise<FieldError | undefined> {
  const body = (await response.json()) as { errors: { data?: { errors?: FieldError[] } }[] }
  return body.errors.flatMap((error) => error.data?.errors ?? []).find((error) => error.path === 'file')
}

/** Posts a file and checks it was refused naming the file field, with no document and no file left. */
async function expectRefused(bytes: Buffer, name: string, type: string, message: RegExp, headers: Record<string, string> = {}) {
  const documents = (await ctx.payload.count({ collection: 'media' })).totalDocs
  const files = filesIn()
  const response = await ctx.rest('POST', '/media', { token: coordinatorToken, form: form(bytes, name, type), headers })
  expect(response.status).toBe(400)
  expect(await fileError(response)).toMatchObject({ message: expect.stringMatching(message) })
  expect((await ctx.payload.count({ collection: 'media' })).totalDocs).toBe(documents)
  expect(filesIn()).toEqual(files)
}

describe('pictures carry no metadata', () => {
  it('the test photo does carry GPS, camera, orientation and a colour profile', async () => {
    const metadata = await metadataOf(await phonePhoto())
    expect(exifReader(metadata.exif!).GPSInfo?.GPSLatitude).toEqual([44, 25, 0])
    expect(exifReader(metadata.exif!).Image?.Make).toBe('PhoneMaker')
    expect(metadata).toMatchObject({ orientation: 6, width: 60, height: 40 })
    expect(metadata.icc).toBeDefined()
  })

  it('a photo uploaded through REST is stored and served upright, in sRGB, without EXIF, XMP, IPTC or profile', async () => {
    const response = await ctx.rest('POST', '/media', { token: coordinatorToken, form: form(await phonePhoto(), 'shelter.jpg', 'image/jpeg') })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { filename: string; width: number; height: number; sizes: Record<string, { filename: string | null }> } }
    expect(doc).toMatchObject({ width: 40, height: 60 })
    const stored = [
      doc.filename,
      ...Object.values(doc.sizes)
        .map((size) => size.filename)
        .filter((name): name is string => Boolean(name)),
    ]
    expect(stored.length).toBeGreaterThan(1)
    for (const name of stored) {
      const metadata = await metadataOf(path.join(mediaDir, name))
      expect(metadata, name).toMatchObject({ exif: undefined, xmp: undefined, iptc: undefined, icc: undefined, orientation: undefined })
      const served = await ctx.rest('GET', `/media/file/${name}`)
      expect(served.status).toBe(200)
      expect(await metadataOf(Buffer.from(await served.arrayBuffer())), `served ${name}`).toMatchObject({ exif: undefined, xmp: undefined, icc: undefined, orientation: undefined })
    }
    // The photo's Display P3 numbers (about 184, 50, 41) converted to the sRGB red it shows: 200, 30, 30.
    const [red, green, blue] = await sharp(path.join(mediaDir, doc.filename), { ignoreIcc: true }).raw().toBuffer()
    for (const [value, expected] of [
      [red, 200],
      [green, 30],
      [blue, 30],
    ])
      expect(Math.abs(value - expected)).toBeLessThanOrEqual(6)
  })

  it('a photo uploaded through the Local API (as the seed does) is cleaned too', async () => {
    const photo = await phonePhoto()
    const media = await ctx.payload.create({ collection: 'media', data: { alt: 'Local' }, file: { data: photo, mimetype: 'image/jpeg', name: 'local.jpg', size: photo.length } })
    expect(await metadataOf(path.join(mediaDir, media.filename!))).toMatchObject({ exif: undefined, orientation: undefined, width: 40, height: 60 })
  })

  it('the seeded pictures carry none either', async () => {
    const { docs } = await ctx.payload.find({ collection: 'media', where: { mimeType: { like: 'image/' } }, limit: 0, pagination: false })
    expect(docs.length).toBeGreaterThan(0)
    for (const media of docs) expect(await metadataOf(path.join(mediaDir, media.filename!)), media.filename!).toMatchObject({ exif: undefined, orientation: undefined })
  })

  it('media:strip cleans pictures stored before, in place, and corrects the record when turning them upright', async () => {
    const media = await ctx.payload.create({
      collection: 'media',
      data: { alt: 'Old upload' },
      file: {
        data: await sharp({ create: { width: 40, height: 60, channels: 3, background: '#336699' } })
          .png()
          .toBuffer(),
        mimetype: 'image/png',
        name: 'old-upload.png',
        size: 0,
      },
    })
    // As uploads were stored before this change: the phone's file, byte for byte.
    const original = path.join(mediaDir, media.filename!)
    fs.writeFileSync(original, await phonePhoto())
    await ctx.payload.db.updateOne({ collection: 'media', id: media.id, data: { width: 60, height: 40 } })
    fs.writeFileSync(`${original}.cleaning-999`, 'left by an interrupted run')

    const report = await stripStoredMetadata(ctx.payload)
    expect(report.cleaned).toEqual([media.filename])
    expect(report.failed).toEqual([])
    expect(await metadataOf(original)).toMatchObject({ exif: undefined, icc: undefined, orientation: undefined, width: 40, height: 60 })
    expect(fs.existsSync(`${original}.cleaning-999`)).toBe(false)
    expect(await ctx.payload.findByID({ collection: 'media', id: media.id })).toMatchObject({ width: 40, height: 60 })

    const again = await stripStoredMetadata(ctx.payload)
    expect(again.cleaned).toEqual([])
    expect(again.checked).toBe(report.checked)
  })
})

describe('upload limits', () => {
  it('refuses a picture with more pixels than the limit before decoding it (a 256-megapixel PNG of under a megabyte)', async () => {
    const bomb = blackPng(16000, 16000)
    expect(bomb.length).toBeLessThan(1024 * 1024)
    await expectRefused(bomb, 'bomb.png', 'image/png', /16000 × 16000 pixels \(256 megapixels\).*at most 12 megapixels/)
    // The CMS keeps serving.
    expect((await ctx.rest('GET', '/media?limit=1')).status).toBe(200)
  })

  it("refuses a picture larger than the image limit, in the person's language", async () => {
    const noise = await sharp({ create: { width: 800, height: 800, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } } })
      .png()
      .toBuffer()
    expect(noise.length).toBeGreaterThan(1024 * 1024)
    expect(noise.length).toBeLessThan(3 * 1024 * 1024)
    await expectRefused(noise, 'big.png', 'image/png', /pictures can be at most 1\.0 MB/)
    // As the admin sends it: the language cookie set at sign-in.
    await expectRefused(noise, 'big.png', 'image/png', /εικόνες μπορούν να είναι έως 1\.0 MB/, { Cookie: 'payload-lng=el' })
  })

  it('judges the kind from the bytes, not the name', async () => {
    const noise = await sharp({ create: { width: 800, height: 800, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } } })
      .png()
      .toBuffer()
    await expectRefused(noise, 'looks-like.pdf', 'application/pdf', /pictures can be at most/)
  })

  it("cuts off a file larger than any upload may be (413), says so in the person's language, and keeps serving", async () => {
    const files = filesIn()
    const huge = () => form(Buffer.alloc(5 * 1024 * 1024, 1), 'huge.bin', 'application/octet-stream')
    const english = await ctx.rest('POST', '/media', { token: coordinatorToken, form: huge() })
    expect(english.status).toBe(413)
    expect(await english.json()).toEqual({ errors: [{ message: 'The upload is larger than 4.0 MB, more than any file may be: pictures can be at most 1.0 MB and PDFs at most 3.0 MB.' }] })
    const greek = await ctx.rest('POST', '/media', { token: coordinatorToken, form: huge(), headers: { Cookie: 'payload-lng=el' } })
    expect(greek.status).toBe(413)
    const inGreek = translateTo('el', 'errorUploadTooLarge', { limit: '4.0', imageLimit: '1.0', pdfLimit: '3.0' })
    expect(inGreek).toMatch(/[α-ω]/)
    expect(await greek.json()).toEqual({ errors: [{ message: inGreek }] })
    expect(filesIn()).toEqual(files)
    expect((await ctx.rest('GET', '/media?limit=1')).status).toBe(200)
  })
})

describe('PDFs that could run something', () => {
  async function pdf(change: (document: PDFDocument) => void | Promise<void> = () => {}): Promise<Buffer> {
    const document = await PDFDocument.create()
    document.addPage([200, 200]).drawText('Leaflet', { x: 20, y: 100 })
    await change(document)
    return Buffer.from(await document.save())
  }

  it('accepts a plain PDF', async () => {
    const response = await ctx.rest('POST', '/media', { token: coordinatorToken, form: form(await pdf(), 'leaflet.pdf', 'application/pdf') })
    expect(response.status).toBe(201)
  })

  it('refuses JavaScript', async () => {
    await expectRefused(await pdf((document) => document.addJavaScript('hello', 'app.alert("hi")')), 'script.pdf', 'application/pdf', /script \(JavaScript\)/)
  })

  it('refuses a launch action', async () => {
    const launch = await pdf((document) => {
      const action = document.context.obj({ S: 'Launch', F: PDFString.of('cmd.exe') })
      document.catalog.set(PDFName.of('OpenAction'), action)
    })
    await expectRefused(launch, 'launch.pdf', 'application/pdf', /starts a program/)
  })

  it('refuses embedded files', async () => {
    const attached = await pdf((document) => document.attach(Buffer.from('MZ not really a program'), 'setup.exe', { mimeType: 'application/octet-stream' }))
    await expectRefused(attached, 'attached.pdf', 'application/pdf', /other files inside it/)
  })

  it('refuses an XFA form', async () => {
    const xfa = await pdf((document) => {
      const form = document.context.obj({ Fields: [], XFA: PDFString.of('<xdp/>') }) as PDFDict
      document.catalog.set(PDFName.of('AcroForm'), form)
    })
    await expectRefused(xfa, 'xfa.pdf', 'application/pdf', /XFA/)
  })

  it('refuses an encrypted PDF, which it cannot inspect', async () => {
    const encrypted = await pdf((document) => {
      document.context.trailerInfo.Encrypt = document.context.register(document.context.obj({ Filter: 'Standard', V: 2, R: 3 }))
    })
    await expectRefused(encrypted, 'locked.pdf', 'application/pdf', /protected with a password/)
  })

  it('refuses a PDF larger than the PDF limit', async () => {
    const large = await pdf((document) => {
      document.context.register(document.context.stream(randomBytes(3.2 * 1024 * 1024)))
    })
    await expectRefused(large, 'large.pdf', 'application/pdf', /PDFs can be at most 3\.0 MB/)
  })
})
