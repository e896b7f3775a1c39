import {describe, expect, it} from 'vitest'
import {firstDifference} from '../../src/model/first-difference.js'

describe('firstDifference', () => {
  it('names the first differing place as a JSON pointer, in the derived key order', () => {
    expect(firstDifference({a: 1, b: [1, 2]}, {a: 1, b: [1, 3]})).toBe('/b/1')
    expect(firstDifference({a: 1}, {a: 1, 'x/y~': 2})).toBe('/x~1y~0')
    expect(firstDifference([1], [1, 2])).toBe('/1')
    expect(firstDifference({a: [1]}, {a: [1]})).toBeUndefined()
    expect(firstDifference({'\u001b[2J': 1}, {})).toBe('/\\x1b[2J')
  })
})
