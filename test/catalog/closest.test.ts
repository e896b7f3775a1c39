import {describe, expect, it} from 'vitest'
import {closestMatches, editDistance} from '../../src/catalog/closest.js'

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions, ignoring case', () => {
    expect([editDistance('seal', 'seals'), editDistance('seals', 'seal'), editDistance('SEAL', 'seel'), editDistance('', 'abc'), editDistance('Ab', 'aB')]).toEqual([1, 1, 1, 3, 0])
  })
})

describe('closestMatches', () => {
  const domains = ['device-custody', 'seals', 'software', 'encryption', 'staff-training', 'incident-response', 'retention']

  it('gives the nearest candidates, in the order given', () => {
    expect(closestMatches('seal', domains)).toEqual(['seals'])
    expect(closestMatches('retension', domains)).toEqual(['retention'])
    expect(closestMatches('ab', ['ac', 'xb', 'abc', 'zz'])).toEqual(['ac', 'xb', 'abc'])
  })

  it('gives none beyond the distance allowed (half the word, at least 2), and at most the limit', () => {
    expect(closestMatches('passwords', domains)).toEqual([])
    expect(closestMatches('ab', ['ac', 'xb', 'abc'], {limit: 2})).toEqual(['ac', 'xb'])
    expect(closestMatches('seal', ['seals'], {maxDistance: 0})).toEqual([])
    expect(closestMatches('anything', [])).toEqual([])
  })
})
