import type { CollectionConfig, TextFieldSingleValidation } from 'payload'
import { coordinatedContent } from '../../access/presets'
import { isSupportedCountry } from 'libphonenumber-js/max'
import { text } from 'payload/shared'
import { localeOptions } from '../../fields/localeOptions'
import { label, labels, staticLabel, translate } from '../../i18n'

export const Countries: CollectionConfig = {
  slug: 'countries',
  labels: labels('country', 'countries'),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'role', 'languages'],
    group: staticLabel('groupSetup'),
  },
  access: coordinatedContent(),
  fields: [
    {
      name: 'code',
      type: 'text',
      label: label('countryCode'),
      required: true,
      unique: true,
      index: true,
      admin: { description: label('countryCodeHelp') },
      hooks: {
        beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value)],
      },
      validate: ((value, options) => {
        const base = text(value, options)
        if (base !== true) return base
        if (!value || !/^[A-Z]{2}$/.test(value) || !isSupportedCountry(value)) {
          return translate(options.req.t, 'errorCountryCode', { value: value ?? '' })
        }
        return true
      }) satisfies TextFieldSingleValidation,
    },
    { name: 'name', type: 'text', label: label('name'), required: true, localized: true },
    {
      name: 'role',
      type: 'select',
      label: label('countryRole'),
      required: true,
      options: [
        { label: label('countryRoleOrigin'), value: 'origin' },
        { label: label('countryRoleDestination'), value: 'destination' },
        { label: label('countryRoleBoth'), value: 'both' },
      ],
      admin: { description: label('countryRoleHelp') },
    },
    {
      name: 'languages',
      type: 'select',
      label: label('countryLanguages'),
      hasMany: true,
      required: true,
      options: localeOptions,
      admin: { description: label('countryLanguagesHelp') },
    },
  ],
}
