import type {Catalog} from '../catalog/catalog.js'
import type {ControlResult, Scores, Severity} from '../generated/result.js'

export const SEVERITY_WEIGHT: Record<Severity, number> = {critical: 4, high: 3, medium: 2, low: 1}

/**
 * 100 × satisfied weight / applicable weight, rounded half up to one decimal. The weights are whole
 * numbers, so the rounding is done in integers: no float makes 62.45 come out as 62.4.
 * Nothing applicable scores 100: there is nothing to fail.
 */
export function weightedScore(satisfiedWeight: number, applicableWeight: number): number {
  if (applicableWeight === 0) return 100
  return Math.floor((2000 * satisfiedWeight + applicableWeight) / (2 * applicableWeight)) / 10
}

function tally(controls: readonly ControlResult[]) {
  let applicableWeight = 0
  let satisfiedWeight = 0
  let satisfied = 0
  for (const c of controls) {
    const weight = SEVERITY_WEIGHT[c.severity]
    applicableWeight += weight
    if (c.finding === null) {
      satisfiedWeight += weight
      satisfied += 1
    }
  }
  return {score: weightedScore(satisfiedWeight, applicableWeight), applicable: controls.length, satisfied}
}

/** Per catalog domain (every domain, in catalog order) and overall, over the applicable controls. */
export function scoreControls(catalog: Catalog, controls: readonly ControlResult[]): Scores {
  const domains = catalog.domains.map((domain) => {
    const {score, applicable, satisfied} = tally(controls.filter((c) => c.domain === domain.id))
    return {domain: domain.id, title: {...domain.title}, score, applicable, satisfied, gaps: applicable - satisfied}
  })
  return {overall: tally(controls).score, domains}
}
