import fs from 'node:fs'
import path from 'node:path'

/** The sites' UI strings of a locale, as visitors see them (tests find elements by their names). */
export function uiStrings(locale: string): Record<string, any> {
  const file = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'src', 'i18n', `${locale}.json`)
  return JSON.parse(fs.readFileSync(file, 'utf8'))
}

export const quickExitName = (locale: string) => new RegExp(uiStrings(locale).quickExit.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i')
