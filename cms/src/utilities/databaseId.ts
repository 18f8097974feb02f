/** An ID as the database stores it: a whole number (SQLite, PostgreSQL) or a non-empty string (MongoDB). */
export function isDatabaseId(value: unknown, idType: 'number' | 'text'): boolean {
  if (idType === 'number') return (Number.isSafeInteger(value) && (value as number) > 0) || (typeof value === 'string' && /^[1-9]\d{0,15}$/.test(value))
  return (typeof value === 'string' && value.trim() !== '') || (Number.isSafeInteger(value) && (value as number) > 0)
}

export const idTypeOf = (payload: { db: { defaultIDType: unknown } }): 'number' | 'text' => (payload.db.defaultIDType === 'number' ? 'number' : 'text')
