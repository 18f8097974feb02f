import type { Access } from 'payload'
import { hasRole } from './roles'

/** Reviewers approve and publish content, child-facing content above all; they do not create it. */
export const isReviewer: Access = ({ req }) => hasRole(req, 'reviewer')
