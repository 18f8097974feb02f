import { type InlineNode, inlineCodes, inlinePlainText, normalizedInline } from './inline'
import type { XliffDocument } from './read'
import type { Reason } from './reasons'
import { type TranslationUnit, unitContent } from './units'

export interface AppliedUnit {
  id: string
  /** The unit as exported now; for rich text its `field` and `block` say where the target goes. */
  unit: TranslationUnit
  /** A string for a text unit, inline content for a rich text block. */
  target: string | InlineNode[]
}

export interface UnitOutcome {
  id: string
  reason: Reason
}

export interface ImportCheck {
  applied: AppliedUnit[]
  skipped: UnitOutcome[]
  refused: UnitOutcome[]
  /** Set when nothing of the file may be applied (e.g. it is for another language); the lists are then empty. */
  refusedFile?: Reason
}

const sameLanguage = (a: string | undefined, b: string) => (a ?? '').toLowerCase().replace(/_/g, '-') === b.toLowerCase().replace(/_/g, '-')

/**
 * Decides unit by unit what of a returned file may be applied, against the units as they would be exported now.
 * A unit whose source changed since the export is refused: its translation is of a text that no longer exists.
 */
export function checkImport(document: XliffDocument, expected: Map<string, TranslationUnit>, languages: { sourceLanguage?: string; targetLanguage: string }): ImportCheck {
  const result: ImportCheck = { applied: [], skipped: [], refused: [] }
  if (!sameLanguage(document.targetLanguage, languages.targetLanguage)) {
    return { ...result, refusedFile: { key: 'xliffWrongTargetLanguage', vars: { expected: languages.targetLanguage, found: document.targetLanguage ?? '' } } }
  }
  if (languages.sourceLanguage && !sameLanguage(document.sourceLanguage, languages.sourceLanguage)) {
    return { ...result, refusedFile: { key: 'xliffWrongSourceLanguage', vars: { expected: languages.sourceLanguage, found: document.sourceLanguage } } }
  }

  const occurrences = new Map<string, number>()
  for (const { id } of document.units) occurrences.set(id, (occurrences.get(id) ?? 0) + 1)

  for (const unit of document.units) {
    const refuse = (reason: Reason) => result.refused.push({ id: unit.id, reason })
    const vars = { unit: unit.id, line: unit.line }
    const current = expected.get(unit.id)
    // Which of two copies is the translation is anybody's guess, so neither is applied.
    if ((occurrences.get(unit.id) ?? 0) > 1) refuse({ key: 'xliffDuplicateUnit', vars })
    else if (!current) refuse({ key: 'xliffUnknownUnit', vars })
    else if (unit.problem) refuse(unit.problem)
    else if (!unit.target || !hasContent(unit.target)) result.skipped.push({ id: unit.id, reason: { key: 'xliffEmptyTarget', vars } })
    else if (normalizedInline(unit.source) !== normalizedInline(unitContent(current, 'source') ?? [])) refuse({ key: 'xliffSourceChanged', vars })
    else {
      const problem = codeProblem(unit.target, unitContent(current, 'source') ?? [])
      if (problem) refuse({ ...problem, vars: { ...vars, ...problem.vars } })
      else result.applied.push({ id: unit.id, unit: current, target: current.kind === 'text' ? inlinePlainText(unit.target) : unit.target })
    }
  }
  return result
}

function hasContent(content: InlineNode[]): boolean {
  return /\S/.test(inlinePlainText(content)) || inlineCodes(content).length > 0
}

/** The target must carry exactly the source's codes (any order): each id once, with the same meaning. */
function codeProblem(target: InlineNode[], source: InlineNode[]): Reason | undefined {
  const targetCodes = inlineCodes(target)
  const ids = targetCodes.map(({ id }) => id)
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index)
  if (duplicate !== undefined) return { key: 'xliffDuplicateInlineId', vars: { id: duplicate } }
  const describe = ({ id, code }: { id: string; code: string }) => `${id}:${code}`
  const wanted = new Set(inlineCodes(source).map(describe))
  const found = new Set(targetCodes.map(describe))
  const missing = [...wanted].filter((code) => !found.has(code))
  const extra = [...found].filter((code) => !wanted.has(code))
  if (missing.length || extra.length) return { key: 'xliffInlineCodesDiffer', vars: { missing: missing.join(' '), extra: extra.join(' ') } }
  return undefined
}
