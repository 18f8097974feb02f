import type { CollectionConfig } from 'payload'
import { RESOURCE_KINDS } from '@victor/shared/vocabulary'
import { coordinatedContent } from '../../access/presets'
import { requireConsentToPublish } from '../../hooks/requireConsentToPublish'
import { label, labels, staticLabel } from '../../i18n'

/** Publicity and training material, with a file per language. */
export const Resources: CollectionConfig = {
  slug: 'resources',
  labels: labels('resource', 'resources'),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'file', 'updatedAt'],
    group: staticLabel('groupHub'),
  },
  access: coordinatedContent(),
  hooks: { beforeChange: [requireConsentToPublish] },
  fields: [
    { name: 'title', type: 'text', label: label('title'), required: true, localized: true },
    { name: 'description', type: 'textarea', label: label('description'), localized: true },
    {
      name: 'kind',
      type: 'select',
      label: label('resourceKind'),
      required: true,
      options: RESOURCE_KINDS.map((kind) => ({ label: label(`resourceKind_${kind}`), value: kind })),
    },
    {
      name: 'file',
      type: 'upload',
      label: label('resourceFile'),
      relationTo: 'media',
      localized: true,
      admin: { description: label('resourceFileHelp') },
    },
  ],
}
