import type { CollectionBeforeChangeHook, CollectionConfig, DateFieldValidation, FieldHook, PayloadRequest } from 'payload'
import { HELPLINE_KINDS, type HelplineKind } from '@victor/shared/vocabulary'
import { countryContent } from '../../access/presets'
import { countryField } from '../../fields/countryField'
import { localeOptions } from '../../fields/localeOptions'
import { phoneField } from '../../fields/phoneField'
import { urlField } from '../../fields/urlField'
import { label, labels, staticLabel, translate, type VictorKey } from '../../i18n'
import { countryCodeOf } from '../../utilities/countryCodeOf'
import { parseHelplineNumber } from './phoneNumber'
import { verifiedOrSignedIn } from '../../access/verifiedOrSignedIn'

/** A number not checked against its source for this long is flagged to editors as stale. */
export const STALE_AFTER_DAYS = 365

const reasonMessages: Record<string, VictorKey> = {
  empty: 'errorRequired',
  'short-code': 'errorShortCode',
  harmonised: 'errorHarmonisedCode',
  'kind-mismatch': 'errorNumberKind',
  invalid: 'errorPhoneNumber',
}

/** Each kind's label in the admin's translations. */
const helplineKindLabels: Record<HelplineKind, VictorKey> = {
  '116000': 'helplineKind116000',
  '116111': 'helplineKind116111',
  'anti-trafficking': 'helplineKindAntiTrafficking',
  police: 'helplineKindPolice',
  'victim-support': 'helplineKindVictimSupport',
  ngo: 'helplineKindNgo',
}

/** Validates a number for the helpline's country and kind; the message says what is wrong with it. */
const validateNumber = async (value: string | null | undefined, { siblingData, req }: { siblingData: unknown; req: PayloadRequest }): Promise<true | string> => {
  const data = siblingData as { country?: unknown; kind?: HelplineKind; verified?: boolean }
  // A line a partner still has to confirm may wait for its number; a verified one may not.
  if (!value) return data.verified ? translate(req.t, 'errorVerifiedNeedsNumber') : true
  const code = await countryCodeOf(req, data.country)
  if (!code) return true // the country field reports its own error
  const parsed = parseHelplineNumber(value, code, data.kind)
  if (parsed.ok) return true
  return translate(req.t, reasonMessages[parsed.reason], { value, country: code, kind: data.kind })
}

/** Stores numbers normalised (E.164 or short code) with the formats the sites show. */
const normaliseNumbers: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const country = data.country ?? originalDoc?.country
  const code = await countryCodeOf(req, country)
  if (!code) return data
  const number = data.number ?? originalDoc?.number
  const kind = (data.kind ?? originalDoc?.kind) as HelplineKind
  if (typeof number === 'string') {
    const parsed = parseHelplineNumber(number, code, kind)
    if (parsed.ok) {
      data.number = parsed.normalized
      data.display = parsed.display
      data.international = parsed.international
      data.isShortCode = parsed.isShortCode
    }
  }
  return data
}

/** "Child helpline · 116 111 · MD": lines of different countries often share a name. */
const pickerLabel: FieldHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const code = await countryCodeOf(req, merged.country)
  return [merged.name, merged.display || merged.number, code].filter(Boolean).join(' · ') || null
}

