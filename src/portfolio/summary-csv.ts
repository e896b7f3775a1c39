import {safeOptional, safeText} from '../model/control-characters.js'
import {csvField} from '../model/csv.js'
import type {PortfolioRow} from './portfolio-row.js'
import {groupMerchants, merchantKey, type PortfolioMerchants} from './summary.js'

// The RFC 4180 field writer lives in the model layer, shared with the remediation plan's CSV export.
export {csvField}

const COLUMNS = [
  'file',
  'outcome',
  'merchant',
  'trading_name',
  'merchant_id',
  'agent',
  'latest_of_merchant',
  'merchant_flags',
  'assessment_date',
  'expires_on',
  'verdict',
  'saq_type',
  'score',
  'signed',
  'signer',
  'trusted_time',
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
export function portfolioCsv(rows: readonly PortfolioRow[], merchants: PortfolioMerchants = groupMerchants(rows)): string {
  return [...portfolioCsvChunks(rows, merchants)].join('')
}

/**
 * portfolioCsv in pieces, one line each, to be written as they are made. A row of a verified merchant says
 * whether it is the merchant's latest submission and the merchant's flags; any other row leaves both empty.
 */
export function* portfolioCsvChunks(rows: readonly PortfolioRow[], merchants: PortfolioMerchants = groupMerchants(rows)): Generator<string> {
  const groups = new Map(merchants.groups.map((g) => [JSON.stringify([g.merchant_id, g.agent]), g]))
  yield COLUMNS.join(',') + '\r\n'
  for (const row of rows) {
    const key = merchantKey(row)
    const group = key === undefined ? undefined : groups.get(key)
    const values: Record<(typeof COLUMNS)[number], string | number | boolean | null> = {
      file: safeText(row.file),
      outcome: row.outcome,
      merchant: safeOptional(row.merchant),
      trading_name: safeOptional(row.trading_name),
      merchant_id: safeOptional(row.merchant_id),
      agent: safeOptional(row.agent ?? null),
      latest_of_merchant: group ? group.latest.file === row.file : null,
      merchant_flags: group ? group.flags.map((f) => f.code).join(' ') : null,
      assessment_date: safeOptional(row.assessment_date),
      expires_on: safeOptional(row.expires_on),
      verdict: row.verdict,
      saq_type: row.saq_type,
      score: row.score,
      signed: row.signed,
      signer: safeOptional(row.signer),
      trusted_time: row.trusted_time ?? null,
      failed_rules: [...new Set(row.reasons.map((r) => r.rule))].join(' '),
      reasons: row.reasons.map((r) => safeText(`${r.rule}: ${r.message}`)).join('\n'),
      warnings: row.warnings.map((w) => safeText(`${w.rule}: ${w.message}`)).join('\n'),
      gap_domains: row.gap_domains.map((d) => safeText(d)).join(' '),
      sha256: row.sha256,
      bytes: row.bytes,
    }
    yield COLUMNS.map((column) => csvField(values[column])).join(',') + '\r\n'
  }
}
