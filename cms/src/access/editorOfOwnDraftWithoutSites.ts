import type { Access, Where } from 'payload'
import { currentUser } from './roles'

/**
 * An editor's new document has no site until they choose one, so the rule for their countries'
 * content does not reach it yet: they still edit and delete what they created themselves. (A
 * document can only get sites of their own countries from them, see fields/editorScope.ts.)
 */
export const editorOfOwnDraftWithoutSites: Access = ({ req }) => {
  const user = currentUser(req)
  if (user?.role !== 'editor') return false
  const own: Where = { and: [{ createdBy: { equals: user.id } }, { sites: { exists: false } }] }
  return own
}
