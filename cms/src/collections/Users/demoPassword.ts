/**
 * Whether an account still has the password the demo seed gave it: such accounts must not exist
 * on a production server (see productionSafety.ts). Set only by the seed; cleared as soon as the
 * password is changed, in the admin, by the API or by a reset link.
 */
import type { CheckboxField, CollectionAfterOperationHook, CollectionBeforeChangeHook } from 'payload'

export const DEMO_ACCOUNT_CONTEXT = 'demoAccount'

export const demoPasswordField: CheckboxField = {
  name: 'demoPassword',
  type: 'checkbox',
  defaultValue: false,
  admin: { hidden: true },
}

export const recordDemoPassword: CollectionBeforeChangeHook = ({ context, data, operation, originalDoc }) => {
  const passwordChanged = typeof data.password === 'string' && data.password !== ''
  data.demoPassword = operation === 'create' ? context[DEMO_ACCOUNT_CONTEXT] === true : !passwordChanged && Boolean(originalDoc?.demoPassword)
  return data
}

/** A reset by e-mail link sets the password without the collection's change hooks. */
export const clearDemoPasswordOnReset: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  const user = operation === 'resetPassword' ? (result as { user?: { id: number | string; demoPassword?: boolean } }).user : undefined
  if (user?.demoPassword) await req.payload.db.updateOne({ collection: 'users', id: user.id, data: { demoPassword: false }, req })
  return result
}
