import type { Access } from 'payload'
import { currentUser } from './roles'

/**
 * Visitors never receive a picture of a recognisable child without recorded consent, neither its
 * data nor its file (Payload checks this rule before serving a file too).
 */
export const publishableOrSignedIn: Access = ({ req }) => {
  if (currentUser(req)) return true
  return { publishable: { equals: true } }
}
