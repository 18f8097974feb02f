import type { Access } from 'payload'
import { currentUser } from './roles'

export const isSignedIn: Access = ({ req }) => Boolean(currentUser(req))
