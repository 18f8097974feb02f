import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max'
import { isHarmonisedHelplineKind, type HelplineKind } from '@victor/shared/vocabulary'

export type ParsedHelplineNumber =
  | {
      ok: true
      /** E.164 for a full number (+35980020100); the digits of a short code (116000). */
      normalized: string
      /** As people in the country write and dial it: "0800 20 100", "116 000". */
      display: string
      /** How to dial it from abroad, or null for a short code, which only works inside the country. */
      international: string | null
      isShortCode: boolean
    }
  | { ok: false; reason: 'empty' | 'short-code' | 'harmonised' | 'kind-mismatch' | 'invalid' }

/** Characters people type between digits: spaces, dashes, dots, slashes, brackets. */
const separators = /[\s\-./()\u00a0]/g

/**
 * Validates and normalises a helpline number for its country. Full numbers go through
 * libphonenumber's complete metadata; short codes (116 000, 1109, 1547), which it does not cover,
 * are checked here: the EU's harmonised 116 numbers have six digits, national ones three to five.
 */
export function parseHelplineNumber(input: string, countryCode: string, kind?: HelplineKind | null): ParsedHelplineNumber {
  const compact = input.replace(separators, '')
  if (!compact) return { ok: false, reason: 'empty' }

  const isShortCode = /^[1-9]\d{2,5}$/.test(compact)
  if (isHarmonisedHelplineKind(kind)) {
    return compact === kind ? shortCode(compact) : { ok: false, reason: 'kind-mismatch' }
  }
  if (isShortCode) {
    if (compact.startsWith('116')) {
      return compact.length === 6 ? shortCode(compact) : { ok: false, reason: 'harmonised' }
    }
    return compact.length <= 5 ? shortCode(compact) : { ok: false, reason: 'short-code' }
  }

  const phone = parsePhoneNumberFromString(compact, countryCode as CountryCode)
  if (!phone || !phone.isValid() || (phone.country && phone.country !== countryCode)) {
    return { ok: false, reason: 'invalid' }
  }
  return {
    ok: true,
    normalized: phone.number,
    display: phone.formatNational(),
    international: phone.formatInternational(),
    isShortCode: false,
  }
}

function shortCode(digits: string): ParsedHelplineNumber {
  const display = digits.startsWith('116') ? `116 ${digits.slice(3)}` : digits
  return { ok: true, normalized: digits, display, international: null, isShortCode: true }
}
