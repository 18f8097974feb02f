/**
 * What is wrong with a slug on its own, without asking the database: its shape, and (for a page
 * that is not a home page) whether the sites use that path themselves. One rule for the save, on
 * the server, and for the form, as the person types (components/SlugError.tsx).
 */
import { RESERVED_PATHS, SLUG_PATTERN } from '@victor/shared/snapshot/addresses'
import type { VictorKey } from '../i18n'

export interface SlugProblem {
  key: Extract<VictorKey, 'errorSlug' | 'errorSlugReserved'>
  vars: Record<string, string>
}

export function slugProblem(value: unknown, options: { reservedPaths: boolean }): SlugProblem | undefined {
  if (typeof value !== 'string' || !value) return undefined
  if (!SLUG_PATTERN.test(value)) return { key: 'errorSlug', vars: { value } }
  if (options.reservedPaths && RESERVED_PATHS.includes(value)) {
    return { key: 'errorSlugReserved', vars: { value, reserved: RESERVED_PATHS.filter((path) => !path.startsWith('_')).join(', ') } }
  }
  return undefined
}
