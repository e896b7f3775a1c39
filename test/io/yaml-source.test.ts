import {describe, expect, it} from 'vitest'
import {MAX_YAML_BYTES, parseYamlSource, pointerSegments} from '../../src/io/yaml-source.js'

const at = (text: string | Uint8Array) => parseYamlSource('f.yaml', text).diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)

describe('parseYamlSource', () => {
  it('gives the plain data of a file, and no diagnostics', () => {
    const source = parseYamlSource('f.yaml', 'a: 1\nb: [x, y]\n')
    expect([source.file, source.value, source.diagnostics]).toEqual(['f.yaml', {a: 1, b: ['x', 'y']}, []])
  })

  it('reads bytes as UTF-8 and drops a byte-order mark', () => {
    expect(parseYamlSource('f.yaml', Buffer.from('\ufeffname: 晨光\n', 'utf8')).value).toEqual({name: '晨光'})
  })

  it('reports a syntax error at its place, once per error, and keeps no value', () => {
    expect(at('a: 1\na: 2\n')).toEqual(['2:1 yaml-syntax'])
    expect(at('a: [1, 2\n')).toEqual([expect.stringMatching(/^\d+:\d+ yaml-syntax$/)])
    expect(parseYamlSource('f.yaml', 'a: 1\na: 2\n').value).toBeUndefined()
  })

  it('refuses binary, non-UTF-8 and oversized bytes for the whole file, before parsing', () => {
    expect(at(Uint8Array.from([0x61, 0x3a, 0x00]))).toEqual(['0:0 binary-file'])
    expect(at(Uint8Array.from([0x61, 0x3a, 0x20, 0xff]))).toEqual(['0:0 binary-file'])
    expect(at(new Uint8Array(MAX_YAML_BYTES + 1).fill(0x20))).toEqual(['0:0 file-too-large'])
  })

  it('refuses to expand an alias bomb, for the whole file', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefghij'.split('').map((n, i) => `${n}: &${n} [${Array(10).fill(`*${'abcdefghij'[i]}`).join(', ')}]`)].join('\n')
    expect(at(bomb)).toEqual(['0:0 yaml-syntax'])
  })

  describe('locate', () => {
    const source = parseYamlSource('f.yaml', 'controls:\n  SEAL-01:\n    status: in_place\n    notes: [one, two]\nempty:\n')

    it('points at the value of a path, or at its key', () => {
      expect(source.locate(['controls', 'SEAL-01', 'status'])).toEqual({line: 3, column: 13})
      expect(source.locate(['controls', 'SEAL-01', 'status'], {key: true})).toEqual({line: 3, column: 5})
      expect(source.locate(['controls', 'SEAL-01', 'notes', 1])).toEqual({line: 4, column: 18})
    })

    it('walks up to the nearest existing ancestor of a missing path', () => {
      expect(source.locate(['controls', 'SEAL-01', 'owner'])).toEqual({line: 3, column: 5})
      expect(source.locate(['controls', 'SEAL-01', 'notes', 9])).toEqual({line: 4, column: 12})
    })

    it('points just after the key of a key without a value', () => {
      expect(source.locate(['empty'])).toEqual({line: 5, column: 7})
    })

    it('gives the offset of a value inside the text, and the position of an offset', () => {
      const offset = source.offsetOf(['controls', 'SEAL-01', 'status'])!
      expect(source.text.slice(offset, offset + 8)).toBe('in_place')
      expect(source.positionOf(offset)).toEqual({line: 3, column: 13})
      expect(source.offsetOf(['controls', 'nowhere'])).toBeUndefined()
    })
  })
})

describe('pointerSegments', () => {
  it('splits a JSON pointer, unescaping ~1 and ~0', () => {
    expect(pointerSegments('')).toEqual([])
    expect(pointerSegments('/controls/SEAL-01/status')).toEqual(['controls', 'SEAL-01', 'status'])
    expect(pointerSegments('/a~1b/c~0d')).toEqual(['a/b', 'c~d'])
  })
})
