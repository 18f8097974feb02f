/**
 * Who may do what with each kind of content, composed from the rules in this folder. The full
 * matrix is tested in tests/int/access.test.ts.
 */
import type { Access, CollectionConfig } from 'payload'
import { anyOf } from './anyOf'
import { anyone } from './anyone'
import { editorOfCountry } from './editorOfCountry'
import { editorOfOwnDraftWithoutSites } from './editorOfOwnDraftWithoutSites'
import { isAdminOrCoordinator } from './isAdminOrCoordinator'
import { isEditor } from './isEditor'
import { isReviewer } from './isReviewer'
import { publishedOrSignedIn } from './publishedOrSignedIn'
import { translatorInOwnLocale } from './translatorInOwnLocale'

type CollectionAccess = NonNullable<CollectionConfig['access']>

/** The partnership's own content (countries, sites, partners, resources): coordinators write, translators translate. */
export const coordinatedContent = (read: Access = anyone): CollectionAccess => ({
  read,
  create: isAdminOrCoordinator,
  update: anyOf(isAdminOrCoordinator, translatorInOwnLocale),
  delete: isAdminOrCoordinator,
})

/** Content that belongs to one country (helplines, information desks, trainings): its editors write it too. */
export const countryContent = (read: Access = anyone): CollectionAccess => ({
  read,
  create: anyOf(isAdminOrCoordinator, editorOfCountry('country')),
  update: anyOf(isAdminOrCoordinator, editorOfCountry('country'), translatorInOwnLocale),
  delete: anyOf(isAdminOrCoordinator, editorOfCountry('country')),
})

/** Campaign content shown on sites (pages, campaigns): editors of the sites' countries, reviewers approve. Needs `createdBy`. */
export const siteContent: CollectionAccess = {
  read: publishedOrSignedIn,
  create: anyOf(isAdminOrCoordinator, isEditor),
  update: anyOf(isAdminOrCoordinator, editorOfCountry('sites.country'), editorOfOwnDraftWithoutSites, translatorInOwnLocale, isReviewer),
  delete: anyOf(isAdminOrCoordinator, editorOfCountry('sites.country'), editorOfOwnDraftWithoutSites),
}
