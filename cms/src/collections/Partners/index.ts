import type { CollectionConfig } from 'payload'
import { PARTNER_TYPES } from '@victor/shared/vocabulary'
import { coordinatedContent } from '../../access/presets'
import { countryField } from '../../fields/countryField'
import { urlField } from '../../fields/urlField'
import { requireConsentToPublish } from '../../hooks/requireConsentToPublish'
import { label, labels, staticLabel } from '../../i18n'

export const Partners: CollectionConfig = {
  slug: 'partners',
  labels: labels('partner', 'partners'),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'type', 'country', 'website'],
    group: staticLabel('groupHub'),
  },
  access: coordinatedContent(),
  hooks: { beforeChange: [requireConsentToPublish] },
  fields: [
    { name: 'name', type: 'text', label: label('name'), required: true, localized: true },
    { name: 'shortName', type: 'text', label: label('partnerShortName') },
    {
      type: 'row',
      fields: [
        {
          name: 'type',
          type: 'select',
          label: label('partnerType'),
          required: true,
          options: PARTNER_TYPES.map((type) => ({ label: label(`partnerType_${type}`), value: type })),
        },
        countryField({ description: 'partnerCountryHelp' }),
      ],
    },
    {
      name: 'isApplicant',
      type: 'checkbox',
      label: label('partnerApplicant'),
    },
    { name: 'logo', type: 'upload', label: label('partnerLogo'), relationTo: 'media' },
    urlField({ name: 'website', label: 'website' }),
    { name: 'role', type: 'textarea', label: label('partnerRole'), localized: true },
    {
      name: 'sortOrder',
      type: 'number',
      label: label('sortOrder'),
      admin: { position: 'sidebar' },
    },
  ],
}
