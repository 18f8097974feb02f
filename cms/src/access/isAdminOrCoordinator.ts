import type { Access } from 'payload'
import { hasRole } from './roles'

/** Coordinators manage all content of the partnership, like admins, but not user accounts. */
export const isAdminOrCoordinator: Access = ({ req }) => hasRole(req, 'admin', 'coordinator')
