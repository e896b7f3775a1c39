import {describe, expect, it} from 'vitest'
import {IO_MESSAGES} from '../../src/io/messages.js'
import {MAX_YAML_BYTES, parseYamlSource, pointerSegments, readersDisagreement} from '../../src/io/yaml-source.js'

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

describe('parseYamlSource with valueFirst', () => {
  const text = 'controls:\n  SEAL-01:\n    status: in_place\n    notes: [one, two]\nempty:\n'

  it('gives the value, the document and the positions the full reader gives', () => {
    const fast = parseYamlSource('f.yaml', text, 'en', {valueFirst: true})
    const full = parseYamlSource('f.yaml', text)
    expect([fast.value, fast.diagnostics]).toStrictEqual([full.value, []])
    for (const at of [['controls', 'SEAL-01', 'status'], ['controls', 'SEAL-01', 'notes', 1], ['empty'], ['nowhere']]) {
      expect(fast.locate(at)).toEqual(full.locate(at))
      expect(fast.locate(at, {key: true})).toEqual(full.locate(at, {key: true}))
      expect(fast.rangeOf(at)).toEqual(full.rangeOf(at))
    }
    expect(fast.document.toString()).toBe(full.document.toString())
    expect(fast.crossCheck()).toBeUndefined()
  })

  it('leaves what the fast reader does not read to the full reader, diagnostics and all', () => {
    for (const other of ['a: 1\na: 2\n', 'a: &x [1]\nb: *x\n', '%YAML 1.1\n---\na: yes\n', '']) {
      const fast = parseYamlSource('f.yaml', other, 'en', {valueFirst: true})
      const full = parseYamlSource('f.yaml', other)
      expect([fast.value, fast.diagnostics]).toStrictEqual([full.value, full.diagnostics])
    }
  })
})

describe('readersDisagreement', () => {
  const full = parseYamlSource('f.yaml', 'a:\n  b: 1\n  c: [x, y]\n')

  it('is undefined when the values agree', () => {
    expect(readersDisagreement(full, {a: {b: 1, c: ['x', 'y']}})).toBeUndefined()
  })

  it('names the first place the values part, at its position, with any card number in it masked', () => {
    expect(readersDisagreement(full, {a: {b: 1, c: ['x', 'z']}})).toMatchObject({
      line: 3,
      column: 10,
      rule: 'yaml-syntax',
      message: 'YAML readers read this file differently at a.c.1 (a tag, an unusual number or key?); write it plainly, quoting such values',
    })
    const key = parseYamlSource('f.yaml', '"4111 1111 1111 1111": 1\n')
    expect(readersDisagreement(key, {}, IO_MESSAGES.en)?.message).toContain('at 411111******1111 (')
  })

  it('passes on the full reader\'s refusal, said as a disagreement', () => {
    const refused = parseYamlSource('f.yaml', 'a: 1\na: 2\n')
    expect(readersDisagreement(refused, {a: 2})).toMatchObject({line: 2, column: 1, rule: 'yaml-syntax'})
    expect(readersDisagreement(refused, {a: 2}, IO_MESSAGES['zh-CN'])?.message).toMatch(/^不同的 YAML 读取器/)
  })
})

describe('pointerSegments', () => {
  it('splits a JSON pointer, unescaping ~1 and ~0', () => {
    expect(pointerSegments('')).toEqual([])
    expect(pointerSegments('/controls/SEAL-01/status')).toEqual(['controls', 'SEAL-01', 'status'])
    expect(pointerSegments('/a~1b/c~0d')).toEqual(['a/b', 'c~d'])
  })
})
