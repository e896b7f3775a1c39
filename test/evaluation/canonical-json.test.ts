import {describe, expect, it} from 'vitest'
import {canonicalAnswersJson} from '../../src/evaluation/canonical-json.js'
import type {AnswersFile} from '../../src/generated/answers.js'

const canonical = (value: unknown) => canonicalAnswersJson(value as AnswersFile)

describe('canonicalAnswersJson', () => {
  it('sorts every object key by UTF-16 code units, keeps array order, and ends with one newline', () => {
    expect(canonical({b: 1, a: {d: [3, {z: 1, y: 2}], c: null}, B: true})).toBe('{"B":true,"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}\n')
    // Code units, not locale: an astral character (a surrogate pair) sorts before U+FF5E.
    expect(canonical({'～': 1, '𝒜': 2, é: 3})).toBe('{"é":3,"𝒜":2,"～":1}\n')
  })

  it('leaves out undefined members and writes undefined items as null, like JSON.stringify', () => {
    expect(canonical({a: undefined, b: [undefined, 1]})).toBe('{"b":[null,1]}\n')
  })

  it('gives one text for one value, however its keys were ordered', () => {
    expect(canonical({x: 1, y: {p: 'q', o: 'n'}})).toBe(canonical({y: {o: 'n', p: 'q'}, x: 1}))
  })

  it('escapes strings as JSON does, keeping non-ASCII text as UTF-8', () => {
    expect(canonical({name: '晨光 "咖啡"\n\u2028'})).toBe(`{"name":${JSON.stringify('晨光 "咖啡"\n\u2028')}}\n`)
  })
})
