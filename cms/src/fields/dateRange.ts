import type { DateField, RowField } from 'payload'
import { label, translate, type VictorKey } from '../i18n'

/** A start and an end date side by side; the end may not come before the start. */
export function dateRange(options: { start: string; end: string; startLabel: VictorKey; endLabel: VictorKey; required?: boolean }): RowField {
  const day = { date: { pickerAppearance: 'dayOnly' as const } }
  const start: DateField = {
    name: options.start,
    type: 'date',
    label: label(options.startLabel),
    required: options.required,
    admin: day,
  }
  const end: DateField = {
    name: options.end,
    type: 'date',
    label: label(options.endLabel),
    admin: day,
    validate: (value, { siblingData, req }) => {
      const from = (siblingData as Record<string, unknown>)[options.start]
      if (value && from && new Date(value as string | Date) < new Date(from as string)) {
        return translate(req.t, 'errorEndBeforeStart')
      }
      return true
    },
  }
  return { type: 'row', fields: [start, end] }
}
