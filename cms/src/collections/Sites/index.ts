import type { CollectionConfig, RelationshipFieldSingleValidation, SelectFieldSingleValidation, TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'
import { AUDIENCES, type Audience } from '@victor/shared/vocabulary'
import { coordinatedContent } from '../../access/presets'
import { exportedContentsField } from './exportedContents'
import { rebuildSiteEndpoint } from './rebuildSiteEndpoint'
import { localeOptions } from '../../fields/localeOptions'
import { urlField } from '../../fields/urlField'
import { quickExitUrlField } from '../../fields/quickExitUrlField'
import { label, labels, staticLabel, translate, type VictorKey } from '../../i18n'
import { relationId } from '../../utilities/relationId'

const audienceLabels: Record<Audience, VictorKey> = {
  prevention: 'audiencePrevention',
  'demand-reduction': 'audienceDemandReduction',
  hub: 'audienceHub',
}

/** Select options for the given audiences (a site may have any; a campaign, a country's). */
export const audienceOptions = (audiences: readonly Audience[]) => audiences.map((audience) => ({ label: label(audienceLabels[audience]), value: audience }))

/**
 * One static site per country x audience, plus the partnership's hub. The site matrix is content:
 * a new country or language needs no developer.
 */
export const Sites: CollectionConfig = {
  slug: 'sites',
  labels: labels('site', 'sites'),
  admin: {
    useAsTitle: 'siteId',
    defaultColumns: ['siteId', 'name', 'audience', 'country', 'enabledLocales', 'baseUrl'],
    group: staticLabel('groupSetup'),
  },
  access: coordinatedContent(),
  endpoints: [rebuildSiteEndpoint],
  hooks: {
    // The build history of a site goes with it.
    beforeDelete: [
      async ({ id, req }) => {
        await req.payload.delete({ collection: 'site-builds', where: { site: { equals: id } }, overrideAccess: true, req })
      },
    ],
  },
  fields: [
    {
      name: 'rebuild',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/components/RebuildSiteButton#RebuildSiteButton' },
        condition: (_data, _siblingData, { user }) => ['admin', 'coordinator'].includes((user as { role?: string } | null)?.role ?? ''),
      },
    },
    {
      name: 'siteId',
      type: 'text',
      label: label('siteId'),
      required: true,
      unique: true,
      index: true,
      admin: { description: label('siteIdHelp') },
      validate: (async (value, options) => {
        const base = text(value, options)
        if (base !== true) return base
        const { siblingData, req } = options
        const data = siblingData as { audience?: Audience; country?: unknown }
        if (data.audience === 'hub') {
          return value === 'hub' ? true : translate(req.t, 'errorSiteIdHub', { value })
        }
        const countryId = relationId(data.country)
        if (!data.audience || countryId === null) return true
        const country = await req.payload.findByID({ collection: 'countries', id: countryId, depth: 0, req }).catch(() => null)
        if (!country) return true
        const expected = `${country.code.toLowerCase()}-${data.audience}`
        return value === expected ? true : translate(req.t, 'errorSiteId', { value, expected })
      }) satisfies TextFieldSingleValidation,
    },
    { name: 'name', type: 'text', label: label('name'), required: true, localized: true },
    {
      type: 'row',
      fields: [
        {
          name: 'audience',
          type: 'select',
          label: label('audience'),
          required: true,
          options: audienceOptions(AUDIENCES),
        },
        {
          name: 'country',
          type: 'relationship',
          label: label('country'),
          relationTo: 'countries',
          admin: {
            condition: (_, siblingData) => siblingData?.audience !== 'hub',
            description: label('siteCountryHelp'),
            components: { Cell: '/components/RelationTitlesCell#RelationTitlesCell' },
          },
          validate: ((value, { siblingData, req }) => {
            const audience = (siblingData as { audience?: Audience }).audience
            if (audience && audience !== 'hub' && relationId(value) === null) {
              return translate(req.t, 'errorSiteCountryRequired')
            }
            return true
          }) satisfies RelationshipFieldSingleValidation,
        },
      ],
    },
    {
      name: 'enabledLocales',
      type: 'select',
      label: label('siteLocales'),
      hasMany: true,
      required: true,
      options: localeOptions,
      admin: { description: label('siteLocalesHelp') },
    },
    {
      name: 'defaultLocale',
      type: 'select',
      label: label('siteDefaultLocale'),
      required: true,
      options: localeOptions,
      validate: ((value, { siblingData, req }) => {
        const enabled = (siblingData as { enabledLocales?: string[] }).enabledLocales ?? []
        if (value && !enabled.includes(value)) {
          return translate(req.t, 'errorDefaultLocale', { value, locales: enabled.join(', ') || '-' })
        }
        return value ? true : translate(req.t, 'errorRequired')
      }) satisfies SelectFieldSingleValidation,
    },
    urlField({ name: 'baseUrl', label: 'siteBaseUrl', description: 'siteBaseUrlHelp', required: true }),
    quickExitUrlField,
    exportedContentsField,
  ],
}
