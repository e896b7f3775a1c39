import type {Scoping} from '../generated/answers.js'
import type {SaqDefinition, SaqType} from '../generated/catalog-meta.js'
import type {Role} from '../generated/catalog.js'
import type {Catalog, CatalogControl} from './catalog.js'

/** What the scoping answers make of a merchant: the first short SAQ whose every criterion holds, or none. */
export type SaqOutcome = SaqType | 'ineligible'

export interface SaqCriterionResult {
  id: string
  /** Confirmed by the merchant; an unanswered criterion is not met (eligibility is never assumed). */
  met: boolean
}

export interface SaqDetermination {
  type: SaqOutcome
  /** Every criterion of every SAQ the catalog defines, in catalog order. */
  criteria: SaqCriterionResult[]
  /** For each SAQ tried before the chosen one (all of them when ineligible): the criteria that were not met. */
  unmet: {saq: SaqType; criteria: string[]}[]
}

/** The SAQ definitions of a catalog; empty for a catalog that does not scope (1.0.0). */
export function saqDefinitions(catalog: Catalog): readonly SaqDefinition[] {
  return catalog.meta.saq_types ?? []
}

/** Every criterion id the catalog defines, for the check on scoping keys. */
export function saqCriterionIds(catalog: Catalog): string[] {
  return saqDefinitions(catalog).flatMap((saq) => saq.criteria.map((c) => c.id))
}

/**
 * Decides the SAQ from the scoping answers. None (undefined) when there is nothing to decide: an acquirer, a
 * catalog without SAQ definitions, or answers without a scoping section (files written before 1.1.0), whose
 * controls then all apply as before. Otherwise the SAQs are tried in catalog order and the first whose criteria
 * are all confirmed wins; when none does the setup is ineligible for every short SAQ.
 */
export function determineSaq(catalog: Catalog, role: Role, scoping: Scoping | undefined): SaqDetermination | undefined {
  const definitions = saqDefinitions(catalog)
  if (role !== 'merchant' || definitions.length === 0 || scoping === undefined) return undefined
  const criteria = definitions.flatMap((saq) => saq.criteria.map((c) => ({id: c.id, met: scoping[c.id] === true})))
  const met = new Set(criteria.filter((c) => c.met).map((c) => c.id))
  const unmet: SaqDetermination['unmet'] = []
  for (const saq of definitions) {
    const failing = saq.criteria.map((c) => c.id).filter((id) => !met.has(id))
    if (failing.length === 0) return {type: saq.id, criteria, unmet}
    unmet.push({saq: saq.id, criteria: failing})
  }
  return {type: 'ineligible', criteria, unmet}
}

/**
 * Whether a control belongs to the assessment of the determined SAQ. Without a determination, or for a control
 * that names no SAQ (acquirer controls), it does; an ineligible setup keeps every control (it is assessed in full
 * for information, and its verdict is non-compliant whatever the answers).
 */
export function servesSaq(control: CatalogControl, saq: SaqDetermination | undefined): boolean {
  if (saq === undefined || saq.type === 'ineligible' || control.saq_types === undefined) return true
  return control.saq_types.includes(saq.type)
}
