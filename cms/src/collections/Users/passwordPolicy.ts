/**
 * A password is at least PASSWORD_MIN_LENGTH characters and not one of the ~49,000 most common
 * passwords (the list kept by zxcvbn-ts; no network). Checked wherever a password is set: an
 * account created or changed in the admin or the API, the first account, a reset by e-mail link.
 * A new password also ends the person's other sessions (Payload's sessions do that).
 */
import { dictionary } from '@zxcvbn-ts/language-common'
import type { CollectionBeforeOperationHook } from 'payload'
import { translate, type VictorKey } from '../../i18n'
import { refuse } from '../../utilities/refuse'

export const PASSWORD_MIN_LENGTH = 12
const PASSWORD_MAX_LENGTH = 256

const commonPasswords = new Set((dictionary['passwords-common'] as string[]).map((word) => word.toLowerCase()))

/** The reason a password is refused, or undefined when it may be used. */
export function passwordProblem(password: string, email?: string): VictorKey | undefined {
  const chars = [...password]
  if (chars.length < PASSWORD_MIN_LENGTH) return 'errorPasswordTooShort'
  if (chars.length > PASSWORD_MAX_LENGTH) return 'errorPasswordTooLong'
  const lower = password.toLowerCase()
  if (commonPasswords.has(lower) || new Set(chars).size <= 2) return 'errorPasswordCommon'
  if (email && lower === email.toLowerCase()) return 'errorPasswordIsEmail'
  // A common word with digits or signs around it ("password2026!"), or digits and signs only.
  const core = lower.replace(/^[\p{N}\p{P}\p{S}\s]+|[\p{N}\p{P}\p{S}\s]+$/gu, '')
  if (core === '' || commonPasswords.has(core)) return 'errorPasswordCommon'
  return undefined
}

export const checkPassword: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return
  const data = (args as { data?: { password?: unknown; email?: unknown } }).data
  if (data?.password === undefined || data.password === null || data.password === '') return
  if (typeof data.password !== 'string') return // strictWrites names the wrong type
  const problem = passwordProblem(data.password, typeof data.email === 'string' ? data.email : undefined)
  if (problem) {
    refuse(req, collection.slug, [{ path: 'password', label: translate(req.t, 'fieldPassword'), message: translate(req.t, problem, { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH }) }])
  }
}
