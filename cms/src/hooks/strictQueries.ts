/**
 * Every id and filter a request gives is checked against what it points at before the database
 * sees it: an id is an id, a filter on a relationship or an id compares ids, one on a date
 * compares dates, one on a number numbers, a value is one value (or a list for `in`), and `near`
 * is for places only. Payload passes such values to the database as they come, which then fails
 * with a 500 ("abc" where a number goes). For the REST and GraphQL APIs and the admin alike, as
 * each operation's first step; the answer is a 400 naming the filter, in the person's language.
 */
import { type CollectionBeforeOperationHook, type CollectionConfig, type FlattenedField, type Payload, type Where } from 'payload'
import { BadRequest } from '../utilities/refuse'
import { translate, type VictorKey } from '../i18n'
import { idTypeOf, isDatabaseId } from '../utilities/databaseId'

const MAX_WHERE_DEPTH = 20
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'near',
  'within',
  'intersects',
])
const PLACE_OPERATORS = new Set(['near', 'within', 'intersects'])

type Kind = 'id' | 'date' | 'number' | 'point' | 'polymorphic' | 'other'

/** What the field at a dotted path holds, following relationships into the collection they point at. */
function kindAt(payload: Payload, fields: FlattenedField[], segments: string[]): Kind | undefined {
  const [name, ...rest] = segments
  if (name === 'id' && rest.length === 0) return 'id'
  const field = fields.find((candidate) => candidate.name === name)
  if (!field) return undefined
  if (field.type === 'relationship' || field.type === 'upload') {
    if (Array.isArray(field.relationTo)) return rest.length ? undefined : 'polymorphic'
    if (rest.length === 0) return 'id'
    const target = payload.collections[field.relationTo]?.config.flattenedFields
    return target ? kindAt(payload, target, rest) : undefined
  }
  if (rest.length) {
    const nested =
      'flattenedFields' in field ? field.flattenedFields : field.type === 'blocks' ? (field.blocks ?? []).flatMap((block) => (typeof block === 'string' ? [] : block.flattenedFields)) : undefined
    // A localized field may be queried in one locale: `title.en`.
    return nested ? kindAt(payload, nested, rest) : 'localized' in field && field.localized && rest.length === 1 ? kindOf(field) : undefined
  }
  return kindOf(field)
}

function kindOf(field: FlattenedField): Kind {
  if (field.type === 'date') return 'date'
  if (field.type === 'number') return 'number'
  if (field.type === 'point') return 'point'
  return 'other'
}

const isScalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value)
/** A polymorphic relationship is compared with { relationTo, value }. */
const isReference = (value: unknown) =>
  typeof value === 'object' && value !== null && typeof (value as { relationTo?: unknown }).relationTo === 'string' && isScalar((value as { value?: unknown }).value)

class QueryChecker {
  constructor(
    private readonly payload: Payload,
    private readonly fields: FlattenedField[],
    private readonly t: Parameters<typeof translate>[0],
  ) {}

  private refuse(key: VictorKey, vars: Record<string, unknown>): never {
    throw new BadRequest(translate(this.t, key, vars))
  }

  where(where: unknown, depth = 0): void {
    if (depth > MAX_WHERE_DEPTH) this.refuse('errorQueryTooDeep', { max: MAX_WHERE_DEPTH })
    if (typeof where !== 'object' || where === null || Array.isArray(where)) this.refuse('errorQueryShape', { value: JSON.stringify(where)?.slice(0, 80) })
    for (const [path, condition] of Object.entries(where as Where)) {
      if (path === 'and' || path === 'or') {
        if (!Array.isArray(condition)) this.refuse('errorQueryShape', { value: `${path}: ${JSON.stringify(condition)?.slice(0, 80)}` })
        for (const part of condition as unknown[]) this.where(part, depth + 1)
        continue
      }
      if (typeof condition !== 'object' || condition === null || Array.isArray(condition)) this.refuse('errorQueryShape', { value: `${path}: ${JSON.stringify(condition)?.slice(0, 80)}` })
      const kind = kindAt(this.payload, this.fields, path.split('.'))
      for (const [operator, value] of Object.entries(condition as Record<string, unknown>)) this.condition(path, kind, operator, value)
    }
  }

  private condition(path: string, kind: Kind | undefined, operator: string, value: unknown) {
    const vars = { path, operator, value: JSON.stringify(value)?.slice(0, 80) }
    // Payload would drop a comparison it does not know, and a bulk deletion would match everything.
    if (!OPERATORS.has(operator)) this.refuse('errorQueryUnknownOperator', { ...vars, operators: [...OPERATORS].join(', ') })
    if (operator === 'exists') {
      if (![true, false, 'true', 'false'].includes(value as never)) this.refuse('errorQueryNotBoolean', vars)
      return
    }
    if (kind !== undefined && PLACE_OPERATORS.has(operator) !== (kind === 'point')) this.refuse('errorQueryOperator', vars)
    if (kind === 'point') return
    let values: unknown[]
    const fits = (item: unknown) => isScalar(item) || (kind === 'polymorphic' && isReference(item))
    if (LIST_OPERATORS.has(operator)) {
      values = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [value]
      if (!values.every(fits)) this.refuse('errorQueryNotValue', vars)
    } else {
      if (!fits(value)) this.refuse('errorQueryNotValue', vars)
      values = [value]
    }
    // Comparing with nothing (equals null, in "") is a question Payload answers itself.
    const given = values.filter((item) => item !== null && item !== '')
    if (kind === 'id' && !given.every((item) => isDatabaseId(item, idTypeOf(this.payload)))) this.refuse('errorQueryNotId', vars)
    if (kind === 'date' && !values.every((item) => item === null || (typeof item !== 'boolean' && !Number.isNaN(new Date(item as string).getTime())))) this.refuse('errorQueryNotDate', vars)
    if (kind === 'number' && !given.every((item) => item !== true && item !== false && Number.isFinite(Number(item)))) this.refuse('errorQueryNotNumber', vars)
  }
}

const strictQueriesHook: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const { id, where } = args as { id?: unknown; where?: unknown }
  if (id !== undefined && !isDatabaseId(id, idTypeOf(req.payload))) {
    throw new BadRequest(translate(req.t, 'errorNotId', { value: String(id).slice(0, 80) }))
  }
  if (where !== undefined && where !== null) new QueryChecker(req.payload, collection.flattenedFields, req.t).where(where)
  return args
}

/** Adds the checks to a collection, before its own operation hooks. */
export const strictQueries = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeOperation: [strictQueriesHook, ...(collection.hooks?.beforeOperation ?? [])] },
})
