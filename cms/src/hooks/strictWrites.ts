/**
 * Every write gets the shape its fields promise, drafts included: Payload skips field validation
 * for drafts and coerces some values (a number sent to a text field is stored as "12345.0"), so a
 * wrong value could sit in a draft and reach the sites with the next publish. Checked here before
 * any other hook sees the data, for the REST and GraphQL APIs, the admin and the Local API alike:
 * texts are strings, numbers finite, dates real dates, a select holds only its options, a
 * relationship an ID, a block one of its field's blocks. All problems at once, each naming its
 * field, in the person's admin language. The timestamps are Payload's own and never taken from a
 * request.
 */
import { getTranslation } from '@payloadcms/translations'
import type { CollectionBeforeOperationHook, CollectionConfig, Field, PayloadRequest } from 'payload'
import { fieldAffectsData, fieldIsVirtual, tabHasName } from 'payload/shared'
import { translate, type VictorKey } from '../i18n'
import { idTypeOf, isDatabaseId as isId } from '../utilities/databaseId'
import { refuse, type FieldProblem } from '../utilities/refuse'

type Data = Record<string, unknown>

const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value)
const isFiniteNumber = (value: unknown) => typeof value === 'number' && Number.isFinite(value)
const isDate = (value: unknown) => (value instanceof Date ? !Number.isNaN(value.getTime()) : typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Date.parse(value)))

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

const optionValues = (field: { options: readonly (string | { value: string })[] }) => field.options.map((option) => (typeof option === 'string' ? option : option.value))

class Checker {
  readonly problems: FieldProblem[] = []

  constructor(
    private readonly req: PayloadRequest,
    private readonly idType: 'number' | 'text',
  ) {}

  private problem(field: Field, path: string, key: VictorKey, vars?: Record<string, unknown>) {
    const label = 'label' in field && field.label ? getTranslation(field.label as never, this.req.i18n) : undefined
    this.problems.push({ path, label: typeof label === 'string' ? label : undefined, message: translate(this.req.t, key, vars) })
  }

  fields(fields: Field[], data: Data, prefix: string, parentLocalized = false): void {
    for (const field of fields) {
      if (!fieldAffectsData(field)) {
        if (field.type === 'tabs') {
          for (const tab of field.tabs) {
            if (!tabHasName(tab)) this.fields(tab.fields, data, prefix, parentLocalized)
            else if (tab.name in data) this.localized({ ...tab, type: 'group' } as unknown as Field, data[tab.name], `${prefix}${tab.name}`, parentLocalized || Boolean(tab.localized))
          }
        } else if ('fields' in field) this.fields(field.fields, data, prefix, parentLocalized)
        continue
      }
      if (fieldIsVirtual(field) || field.type === 'join' || !(field.name in data)) continue
      this.localized(field, data[field.name], `${prefix}${field.name}`, parentLocalized || Boolean('localized' in field && field.localized))
    }
  }

  /** With `locale=all` a localized field arrives as one value per locale. */
  private localized(field: Field, value: unknown, path: string, localized: boolean) {
    if (localized && this.req.locale === 'all' && isObject(value)) {
      for (const [locale, localeValue] of Object.entries(value)) this.value(field, localeValue, `${path}.${locale}`)
    } else this.value(field, value, path)
  }

