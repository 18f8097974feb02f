import type { Access } from 'payload'
import { hasRole } from './roles'

/** Editors may create content; which sites or country it may belong to is checked per field. */
export const isEditor: Access = ({ req }) => hasRole(req, 'editor')
