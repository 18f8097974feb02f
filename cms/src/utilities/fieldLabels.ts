/**
 * A field's path in the words of the form: `layout.0.heading` -> "Content › 1 › Heading". For
 * messages that name fields outside the form (the review request, a failed build); works on the
 * server's fields and on the admin's client fields alike.
 */
import { getTranslation, type I18nClient } from '@payloadcms/translations'

interface AnyField {
  name?: string
  type?: string
  label?: unknown
  fields?: AnyField[]
  blocks?: { fields: AnyField[] }[]
  tabs?: { name?: string; label?: unknown; fields: AnyField[] }[]
}

/** The named field among `fields`, looking through rows, collapsibles and unnamed tabs. */
function find(fields: AnyField[], name: string): AnyField | undefined {
  for (const field of fields) {
    if (field.name === name) return field
    const inside = field.type === 'tabs' ? field.tabs?.filter((tab) => !tab.name).flatMap((tab) => tab.fields) : field.name ? undefined : field.fields
    const found = inside && find(inside, name)
    if (found) return found
  }
  return undefined
}

export function fieldLabels(fields: readonly unknown[] | undefined, path: string, i18n: I18nClient): string {
  const words: string[] = []
  let current = fields as AnyField[] | undefined
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment)) {
      words.push(String(Number(segment) + 1))
      continue
    }
    const field = current && find(current, segment)
    words.push(field?.label ? getTranslation(field.label as never, i18n) : segment)
    current = field?.fields ?? field?.blocks?.flatMap((block) => block.fields)
  }
  return words.join(' › ')
}
