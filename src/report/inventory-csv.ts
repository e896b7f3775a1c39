import type {AssessmentResult} from '../generated/result.js'
import {safeOptional, safeText} from '../model/control-characters.js'
import {csvText} from '../model/csv.js'

/**
 * Terminals the report lists one by one. A longer inventory (an acquirer's estate) is summarised in the PDF by
 * model, site and state, with the terminals that have findings, and the whole list is attached as CSV
 * (EMBEDDED_INVENTORY_NAME): 100,000 terminals would be some 2,000 pages of table. Every shipped example lists
 * its inventory in full.
 */
export const INVENTORY_LISTED_MAX = 200

/** Whether the report summarises the inventory and attaches it as CSV. */
export function summarisesInventory(result: Pick<AssessmentResult, 'inventory'>): boolean {
  return result.inventory.length > INVENTORY_LISTED_MAX
}

const COLUMNS = ['serial', 'make', 'model', 'pts_approval', 'pts_expiry', 'location', 'seal_ids', 'last_inspection', 'firmware', 'state', 'findings'] as const

/** Serial → the ids of the controls whose finding names that terminal, in the result's control order. */
export function findingsBySerial(result: Pick<AssessmentResult, 'controls'>): Map<string, string[]> {
  const found = new Map<string, string[]>()
  for (const control of result.controls) {
    for (const serial of control.finding?.devices ?? []) {
      const ids = found.get(serial)
      if (ids === undefined) found.set(serial, [control.id])
      else if (ids.at(-1) !== control.id) ids.push(control.id)
    }
  }
  return found
}

/**
 * The attached inventory: a header and one row per terminal in the result's order, CRLF line ends (RFC 4180),
 * every text through safeText (card numbers masked, control characters escaped) and csvField (quoted as needed,
 * a leading formula character defused). Seal ids and findings are space-separated. The same result always
 * gives the same bytes: the gate derives it again from the embedded answers and compares.
 */
export function inventoryCsv(result: Pick<AssessmentResult, 'inventory' | 'controls'>): string {
  const findings = findingsBySerial(result)
  return csvText(
    COLUMNS,
    result.inventory.map((d) => [
      safeText(d.serial),
      safeText(d.make),
      safeText(d.model),
      safeOptional(d.pts_approval) ?? null,
      safeOptional(d.pts_expiry) ?? null,
      safeOptional(d.location) ?? null,
      (d.seal_ids ?? []).map((s) => safeText(s)).join(' '),
      safeOptional(d.last_inspection) ?? null,
      safeOptional(d.firmware) ?? null,
      d.state,
      (findings.get(d.serial) ?? []).join(' '),
    ]),
  )
}
