import {beforeAll, describe, expect, it} from 'vitest'
import {controlApplies} from '../../src/catalog/applicability.js'
import {type Catalog, DEFAULT_CATALOG_DIR, loadCatalog} from '../../src/catalog/catalog.js'
import {determineSaq, saqCriterionIds, saqDefinitions, servesSaq} from '../../src/catalog/saq.js'
import {RELEASED_CATALOGS_DIR} from '../../src/catalog/released-catalogs.js'
import type {Scoping} from '../../src/generated/answers.js'
import path from 'node:path'

let catalog: Catalog

beforeAll(async () => {
  catalog = await loadCatalog(DEFAULT_CATALOG_DIR)
})

/** Every criterion of one SAQ confirmed, every other criterion denied. */
function onlySaq(id: string): Scoping {
  const own = new Set(saqDefinitions(catalog).find((d) => d.id === id)!.criteria.map((c) => c.id))
  return Object.fromEntries(saqCriterionIds(catalog).map((c) => [c, own.has(c)]))
}

describe('the shipped catalog’s SAQ types', () => {
  it('defines P2PE, B and B-IP in that order of preference, with 5, 4 and 7 criteria', () => {
    expect(saqDefinitions(catalog).map((d) => [d.id, d.criteria.length])).toEqual([
      ['P2PE', 5],
      ['B', 4],
      ['B-IP', 7],
    ])
  })

  it('numbers each criterion after its SAQ, in order', () => {
    for (const saq of saqDefinitions(catalog)) {
      expect(saq.criteria.map((c) => c.id)).toEqual(saq.criteria.map((_, i) => `${saq.id}.${i + 1}`))
    }
  })
})

describe('determineSaq', () => {
  it.each(['P2PE', 'B', 'B-IP'])('gives %s when all its criteria and none of the others are confirmed', (id) => {
    const saq = determineSaq(catalog, 'merchant', onlySaq(id))!
    expect(saq.type).toBe(id)
    expect(saq.criteria).toHaveLength(16)
  })

  it('prefers the first SAQ in catalog order when several are met', () => {
    const all = Object.fromEntries(saqCriterionIds(catalog).map((c) => [c, true]))
    expect(determineSaq(catalog, 'merchant', all)).toMatchObject({type: 'P2PE', unmet: []})
  })

  // Each criterion on its own: denying it makes its SAQ fail, and the merchant falls to the next SAQ or to none.
  const cases = ['P2PE.1', 'P2PE.2', 'P2PE.3', 'P2PE.4', 'P2PE.5', 'B.1', 'B.2', 'B.3', 'B.4', 'B-IP.1', 'B-IP.2', 'B-IP.3', 'B-IP.4', 'B-IP.5', 'B-IP.6', 'B-IP.7']
  it.each(cases)('denying %s alone makes its SAQ ineligible and names the criterion', (criterion) => {
    const id = criterion.slice(0, criterion.lastIndexOf('.'))
    const scoping = {...onlySaq(id), [criterion]: false}
    const saq = determineSaq(catalog, 'merchant', scoping)!
    expect(saq.type).toBe('ineligible')
    expect(saq.unmet.find((u) => u.saq === id)?.criteria).toEqual([criterion])
    expect(saq.criteria.find((c) => c.id === criterion)).toEqual({id: criterion, met: false})
  })

  it.each(cases)('leaving %s unanswered counts as not met', (criterion) => {
    const id = criterion.slice(0, criterion.lastIndexOf('.'))
    const scoping: Scoping = {...onlySaq(id), [criterion]: null}
    expect(determineSaq(catalog, 'merchant', scoping)!.type).toBe('ineligible')
  })

  it('falls through to B-IP when P2PE and B each miss a criterion', () => {
    const scoping = {...onlySaq('B-IP'), 'P2PE.2': true, 'B.1': false}
    const saq = determineSaq(catalog, 'merchant', scoping)!
    expect(saq.type).toBe('B-IP')
    expect(saq.unmet.map((u) => u.saq)).toEqual(['P2PE', 'B'])
  })

  it('lists every SAQ with its unmet criteria when the setup is ineligible', () => {
    const none = Object.fromEntries(saqCriterionIds(catalog).map((c) => [c, false]))
    const saq = determineSaq(catalog, 'merchant', none)!
    expect(saq.type).toBe('ineligible')
    expect(saq.unmet).toEqual(saqDefinitions(catalog).map((d) => ({saq: d.id, criteria: d.criteria.map((c) => c.id)})))
  })

  it('decides nothing for an acquirer, for answers without scoping, or under a catalog without SAQ types', async () => {
    expect(determineSaq(catalog, 'acquirer', onlySaq('B'))).toBeUndefined()
    expect(determineSaq(catalog, 'merchant', undefined)).toBeUndefined()
    const released = await loadCatalog(path.join(RELEASED_CATALOGS_DIR, '1.0.0'))
    expect(determineSaq(released, 'merchant', onlySaq('B'))).toBeUndefined()
  })
})

describe('servesSaq and controlApplies', () => {
  const control = (saq_types?: ('P2PE' | 'B' | 'B-IP')[]) => ({...catalog.controls[0]!, applies_when: undefined, ...(saq_types ? {saq_types: saq_types as [typeof saq_types[0], ...typeof saq_types]} : {saq_types: undefined})})

  it('keeps a control listing the SAQ and drops one that does not', () => {
    const bip = determineSaq(catalog, 'merchant', onlySaq('B-IP'))
    expect(servesSaq(control(['B', 'B-IP']), bip)).toBe(true)
    expect(servesSaq(control(['P2PE']), bip)).toBe(false)
    expect(controlApplies(control(['P2PE']), {}, bip)).toBe(false)
  })

  it('keeps every control when no SAQ is determined or the setup is ineligible', () => {
    const none = Object.fromEntries(saqCriterionIds(catalog).map((c) => [c, false]))
    expect(servesSaq(control(['P2PE']), undefined)).toBe(true)
    expect(servesSaq(control(['P2PE']), determineSaq(catalog, 'merchant', none))).toBe(true)
  })
})
