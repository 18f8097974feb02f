import type { TextField } from 'payload'
import { text } from 'payload/shared'
import { label, translate, type VictorKey } from '../i18n'

export function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

/** A web address field that refuses anything but a full http(s) URL, with a message saying so. */
export function urlField(options: {
  name: string
  label: VictorKey
  description?: VictorKey
  required?: boolean
  /** Required only while this sibling checkbox is ticked, with this message when empty. */
  requiredWhen?: { checkbox: string; message: VictorKey }
  localized?: boolean
}): TextField {
  return {
    name: options.name,
    type: 'text',
    label: label(options.label),
    required: options.required,
    localized: options.localized,
    admin: options.description ? { description: label(options.description) } : undefined,
    validate: (value, args) => {
      const base = text(value, args)
      if (base !== true) return base
      if (!value) {
        const { requiredWhen } = options
        const needed = requiredWhen && (args.siblingData as Record<string, unknown>)[requiredWhen.checkbox]
        return needed ? translate(args.req.t, requiredWhen.message) : true
      }
      return isHttpUrl(value) ? true : translate(args.req.t, 'errorUrl', { value })
    },
  }
}
