import type { TextField } from 'payload'
import { parseHelplineNumber } from '../collections/Helplines/phoneNumber'
import { label, translate, type VictorKey } from '../i18n'
import { countryCodeOf } from '../utilities/countryCodeOf'

/**
 * A contact phone number, checked for the country in the document's `country` field and stored
 * in E.164 (or as a short code) so every site can make a `tel:` link of it.
 */
export function phoneField(options: { name: string; label: VictorKey }): TextField {
  return {
    name: options.name,
    type: 'text',
    label: label(options.label),
    validate: async (value, { data, req }) => {
      if (!value) return true
      const code = await countryCodeOf(req, (data as { country?: unknown })?.country)
      if (!code) return true
      return parseHelplineNumber(value, code).ok ? true : translate(req.t, 'errorPhoneNumber', { value, country: code })
    },
    hooks: {
      beforeChange: [
        async ({ value, data, originalDoc, req }) => {
          if (typeof value !== 'string' || !value) return value
          const code = await countryCodeOf(req, data?.country ?? originalDoc?.country)
          const parsed = code ? parseHelplineNumber(value, code) : null
          return parsed?.ok ? parsed.normalized : value
        },
      ],
    },
  }
}
