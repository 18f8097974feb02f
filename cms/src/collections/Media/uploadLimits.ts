/**
 * How large an upload may be, per kind. Set by MEDIA_MAX_IMAGE_MB, MEDIA_MAX_PDF_MB and
 * MEDIA_MAX_MEGAPIXELS; a value that is not a positive number stops the CMS at startup, naming
 * the variable, rather than silently letting anything through.
 */
export interface UploadLimits {
  imageBytes: number
  pdfBytes: number
  imagePixels: number
}

export const DEFAULT_UPLOAD_LIMITS = { imageMB: 20, pdfMB: 50, megapixels: 40 } as const

export class UploadLimitConfigurationError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UploadLimitConfigurationError'
  }
}

const MB = 1024 * 1024

function positiveNumber(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name]
  if (raw === undefined || raw.trim() === '') return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value <= 0) {
    throw new UploadLimitConfigurationError(`${name} must be a positive number (it is "${raw}"); the default is ${fallback}`)
  }
  return value
}

export function uploadLimits(env: Record<string, string | undefined> = process.env): UploadLimits {
  return {
    imageBytes: Math.round(positiveNumber(env, 'MEDIA_MAX_IMAGE_MB', DEFAULT_UPLOAD_LIMITS.imageMB) * MB),
    pdfBytes: Math.round(positiveNumber(env, 'MEDIA_MAX_PDF_MB', DEFAULT_UPLOAD_LIMITS.pdfMB) * MB),
    imagePixels: Math.round(positiveNumber(env, 'MEDIA_MAX_MEGAPIXELS', DEFAULT_UPLOAD_LIMITS.megapixels) * 1_000_000),
  }
}

/** The largest request body an upload may have: the largest kind, plus room for the form's other fields. */
export function largestUploadBytes(limits: UploadLimits): number {
  return Math.max(limits.imageBytes, limits.pdfBytes) + MB
}

export const megapixels = (pixels: number): number => Math.round(pixels / 1_000_000)

export function megabytes(bytes: number): string {
  return (bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)
}

/** The limits this CMS runs with, read once at startup. */
export const configuredUploadLimits = uploadLimits()
