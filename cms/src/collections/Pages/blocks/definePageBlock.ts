/**
 * A page block on the CMS's side: its Payload config, the audiences it fits, and its form in the
 * site snapshot, typed against the contract (shared/src/snapshot/blocks/), so that `tsc` finds a
 * field the export forgets or misnames.
 */
import type { LocaleCode } from '@victor/shared'
import type { BlockType, SnapshotBlockInputOf } from '@victor/shared/snapshot'
import type { Audience } from '@victor/shared/vocabulary'
import type { Block } from 'payload'
import type { Doc, SnapshotScope } from '../../../export/snapshotForms'

export type { Doc }

export interface PageBlock<T extends BlockType> {
  config: Block & { slug: T }
  /** Where it fits: quizzes are for children, report steps for the public. */
  audiences: readonly Audience[]
  /** The block as the sites get it; none when it shows nothing visitors may see. */
  toSnapshot: (block: Doc, locale: LocaleCode, scope: SnapshotScope) => SnapshotBlockInputOf<T>[]
}

export function definePageBlock<T extends BlockType>(type: T, block: { config: Omit<Block, 'slug'> } & Omit<PageBlock<T>, 'config'>): PageBlock<T> {
  // A block's own heading names it; Payload's extra "block name" only showed "Untitled".
  return { ...block, config: { ...block.config, slug: type, admin: { ...block.config.admin, disableBlockName: true } } }
}
