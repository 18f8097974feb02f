import type { TFunction } from 'i18next'
import type { LocaleCode } from '@victor/shared'
import type { Snapshot, SnapshotHelpline } from '@victor/shared/snapshot'
import { isHarmonisedHelplineKind } from '@victor/shared/vocabulary'
import { pick } from './model'

/** The helplines shown in the help band: the country's, or on the hub the Europe-wide numbers. */
export function bandHelplines(snapshot: Snapshot): SnapshotHelpline[] {
  if (snapshot.site.audience !== 'hub') return snapshot.helplines
  const seen = new Set<string>()
  const europeWide = snapshot.helplines.filter((line) => {
    if (!isHarmonisedHelplineKind(line.kind) || seen.has(line.number)) return false
    seen.add(line.number)
    return true
  })
  return europeWide.sort((a, b) => a.number.localeCompare(b.number))
}

export const telHref = (number: string) => `tel:${number}`

/** A helpline's name in a locale (or the nearest language it has), else the name of its kind. */
export function helplineName(snapshot: Snapshot, line: SnapshotHelpline, locale: LocaleCode, t: TFunction): { value: string; lang: LocaleCode } {
  return pick(snapshot, line.name, locale) ?? { value: t(`help.kind.${line.kind}`), lang: locale }
}
