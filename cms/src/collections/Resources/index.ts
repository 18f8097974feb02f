import type { CollectionConfig } from 'payload'
import { anyOf } from '../../access/anyOf'
import { anyone } from '../../access/anyone'
import { isAdminOrCoordinator } from '../../access/isAdminOrCoordinator'
import { translatorInOwnLocale } from '../../access/translatorInOwnLocale'
import { requireConsentToPublish } from '../../hooks/requireConsentToPublish'
import { groupLabel, label, labels } from '../../i18n'

/** Publicity and training material, with a file per language. */
export const Resources: CollectionConfig = {
  slug: 'resources',
  labels: labels('resource', 'resources'),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'file', 'updatedAt'],
    group: groupLabel('groupHub'),
  },
  access: {
    read: anyone,
    create: isAdminOrCoordinator,
    update: anyOf(isAdminOrCoordinator, translatorInOwnLocale),
    delete: isAdminOrCoordinator,
  },
  hooks: { beforeChange: [requireConsentToPublish] },
  fields: [
    { name: 'title', type: 'text', label: label('title'), required: true, localized: true },
    { name: 'description', type: 'textarea', label: label('description'), localized: true },
    {
      name: 'kind',
      type: 'select',
      label: label('resourceKind'),
      required: true,
      options: [
        { label: label('resourceKind_publicity'), value: 'publicity' },
        { label: label('resourceKind_training'), value: 'training' },
      ],
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
