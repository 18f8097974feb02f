/**
 * Why a site build failed, as the people who publish can act on it: which record and field
 * (content the CMS should have refused, a file missing on the server) or that the render itself
 * broke (the log says why). Saved on the build record and shown in the admin in each person's
 * language (components/PublishingStatus.tsx).
 */
import type { CollectionSlug } from 'payload'

/** Collections whose documents appear on the sites: a build records which of them changed. */
export const SITE_CONTENT_COLLECTIONS = [
  'countries',
  'sites',
  'campaigns',
  'pages',
  'helplines',
  'partners',
  'info-desks',
  'events',
  'resources',
  'news',
  'media',
] as const satisfies readonly CollectionSlug[]

export const buildFailureReasons = ['content', 'files', 'render'] as const
export type BuildFailureReason = (typeof buildFailureReasons)[number]

export interface BuildProblem {
  collection: string
  documentId: string
  locale?: string | null
  /** The field's path in the CMS, e.g. `layout.0.heading`. */
  field?: string | null
  /** Technical detail, in English, for the log and for support. */
  message: string
}

/** A failure that names the records at fault. */
export class BuildProblems extends Error {
  constructor(
    readonly reason: Exclude<BuildFailureReason, 'render'>,
    readonly problems: BuildProblem[],
  ) {
    super(
      problems.map((problem) => `${problem.collection} ${problem.documentId}${problem.locale ? ` (${problem.locale})` : ''}${problem.field ? ` ${problem.field}` : ''}: ${problem.message}`).join('\n'),
    )
    this.name = 'BuildProblems'
  }
}

export function describeBuildFailure(error: unknown): { reason: BuildFailureReason; problems: BuildProblem[] } {
  if (error instanceof BuildProblems) return { reason: error.reason, problems: error.problems }
  return { reason: 'render', problems: [] }
}
