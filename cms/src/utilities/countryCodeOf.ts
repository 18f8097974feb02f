import type { PayloadRequest } from 'payload'
import { relationId } from './relationId'

/** The ISO code of a country relationship value, or null when none is set or found. */
export async function countryCodeOf(req: PayloadRequest, country: unknown): Promise<string | null> {
  const id = relationId(country)
  if (id === null) return null
  const doc = await req.payload.findByID({ collection: 'countries', id, depth: 0, req }).catch(() => null)
  return doc?.code ?? null
}
