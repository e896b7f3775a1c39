import type {Condition} from '../generated/catalog.js'
import type {Profile} from '../generated/answers.js'
import {schemaDocument} from '../io/schemas.js'
import type {CatalogControl} from './catalog.js'
import {type SaqDetermination, servesSaq} from './saq.js'

/** The profile facts a condition may name: exactly the keys of the answers schema's profile. */
export function profileFacts(): string[] {
  return Object.keys(schemaDocument('answers').$defs.profile.properties).sort()
}

/** The profile facts a control's interval_fact may name: the whole numbers of days (integer facts). */
export function intervalFacts(): string[] {
  const properties = schemaDocument('answers').$defs.profile.properties as Record<string, {type?: unknown}>
  return Object.keys(properties).filter((f) => properties[f]?.type === 'integer').sort()
}

/** Every fact a condition names, for the lint rule on unknown facts. */
export function factsOf(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(factsOf)
  if ('any' in condition) return condition.any.flatMap(factsOf)
  if ('not' in condition) return factsOf(condition.not)
  return [condition.fact]
}

/**
 * Whether a condition holds for a profile. A fact that was not given is unknown, and a test on an
 * unknown fact is false: the walk-through asks the scoping questions first so facts are known.
 */
export function conditionHolds(condition: Condition | undefined, profile: Profile): boolean {
  if (condition === undefined) return true
  if ('all' in condition) return condition.all.every((c) => conditionHolds(c, profile))
  if ('any' in condition) return condition.any.some((c) => conditionHolds(c, profile))
  if ('not' in condition) return !conditionHolds(condition.not, profile)
  const value = (profile as Record<string, unknown>)[condition.fact]
  if (value === undefined) return false
  if ('equals' in condition) return value === condition.equals
  if ('includes' in condition) return Array.isArray(value) && value.includes(condition.includes)
  return typeof value === 'number' && value >= condition.at_least
}

/**
 * Whether a control is part of this assessment: its condition holds for the profile and it serves the merchant's
 * SAQ (src/catalog/saq.ts). Validate, evaluate and the walk-through all ask this one question.
 */
/**
 * The days allowed between two device inspections for a control: the entity's own setting when the control
 * names one (interval_fact, e.g. the risk analysis's inspection_interval_days) and it is answered, else the
 * catalog's interval_days. PCI DSS 9.5.1.2.1 leaves the frequency to the merchant's risk analysis; the policy
 * may cap it (inventory.max_inspection_interval_days).
 */
export function inspectionIntervalDays(control: CatalogControl, profile: Profile): number | undefined {
  const own = control.interval_fact === undefined ? undefined : (profile as Record<string, unknown>)[control.interval_fact]
  return typeof own === 'number' && Number.isInteger(own) && own > 0 ? own : control.interval_days
}

export function controlApplies(control: CatalogControl, profile: Profile, saq: SaqDetermination | undefined): boolean {
  return conditionHolds(control.applies_when, profile) && servesSaq(control, saq)
}
