import {describe, expect, it} from 'vitest'
import {conditionHolds, factsOf, profileFacts} from '../../src/catalog/applicability.js'
import type {Profile} from '../../src/generated/answers.js'
import type {Condition} from '../../src/generated/catalog.js'

const profile = {terminal_connections: ['ip', 'bluetooth'], location_count: 3, mobile_terminals: false} as Profile

describe('conditionHolds', () => {
  it('holds with no condition at all', () => {
    expect(conditionHolds(undefined, {} as Profile)).toBe(true)
  })

  it.each<[string, Condition, boolean]>([
    ['equals, true', {fact: 'mobile_terminals', equals: false}, true],
    ['equals, false', {fact: 'mobile_terminals', equals: true}, false],
    ['includes, true', {fact: 'terminal_connections', includes: 'ip'}, true],
    ['includes, false', {fact: 'terminal_connections', includes: 'cellular'}, false],
    ['at_least, at the bound', {fact: 'location_count', at_least: 3}, true],
    ['at_least, below it', {fact: 'location_count', at_least: 4}, false],
    ['all', {all: [{fact: 'location_count', at_least: 2}, {fact: 'mobile_terminals', equals: false}]}, true],
    ['any', {any: [{fact: 'location_count', at_least: 9}, {fact: 'terminal_connections', includes: 'bluetooth'}]}, true],
    ['not', {not: {fact: 'mobile_terminals', equals: false}}, false],
  ])('%s', (_, condition, holds) => {
    expect(conditionHolds(condition, profile)).toBe(holds)
  })

  it('treats a fact not given as unknown: a test on it is false, so its not is true', () => {
    expect(conditionHolds({fact: 'location_count', at_least: 0}, {} as Profile)).toBe(false)
    expect(conditionHolds({not: {fact: 'location_count', at_least: 0}}, {} as Profile)).toBe(true)
  })

  it('does not mistake the kind of a value: includes on a non-list, at_least on a non-number', () => {
    expect(conditionHolds({fact: 'mobile_terminals', includes: 'ip'} as Condition, profile)).toBe(false)
    expect(conditionHolds({fact: 'terminal_connections', at_least: 1} as Condition, profile)).toBe(false)
  })
})

describe('factsOf and profileFacts', () => {
  it('names every fact a condition tests, however nested', () => {
    expect(factsOf({all: [{fact: 'a', equals: 1}, {any: [{not: {fact: 'b', equals: 2}}, {fact: 'c', at_least: 1}]}]} as unknown as Condition)).toEqual(['a', 'b', 'c'])
  })

  it('takes the facts from the answers schema, sorted', () => {
    const facts = profileFacts()
    expect(facts).toEqual([...facts].sort())
    expect(facts).toEqual(expect.arrayContaining(['location_count', 'mobile_terminals', 'terminal_connections']))
  })
})
