import type { TextField } from 'payload'
import { text } from 'payload/shared'
import { label, translate } from '../i18n'
import { slugProblem } from './slugRules'

/**
 * The URL segment of a document: lowercase letters, digits and hyphens, the same in every locale.
 * `address` adds the collection's own rule for where the document may be (unique on its sites...).
 */
export function slugField(
  options: {
    address?: (value: unknown, args: Parameters<NonNullable<TextField['validate']>>[1]) => Promise<string | true>
  } = {},
): TextField {
  return {
    name: 'slug',
    type: 'text',
    label: label('slug'),
    required: true,
    index: true,
    admin: { position: 'sidebar', description: label('slugHelp'), components: { Error: '/components/SlugError#SlugError' } },
    hooks: {
      beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)],
      // A copy needs an address of its own.
      beforeDuplicate: [() => null],
    },
    validate: (value, args) => {
      const base = text(value, args)
      if (base !== true) return base
      const shape = slugProblem(value, { reservedPaths: false })
      if (shape) return translate(args.req.t, shape.key, shape.vars)
      return options.address ? options.address(value, args) : true
    },
  }
}