  private value(field: Field, value: unknown, path: string): void {
    // Empty; a cleared choice or date may arrive as an empty string from a form.
    if (value === null || value === undefined || (value === '' && !['text', 'textarea', 'email', 'code'].includes(field.type))) return
    const many = 'hasMany' in field && field.hasMany === true
    const each = (check: (item: unknown, itemPath: string) => void) => {
      if (!many) return check(value, path)
      if (!Array.isArray(value)) return this.problem(field, path, 'errorNotList')
      value.forEach((item, index) => check(item, `${path}.${index}`))
    }
    switch (field.type) {
      case 'text':
      case 'textarea':
      case 'email':
      case 'code':
        // A lone half of a UTF-16 pair is not text any page could show.
        return each((item, at) => (typeof item !== 'string' || LONE_SURROGATE.test(item)) && this.problem(field, at, 'errorNotText'))
      case 'number':
        return each((item, at) => !isFiniteNumber(item) && this.problem(field, at, 'errorNotNumber'))
      case 'checkbox':
        return void (typeof value !== 'boolean' && this.problem(field, path, 'errorNotCheckbox'))
      case 'date':
        return void (!isDate(value) && this.problem(field, path, 'errorNotDate', { value: String(value) }))
      case 'select':
      case 'radio': {
        const allowed = optionValues(field)
        return each((item, at) => {
          if (typeof item !== 'string' || !allowed.includes(item))
            this.problem(field, at, 'errorNotOption', { value: typeof item === 'string' ? item : JSON.stringify(item), options: allowed.join(', ') })
        })
      }
      case 'relationship':
      case 'upload': {
        const polymorphic = Array.isArray(field.relationTo)
        return each((item, at) => {
          const reference = polymorphic ? (isObject(item) && typeof item.relationTo === 'string' && (field.relationTo as string[]).includes(item.relationTo) ? item.value : undefined) : item
          const id = isObject(reference) ? reference.id : reference
          if (!isId(id, this.idType)) this.problem(field, at, 'errorNotReference', { value: JSON.stringify(item) })
        })
      }
      case 'group':
        if (!isObject(value)) return this.problem(field, path, 'errorNotGroup')
        return this.fields(field.fields, value, `${path}.`)
      case 'array':
        // The admin's form sends an empty list as its number of rows, 0.
        if (value === 0) return
        if (!Array.isArray(value)) return this.problem(field, path, 'errorNotList')
        return value.forEach((row, index) => (isObject(row) ? this.fields(field.fields, row, `${path}.${index}.`) : this.problem(field, `${path}.${index}`, 'errorNotGroup')))
      case 'blocks':
        if (value === 0) return
        if (!Array.isArray(value)) return this.problem(field, path, 'errorNotList')
        return value.forEach((row, index) => {
          const block = isObject(row) ? (field.blocks ?? []).find((candidate) => candidate.slug === row.blockType) : undefined
          if (!block) return this.problem(field, `${path}.${index}`, 'errorUnknownBlock', { value: isObject(row) ? String(row.blockType) : JSON.stringify(row) })
          this.fields(block.fields, row as Data, `${path}.${index}.`)
        })
      case 'richText':
        return void (!isObject(value) && this.problem(field, path, 'errorNotRichText'))
      default:
        return
    }
  }
}

/** The fields Payload adds to account and upload collections only later, when it sanitizes the config. */
const AUTH_FIELDS: Field[] = [
  { name: 'email', type: 'email' },
  { name: 'password', type: 'text' },
]
const UPLOAD_FIELDS: Field[] = [
  ...['filename', 'mimeType', 'url', 'thumbnailURL'].map((name): Field => ({ name, type: 'text' })),
  ...['filesize', 'width', 'height', 'focalX', 'focalY'].map((name): Field => ({ name, type: 'number' })),
]

/** Fields Payload keeps itself: never taken from what a request sends. */
const SYSTEM_FIELDS = ['id', 'createdAt', 'updatedAt', 'deletedAt'] as const
const STATUS_VALUES = ['draft', 'published']

function strictWritesHook(fields: Field[], hasDrafts: boolean): CollectionBeforeOperationHook {
  return ({ args, collection, operation, req }) => {
    const data = (args as { data?: unknown }).data
    if ((operation !== 'create' && operation !== 'update') || !isObject(data)) return args
    for (const name of SYSTEM_FIELDS) delete data[name]
    const checker = new Checker(req, idTypeOf(req.payload))
    checker.fields(fields, data, '')
    if (hasDrafts && '_status' in data && data._status !== undefined && !STATUS_VALUES.includes(data._status as string)) {
      checker.problems.push({ path: '_status', message: translate(req.t, 'errorNotOption', { value: String(data._status), options: STATUS_VALUES.join(', ') }) })
    }
    if (checker.problems.length) refuse(req, collection.slug, checker.problems)
    return args
  }
}

/**
 * Adds the checks to a collection, with its fields as they stand once every plugin has added its
 * own. As the operation's first step: Payload's own field hooks, which run before any collection
 * hook, already turn some wrong values into right-looking ones (a group given a word becomes {}).
 */
export const strictWrites = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [
      strictWritesHook(
        [...(collection.auth ? AUTH_FIELDS : []), ...(collection.upload ? UPLOAD_FIELDS : []), ...collection.fields],
        Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts),
      ),
      ...(collection.hooks?.beforeOperation ?? []),
    ],
  },
})
