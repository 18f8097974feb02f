import type { Access } from 'payload'
import { currentUser } from './roles'

/** Everyone manages their own account; admins manage all accounts. */
export const isSelfOrAdmin: Access = ({ req }) => {
  const user = currentUser(req)
  if (!user) return false
  if (user.role === 'admin') return true
  return { id: { equals: user.id } }
}
