import type { CollectionConfig } from 'payload'
import { countryContent } from '../../access/presets'
import { email } from 'payload/shared'
import { countryField } from '../../fields/countryField'
import { dateRange } from '../../fields/dateRange'
import { phoneField } from '../../fields/phoneField'
import { label, labels, staticLabel } from '../../i18n'

/** Information desks on child trafficking: a pilot run in-house by an NGO for six months. */
export const InfoDesks: CollectionConfig = {
  slug: 'info-desks',
  labels: labels('infoDesk', 'infoDesks'),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'country', 'host', 'activeFrom', 'activeUntil'],
    group: staticLabel('groupHelp'),
  },
  access: countryContent(),
  fields: [
    { name: 'name', type: 'text', label: label('name'), required: true, localized: true },
    {
      type: 'row',
      fields: [countryField({ required: true }), { name: 'host', type: 'relationship', label: label('infoDeskHost'), relationTo: 'partners', required: true }],
    },
    { name: 'address', type: 'textarea', label: label('address'), required: true, localized: true },
    { name: 'openingHours', type: 'text', label: label('openingHours'), localized: true },
    {
      type: 'row',
      fields: [phoneField({ name: 'phone', label: 'phone' }), { name: 'email', type: 'email', label: label('email'), validate: (value, args) => (value ? email(value, args) : true) }],
    },
    dateRange({ start: 'activeFrom', end: 'activeUntil', startLabel: 'activeFrom', endLabel: 'activeUntil', required: true }),
  ],
}
