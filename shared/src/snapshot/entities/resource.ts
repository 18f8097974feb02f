/** A resource of the partnership (publicity or training material), with its file per locale. */
import { z } from 'zod'
import { RESOURCE_KINDS } from '../../vocabulary'
import { id, localized, text } from '../fields'

export const resourceSchema = z.object({
  id,
  kind: z.enum(RESOURCE_KINDS),
  title: localized(text),
  description: localized(text),
  /** The file in each locale it exists in. */
  files: localized(id),
})

export type SnapshotResource = z.infer<typeof resourceSchema>
/** What the CMS's export gives (the schema's input). */
export type SnapshotResourceInput = z.input<typeof resourceSchema>
