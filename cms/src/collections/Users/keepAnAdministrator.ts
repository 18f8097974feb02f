import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook, type PayloadRequest } from 'payload'
import { translate } from '../../i18n'
import { refuse } from '../../utilities/refuse'

/** Whether an administrator other than `id` would be left. */
async function anotherAdministrator(req: PayloadRequest, id: number | string): Promise<boolean> {
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    where: { and: [{ role: { equals: 'admin' } }, { id: { not_equals: id } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** Nobody could manage accounts any more: the last administrator keeps that role. */
export const keepAdministratorRole: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || originalDoc?.role !== 'admin' || !data.role || data.role === 'admin') return data
  if (await anotherAdministrator(req, originalDoc.id)) return data
  refuse(req, 'users', [{ path: 'role', label: translate(req.t, 'role'), message: translate(req.t, 'errorLastAdminRole') }])
}

export const keepAdministratorAccount: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const user = await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req }).catch(() => null)
  if (user?.role !== 'admin' || (await anotherAdministrator(req, id))) return
  throw new APIError(translate(req.t, 'errorLastAdminDelete'), 403, null, true)
}
