/** The ID of a relationship value, whether it arrives populated or as a bare ID. */
export function relationId(value: unknown): number | string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') {
    const id = (value as { id?: number | string; value?: unknown }).id
    if (id !== undefined) return id
    const polymorphic = (value as { value?: unknown }).value
    return polymorphic === undefined ? null : relationId(polymorphic)
  }
  return value as number | string
}

export function relationIds(value: unknown): (number | string)[] {
  if (!Array.isArray(value)) return []
  return value.map(relationId).filter((id): id is number | string => id !== null)
}

/** The ID as the snapshot has it (a string), or null. */
export const idString = (value: unknown): string | null => (relationId(value) === null ? null : String(relationId(value)))
