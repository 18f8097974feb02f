/**
 * The page blocks of the snapshot contract, one module per block type (its schema, and the other
 * lists of the snapshot it refers to). Adding a block: a module here, listed below; its CMS
 * config and export (cms/src/collections/Pages/blocks/); its component (sites/src/components/blocks/);
 * its UI strings. The steps: sites/README.md, "Adding a block".
 */
import { z } from 'zod'
import type { Reference } from '../fields'
import * as faq from './faq'
import * as helplineCallout from './helplineCallout'
import * as image from './image'
import * as mythOrFact from './mythOrFact'
import * as quiz from './quiz'
import * as reportSteps from './reportSteps'
import * as resourceDownload from './resourceDownload'
import * as richText from './richText'
import * as signsChecklist from './signsChecklist'
import * as story from './story'

export const blockSchema = z.discriminatedUnion('blockType', [
  richText.schema,
  helplineCallout.schema,
  signsChecklist.schema,
  mythOrFact.schema,
  quiz.schema,
  story.schema,
  reportSteps.schema,
  resourceDownload.schema,
  image.schema,
  faq.schema,
])

export type SnapshotBlock = z.infer<typeof blockSchema>
export type BlockType = SnapshotBlock['blockType']
export type SnapshotBlockOf<T extends BlockType> = Extract<SnapshotBlock, { blockType: T }>

/** The blocks that refer to other lists of the snapshot (pictures, helplines, resources). */
const referring: { [T in BlockType]?: (block: SnapshotBlockOf<T>) => Reference[] } = {
  helplineCallout: helplineCallout.references,
  story: story.references,
  resourceDownload: resourceDownload.references,
  image: image.references,
}

export function blockReferences(block: SnapshotBlock): Reference[] {
  const references = referring[block.blockType] as ((block: SnapshotBlock) => Reference[]) | undefined
  return references?.(block) ?? []
}

/** What the CMS's export of a block must give: the contract's input, so that `tsc` catches drift. */
export type SnapshotBlockInputOf<T extends BlockType> = Extract<z.input<typeof blockSchema>, { blockType: T }>
