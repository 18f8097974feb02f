import type { Field } from 'payload'
import { relationId } from './relationId'

export interface UploadReference {
  /** Dotted path of the field, as Payload names it in validation errors (layout.2.image). */
  path: string
  id: number | string
}

/** Every media file a document's data refers to through upload fields, with where it sits. */
export function uploadReferences(fields: Field[], data: unknown, parentPath = ''): UploadReference[] {
  if (!data || typeof data !== 'object') return []
  const record = data as Record<string, unknown>
  const found: UploadReference[] = []
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const named = 'name' in tab && tab.name
        found.push(...uploadReferences(tab.fields, named ? record[tab.name!] : record, named ? join(parentPath, tab.name!) : parentPath))
      }
      continue
    }
    if (field.type === 'row' || field.type === 'collapsible') {
      found.push(...uploadReferences(field.fields, record, parentPath))
      continue
    }
    if (!('name' in field) || !field.name) continue
    const value = record[field.name]
    const path = join(parentPath, field.name)
    if (field.type === 'upload' && field.relationTo === 'media') {
      const values = Array.isArray(value) ? value : [value]
      values.forEach((item, index) => {
        const id = relationId(item)
        if (id !== null) found.push({ path: Array.isArray(value) ? `${path}.${index}` : path, id })
      })
    } else if (field.type === 'group') {
      found.push(...uploadReferences(field.fields, value, path))
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, index) => found.push(...uploadReferences(field.fields, row, `${path}.${index}`)))
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      value.forEach((row, index) => {
        const block = field.blocks.find((candidate) => candidate.slug === (row as { blockType?: string })?.blockType)
        if (block) found.push(...uploadReferences(block.fields, row, `${path}.${index}`))
      })
    }
  }
  return found
}

function join(parent: string, name: string): string {
  return parent ? `${parent}.${name}` : name
}
