/**
 * Rules for a page's address, without the snapshot's schema (and zod): the admin's form checks
 * them in the browser too.
 */
/** The last part of a page's address: lowercase letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Paths every site uses itself (below /<locale>/); a page's slug may not take one. */
export const RESERVED_PATHS: readonly string[] = [
  'get-help',
  'safety',
  'about',
  'privacy',
  'accessibility',
  'partners',
  'info-desks',
  'trainings',
  'resources',
  'news',
  'campaigns',
  'embed',
  'downloads',
  '_astro',
]
