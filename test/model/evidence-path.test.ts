import {describe, expect, test} from 'vitest'
import {evidencePathsOf, resolveEvidencePath} from '../../src/model/evidence-path.js'

describe('evidence paths', () => {
  test('normalised relative to the answers folder; absolute and escaping paths are told apart', () => {
    expect(resolveEvidencePath('evidence/./a/../log.csv')).toEqual({kind: 'relative', path: 'evidence/log.csv'})
    expect(resolveEvidencePath('evidence\\log.csv')).toEqual({kind: 'relative', path: 'evidence/log.csv'})
    expect(resolveEvidencePath('/etc/passwd')).toEqual({kind: 'absolute'})
    expect(resolveEvidencePath('C:\\temp\\x.csv')).toEqual({kind: 'absolute'})
    expect(resolveEvidencePath('evidence/../../x.csv')).toEqual({kind: 'outside'})
    expect(resolveEvidencePath('..')).toEqual({kind: 'outside'})
  })

  test('evidencePathsOf lists each relative path once, sorted, ignoring urls and malformed entries', () => {
    expect(
      evidencePathsOf({
        controls: {
          A: {evidence: [{path: 'b.csv'}, {url: 'https://x'}, {path: '../out'}, 7]},
          B: {evidence: [{path: './b.csv'}, {path: 'a.txt'}]},
          C: null,
        },
      }),
    ).toEqual(['a.txt', 'b.csv'])
    expect(evidencePathsOf('not a map')).toEqual([])
  })
})
