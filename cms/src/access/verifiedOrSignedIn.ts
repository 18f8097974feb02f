import type { Access } from 'payload'
import { currentUser } from './roles'

/** A number no partner has confirmed is never shown to visitors; staff see all, to check them. */
export const verifiedOrSignedIn: Access = ({ req }) => {
  if (currentUser(req)) return true
  return { verified: { equals: true } }
}
