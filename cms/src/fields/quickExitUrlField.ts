import type { TextField, TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'
import { quickExitProblem, type QuickExitProblem } from '@victor/shared/quickExit'
import { label, translate, type VictorKey } from '../i18n'

const problemMessages: Record<QuickExitProblem, VictorKey> = {
  'not-a-url': 'errorQuickExitUrl',
  'not-https': 'errorQuickExitHttps',
  'same-site': 'errorQuickExitSameSite',
}

/**
 * A site's quick exit destination, per language (components/QuickExitDefault.tsx shows the
 * guidance and what an empty value means). Empty: the default of shared/src/quickExit.ts for the
 * site's country and the language, which the export writes into the snapshot. Set: a full https
 * address on another site than this one, the rule the snapshot contract holds too.
 */
export const quickExitUrlField: TextField = {
  name: 'quickExitUrl',
  type: 'text',
  label: label('siteQuickExitUrl'),
  localized: true,
  // One destination per language, not a translation of the English one.
  custom: { translationTracking: false },
  admin: {
    description: label('siteQuickExitUrlHelp'),
    placeholder: 'https://',
    components: { Description: '/components/QuickExitDefault#QuickExitDefault' },
  },
  hooks: {
    beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim() : value)],
  },
  validate: ((value, args) => {
    const base = text(value, args)
    if (base !== true) return base
    if (!value) return true
    const baseUrl = (args.siblingData as { baseUrl?: string }).baseUrl
    const problem = quickExitProblem(value, baseUrl)
    if (!problem) return true
    const site = problem === 'same-site' && baseUrl ? new URL(baseUrl).host : undefined
    return translate(args.req.t, problemMessages[problem], { value, site })
  }) satisfies TextFieldSingleValidation,
}
