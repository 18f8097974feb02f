import type { CollectionConfig, CollectionSlug, Field } from 'payload'
import { reviewFields, reviewPanelField } from '../../fields/reviewFields'
import { requireConsentToPublish } from '../../hooks/requireConsentToPublish'
import { requireRenderable } from '../../hooks/requireRenderable'
import { requireReviewToPublish } from '../../hooks/requireReviewToPublish'
import { recordPublishingLanguage } from '../../publishing/languagePublishing'
import { languageStatesEndpoint } from '../../publishing/languageStates'
import { unpublishLanguageEndpoint } from '../../publishing/unpublishLanguage'
import { closeRequestsOnPublish } from './workflow'

const inSidebar = (field: Field) => 'admin' in field && field.admin?.position === 'sidebar'

/**
 * What makes a collection of campaign content reviewed before it goes live: the publishing rules
 * (review for children's sites, consent for pictures, a shape every site can render), the review
 * actions beside the document's buttons and in its sidebar, and the approval on the document.
 * Each language can be published on its own (publishing/languagePublishing.ts).
 * The texts go into a first tab, where the SEO plugin adds its own beside them; the sidebar
 * fields stay outside the tabs, in the sidebar.
 */
export function reviewedContent(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        edit: {
          ...collection.admin?.components?.edit,
          beforeDocumentControls: ['/components/Review#ReviewActions'],
          PublishButton: '/components/PublishButton#PublishButton',
        },
      },
    },
    endpoints: [...(collection.endpoints || []), languageStatesEndpoint(collection.slug as CollectionSlug), unpublishLanguageEndpoint(collection.slug as CollectionSlug)],
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), recordPublishingLanguage],
      beforeChange: [...(collection.hooks?.beforeChange ?? []), requireReviewToPublish, requireConsentToPublish, requireRenderable],
      afterChange: [...(collection.hooks?.afterChange ?? []), closeRequestsOnPublish],
    },
    fields: [
      { type: 'tabs', tabs: [{ label: collection.labels?.singular ?? collection.slug, fields: collection.fields.filter((field) => !inSidebar(field)) }] },
      reviewPanelField,
      { name: 'languageStatus', type: 'ui', admin: { position: 'sidebar', components: { Field: '/components/LanguageStatus#LanguageStatus' } } },
      ...collection.fields.filter(inSidebar),
      reviewFields,
    ],
  }
}