export const Helplines: CollectionConfig = {
  slug: 'helplines',
  labels: labels('helpline', 'helplines'),
  admin: {
    useAsTitle: 'pickerLabel',
    defaultColumns: ['name', 'country', 'display', 'kind', 'checkStatus', 'lastChecked'],
    group: staticLabel('groupHelp'),
    description: label('helplinesHelp'),
  },
  access: countryContent(verifiedOrSignedIn),
  hooks: { beforeChange: [normaliseNumbers] },
  fields: [
    { name: 'name', type: 'text', label: label('helplineName'), required: true, localized: true },
    { name: 'pickerLabel', type: 'text', label: label('helplineName'), localized: true, admin: { hidden: true }, hooks: { beforeChange: [pickerLabel] } },
    {
      type: 'row',
      fields: [
        countryField({ required: true }),
        {
          name: 'kind',
          type: 'select',
          label: label('helplineKind'),
          required: true,
          options: HELPLINE_KINDS.map((kind) => ({ label: label(helplineKindLabels[kind]), value: kind })),
        },
      ],
    },
    {
      name: 'number',
      type: 'text',
      label: label('helplineNumber'),
      admin: { description: label('helplineNumberHelp') },
      validate: validateNumber,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'display',
          type: 'text',
          label: label('helplineDisplay'),
          admin: { readOnly: true, description: label('helplineDisplayHelp') },
        },
        {
          name: 'international',
          type: 'text',
          label: label('helplineInternational'),
          admin: { readOnly: true },
        },
        {
          name: 'isShortCode',
          type: 'checkbox',
          label: label('helplineShortCode'),
          admin: { readOnly: true },
        },
      ],
    },
    { name: 'organisation', type: 'text', label: label('helplineOrganisation'), localized: true },
    {
      type: 'row',
      fields: [
        { name: 'hours', type: 'text', label: label('helplineHours'), localized: true },
        { name: 'available24h', type: 'checkbox', label: label('helplineAvailable24h') },
        { name: 'freeOfCharge', type: 'checkbox', label: label('helplineFree') },
      ],
    },
    {
      name: 'languages',
      type: 'select',
      label: label('helplineLanguages'),
      hasMany: true,
      options: localeOptions,
    },
    {
      type: 'row',
      fields: [phoneField({ name: 'sms', label: 'helplineSms' }), urlField({ name: 'chatUrl', label: 'helplineChatUrl' })],
    },
    {
      type: 'collapsible',
      label: label('helplineChecks'),
      fields: [
        urlField({
          name: 'sourceUrl',
          label: 'helplineSource',
          description: 'helplineSourceHelp',
          requiredWhen: { checkbox: 'verified', message: 'errorVerifiedNeedsSource' },
        }),
        {
          type: 'row',
          fields: [
            {
              name: 'lastChecked',
              type: 'date',
              label: label('helplineLastChecked'),
              admin: { date: { pickerAppearance: 'dayOnly' } },
              validate: ((value, { siblingData, req }) => {
                if (!value && (siblingData as { verified?: boolean }).verified) {
                  return translate(req.t, 'errorVerifiedNeedsCheckDate')
                }
                if (value && new Date(value) > new Date()) return translate(req.t, 'errorCheckDateFuture')
                return true
              }) satisfies DateFieldValidation,
            },
            {
              name: 'verified',
              type: 'checkbox',
              label: label('helplineVerified'),
              defaultValue: false,
              admin: { description: label('helplineVerifiedHelp') },
            },
          ],
        },
        {
          name: 'checkStatus',
          type: 'select',
          label: label('helplineCheckStatus'),
          virtual: true,
          options: [
            { label: label('helplineCheckOk'), value: 'ok' },
            { label: label('helplineCheckUnverified'), value: 'unverified' },
            { label: label('helplineCheckStale'), value: 'stale' },
          ],
          admin: { readOnly: true, description: label('helplineCheckStatusHelp') },
          hooks: {
            afterRead: [({ siblingData }) => helplineCheckStatus(siblingData)],
          },
        },
        { name: 'notes', type: 'textarea', label: label('notes') },
      ],
    },
  ],
}

export function helplineCheckStatus(helpline: { verified?: boolean | null; lastChecked?: string | null }, now = new Date()): 'ok' | 'unverified' | 'stale' {
  if (!helpline.verified) return 'unverified'
  if (!helpline.lastChecked) return 'stale'
  const ageInDays = (now.getTime() - new Date(helpline.lastChecked).getTime()) / 86_400_000
  return ageInDays > STALE_AFTER_DAYS ? 'stale' : 'ok'
}
