import type { CollectionConfig } from 'payload'
import { EVENT_KINDS, PROFESSIONAL_AUDIENCES } from '@victor/shared/vocabulary'
import { countryContent } from '../../access/presets'
import { countryField } from '../../fields/countryField'
import { dateRange } from '../../fields/dateRange'
import { label, labels, staticLabel } from '../../i18n'

/** Trainings for professionals who may meet child victims, and the project's workshops. */
export const Events: CollectionConfig = {
  slug: 'events',
  labels: labels('event', 'events'),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'country', 'startDate', 'audiences'],
    group: staticLabel('groupHub'),
  },
  access: countryContent(),
  fields: [
    { name: 'title', type: 'text', label: label('title'), required: true, localized: true },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          label: label('eventKind'),
          required: true,
          options: EVENT_KINDS.map((kind) => ({ label: label(`eventKind_${kind}`), value: kind })),
        },
        countryField({ required: true }),
      ],
    },
    {
      name: 'audiences',
      type: 'select',
      label: label('eventAudiences'),
      hasMany: true,
      required: true,
      options: PROFESSIONAL_AUDIENCES.map((audience) => ({ label: label(`eventAudience_${audience}`), value: audience })),
    },
    dateRange({ start: 'startDate', end: 'endDate', startLabel: 'startDate', endLabel: 'endDate', required: true }),
    { name: 'place', type: 'text', label: label('eventPlace'), required: true, localized: true },
    { name: 'description', type: 'richText', label: staticLabel('description'), localized: true },
    {
      name: 'materials',
      type: 'relationship',
      label: label('eventMaterials'),
      relationTo: 'resources',
      hasMany: true,
    },
  ],
}
