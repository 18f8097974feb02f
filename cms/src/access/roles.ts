import type { PayloadRequest } from 'payload'

export const roles = ['admin', 'coordinator', 'editor', 'translator', 'reviewer'] as const
export type Role = (typeof roles)[number]

/** The fields of a signed-in user that access rules read. */
export interface StaffUser {
  id: number | string
  role?: Role | null
  countries?: (number | string | { id: number | string })[] | null
  translationLocales?: string[] | null
}

export function currentUser(req: PayloadRequest): StaffUser | null {
  const user = req.user as StaffUser | null | undefined
  return user && user.role ? user : null
}

export function hasRole(req: PayloadRequest, ...allowed: Role[]): boolean {
  const user = currentUser(req)
  return Boolean(user?.role && allowed.includes(user.role))
}

/** IDs of the countries an editor is responsible for. */
export function userCountryIds(req: PayloadRequest): (number | string)[] {
  return (currentUser(req)?.countries ?? []).map((country) => (typeof country === 'object' ? country.id : country))
}
