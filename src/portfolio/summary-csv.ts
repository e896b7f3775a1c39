import {safeOptional, safeText} from '../model/control-characters.js'
import {csvText} from '../model/csv.js'
import type {PortfolioRow} from './portfolio-row.js'

/** csvField is the model's (src/model/csv.ts), shared with the report's attached inventory. */
export {csvField} from '../model/csv.js'

const COLUMNS = [
  'file',
  'outcome',
  'merchant',
  'trading_name',
  'merchant_id',
  'assessment_date',
  'expires_on',
  'verdict',
  'saq_type',
  'score',
  'signed',
  'signer',
  'failed_rules',
  'reasons',
  'warnings',
  'gap_domains',
  'sha256',
  'bytes',
] as const

/**
 * summary.csv: a header and one row per submission, CRLF line ends as RFC 4180 has them. Rows are escaped
 * when built; they are escaped again here (a no-op then) since a merge reads them back from summary.json
 * files: the only line breaks in a cell are the ones between reasons.
 */
export function portfolioCsv(rows: readonly PortfolioRow[]): string {
  return csvText(
    COLUMNS,
    rows.map((row) => {
      const values: Record<(typeof COLUMNS)[number], string | number | boolean | null> = {
        file: safeText(row.file),
        outcome: row.outcome,
        merchant: safeOptional(row.merchant),
        trading_name: safeOptional(row.trading_name),
        merchant_id: safeOptional(row.merchant_id),
        assessment_date: safeOptional(row.assessment_date),
        expires_on: safeOptional(row.expires_on),
        verdict: row.verdict,
        saq_type: row.saq_type,
        score: row.score,
        signed: row.signed,
        signer: safeOptional(row.signer),
        failed_rules: [...new Set(row.reasons.map((r) => r.rule))].join(' '),
        reasons: row.reasons.map((r) => safeText(`${r.rule}: ${r.message}`)).join('\n'),
        warnings: row.warnings.map((w) => safeText(`${w.rule}: ${w.message}`)).join('\n'),
        gap_domains: row.gap_domains.map((d) => safeText(d)).join(' '),
        sha256: row.sha256,
        bytes: row.bytes,
      }
      return COLUMNS.map((column) => values[column])
    }),
  )
}
