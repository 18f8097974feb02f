import type { Field } from 'payload'

/**
 * What the site's last snapshot was made from (export/siteContents.ts), recorded by each export:
 * which sites a change affects is read from it. Kept out of the admin and the API.
 */
export const exportedContentsField: Field = {
  name: 'exportedContents',
  type: 'json',
  hidden: true,
  access: { create: () => false, update: () => false },
}
