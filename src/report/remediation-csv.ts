import type {AssessmentResult} from '../generated/result.js'
import {csvText} from '../model/csv.js'
import type {Language} from '../model/language.js'
import {REMEDIATION_COLUMNS, remediationRows} from './remediation-rows.js'

/**
 * The remediation plan as CSV (RFC 4180, CRLF, formula-safe through csvField): a header and one row per item,
 * in plan order. Steps and reasons are one line each inside their quoted cell.
 */
export function renderRemediationCsv(result: AssessmentResult, lang: Language): string {
  const rows = remediationRows(result, lang)
  return csvText(
    REMEDIATION_COLUMNS,
    rows.map((row) => REMEDIATION_COLUMNS.map((column) => row[column])),
  )
}
