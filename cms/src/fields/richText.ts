import { lexicalEditor } from '@payloadcms/richtext-lexical'

/**
 * Rich text for campaign content. Pictures go in the Image block, which carries alt text and the
 * consent check, so the editor offers no inline uploads or document links.
 */
export const contentEditor = lexicalEditor({
  features: ({ defaultFeatures }) => defaultFeatures.filter((feature) => !['upload', 'relationship'].includes(feature.key)),
})
