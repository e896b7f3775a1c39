import {describe, expect, it} from 'vitest'
import {diagnostic, formatLocation, sortDiagnostics} from '../../src/diagnostics/diagnostic.js'

describe('diagnostic', () => {
  it('places a problem at a position, or at the whole file (0:0), an error unless said otherwise', () => {
    expect(diagnostic('a.yaml', {line: 3, column: 7}, 'schema', 'x')).toEqual({file: 'a.yaml', line: 3, column: 7, rule: 'schema', severity: 'error', message: 'x'})
    expect(diagnostic('a.yaml', undefined, 'binary-file', 'x', 'warning')).toMatchObject({line: 0, column: 0, severity: 'warning'})
  })

  it('masks a card number in the message, whatever wrote it', () => {
    expect(diagnostic('a.yaml', undefined, 'card-number', 'holds 4111 1111 1111 1111').message).toBe('holds 411111******1111')
  })
})

describe('sortDiagnostics and formatLocation', () => {
  it('orders by file, line, column, rule, then message, without changing the list given', () => {
    const given = [
      diagnostic('b.yaml', {line: 1, column: 1}, 'schema', 'x'),
      diagnostic('a.yaml', {line: 2, column: 1}, 'schema', 'x'),
      diagnostic('a.yaml', {line: 1, column: 9}, 'schema', 'x'),
      diagnostic('a.yaml', {line: 1, column: 2}, 'yaml-syntax', 'x'),
      diagnostic('a.yaml', {line: 1, column: 2}, 'schema', 'b'),
      diagnostic('a.yaml', {line: 1, column: 2}, 'schema', 'a'),
    ]
    const order = (list: typeof given) => list.map((d) => `${formatLocation(d)} ${d.rule} ${d.message}`)
    expect(order(sortDiagnostics(given))).toEqual([
      'a.yaml:1:2 schema a',
      'a.yaml:1:2 schema b',
      'a.yaml:1:2 yaml-syntax x',
      'a.yaml:1:9 schema x',
      'a.yaml:2:1 schema x',
      'b.yaml:1:1 schema x',
    ])
    expect(formatLocation(given[0]!)).toBe('b.yaml:1:1')
  })

  it('names a whole-file problem by the file alone', () => {
    expect(formatLocation({file: 'a.yaml', line: 0, column: 0})).toBe('a.yaml')
  })
})
