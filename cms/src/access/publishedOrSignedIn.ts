import type { Access } from 'payload'
import { currentUser } from './roles'

/** Staff read drafts in the admin; everyone else, the public REST API included, only what is published. */
export const publishedOrSignedIn: Access = ({ req }) => {
  if (currentUser(req)) return true
  return { _status: { equals: 'published' } }
}
