/**
 * Why a file or a unit was refused or skipped, as a message key plus its values,
 * so the admin shows it in the editor's language.
 */
export type ReasonKey =
  | 'xliffNotXml'
  | 'xliffDoctype'
  | 'xliffNotXliff'
  | 'xliffUnknownVersion'
  | 'xliffMixedLanguages'
  | 'xliffWrongSourceLanguage'
  | 'xliffWrongTargetLanguage'
  | 'xliffSchemaInvalid'
  | 'xliffSchemaUnavailable'
  | 'xliffDuplicateUnit'
  | 'xliffDuplicateInlineId'
  | 'xliffDanglingDataRef'
  | 'xliffUnsupportedInline'
  | 'xliffInvalidCharacter'
  | 'xliffInvalidId'
  | 'xliffUnknownUnit'
  | 'xliffSourceChanged'
  | 'xliffInlineCodesDiffer'
  | 'xliffEmptyTarget'
  | 'xliffTargetEditedSinceExport'
  | 'xliffFingerprintMissing'
  | 'xliffSaveFailed'

export interface Reason {
  key: ReasonKey
  vars: Record<string, string | number>
}

/** Thrown when a whole file cannot be read or written; `reason` is what to show. */
export class XliffError extends Error {
  readonly reason: Reason

  constructor(key: ReasonKey, vars: Reason['vars'], message: string) {
    super(message)
    this.name = 'XliffError'
    this.reason = { key, vars }
  }
}
