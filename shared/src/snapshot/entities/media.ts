/** A picture or file that a site shows or offers, with its texts per locale. */
import { z } from 'zod'
import { id, localized, text } from '../fields'

export const mediaSchema = z.object({
  id,
  /** Path of the original file inside the snapshot's media folder. */
  file: text,
  mimeType: text,
  width: z.number().int().positive().nullable(),
  height: z.number().int().positive().nullable(),
  /** Where the important part of the picture is, in percent, for cropping. */
  focalX: z.number().min(0).max(100).nullable(),
  focalY: z.number().min(0).max(100).nullable(),
  alt: localized(text),
  caption: localized(text),
  credit: z.string().nullable(),
})

export type SnapshotMedia = z.infer<typeof mediaSchema>
/** What the CMS's export gives (the schema's input). */
export type SnapshotMediaInput = z.input<typeof mediaSchema>
