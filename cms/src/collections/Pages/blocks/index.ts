/**
 * The page blocks, one module per block type (its Payload config, the audiences it fits and its
 * export to the site snapshot). Adding a block: sites/README.md, "Adding a block".
 */
import type { BlockType } from '@victor/shared/snapshot'
import type { Audience } from '@victor/shared/vocabulary'
import type { Block } from 'payload'
import type { PageBlock } from './definePageBlock'
import { faq } from './faq'
import { helplineCallout } from './helplineCallout'
import { image } from './image'
import { mythOrFact } from './mythOrFact'
import { quiz } from './quiz'
import { reportSteps } from './reportSteps'
import { resourceDownload } from './resourceDownload'
import { richText } from './richText'
import { signsChecklist } from './signsChecklist'
import { story } from './story'

/** Every block type of the contract, in the order the admin offers them; one missing fails `tsc`. */
export const pageBlockTypes: { [T in BlockType]: PageBlock<T> } = {
  richText,
  helplineCallout,
  signsChecklist,
  mythOrFact,
  quiz,
  story,
  reportSteps,
  resourceDownload,
  image,
  faq,
}

const definitions = Object.values(pageBlockTypes) as PageBlock<BlockType>[]

export const pageBlocks: Block[] = definitions.map((block) => block.config)

/** Blocks allowed on a page shown to all the given audiences (those that fit every one). */
export function blocksForAudiences(audiences: Audience[]): string[] {
  return definitions.filter((block) => audiences.every((audience) => block.audiences.includes(audience))).map((block) => block.config.slug)
}
