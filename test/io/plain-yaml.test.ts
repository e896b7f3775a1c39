import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {isDeepStrictEqual} from 'node:util'
import {describe, expect, it} from 'vitest'
import {parseDocument} from 'yaml'
import {NOT_PLAIN, readPlainYaml} from '../../src/io/plain-yaml.js'
import {ROOT} from '../helpers/run-cli.js'

/** What the full reader (the `yaml` library, as yaml-source.ts calls it) makes of a text. */
function fullRead(text: string): {errors: string[]; value?: unknown} {
  const document = parseDocument(text, {uniqueKeys: true, strict: true, prettyErrors: false})
  if (document.errors.length > 0) return {errors: document.errors.map((e) => e.message.split('\n')[0]!)}
  try {
    return {errors: [], value: document.toJS({maxAliasCount: 100})}
  } catch (error) {
    return {errors: [(error as Error).message]}
  }
}

/** Each text the fast reader reads, it reads as the full reader does: the same value, and no error there. */
function disagreements(texts: readonly string[]): string[] {
  const out: string[] = []
  for (const text of texts) {
    const fast = readPlainYaml(text)
    if (fast === NOT_PLAIN) continue
    const full = fullRead(text)
    if (full.errors.length > 0) out.push(`${JSON.stringify(text.slice(0, 80))}: the full reader refuses it (${full.errors[0]})`)
    else if (!isDeepStrictEqual(fast, full.value)) out.push(`${JSON.stringify(text.slice(0, 80))}: read differently`)
  }
  return out
}

function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
}

// Scalars, keys and layouts where YAML readers are known to part ways, and ordinary ones beside them.
const SNIPPETS = [
  ...['yes', 'on', 'True', 'tRUE', '~', 'Null', 'nULL', '0b101', '0o17', '017', '08', '0x1F', '0Xff', '0O7', '1_000', '+12', '-0', '00', '.5', '1.', '1e3', '1E+3', '1e', '.e1', '1.e1'],
  ...['.inf', '-.Inf', '.NaN', '.NAN', '+.nan', '.inF', '1e400', '-1e400', '12345678901234567890', '2026-01-01', '2026-01-01T10:00:00Z', '12:30:00', '190:20:30', '1,000', '$1', '@x', '`x', '%x'],
  ...['"\\x41\\u263A\\U0001F600"', "'it''s'", '"\\N\\_\\L\\P"', '"\\/"', '"\\e"', '"\\x00"', '"a\\\n  b"', "'a\n  b'", '"x\n\n y"', '"x\ty"', 'x\u2028y', 'x\u0085y', '\u00a0x', '\u001b[2J', '"\ud800"', "''", '""', '" "'],
  ...['!!str 12', '!!int "12"', '!!float 1', '!!binary aGVsbG8=', '!!set {x}', '!foo bar', '!!bool yes', '!!null ""', '!<tag:yaml.org,2002:str> 1', '!!str', '!!int', '&x 1', '*x', '&', '*', '!', '!!'],
  ...['|\n  x\n  y\n', '>-\n  x\n\n  y\n', '|2+\n   x\n\n', '|\n x\n  y', '|-1\n  x', '>+\n x\n', 'x\n  y\n\n  z', '[1, 2, ]', '{b: 1, c}', '{"b":1}', '[b,\nc]', '{b: 1,\n c: 2}', '[a, [b, {c: d}]]', '{? b : c}', '{b}', '{b: }', '[b: ]', '[a: 1]'],
  ...['-', '- x', '?', '? x', ':x', 'x:', '"x', "'x", '[x', '{x', '---', '...', 'b: c', '- b', '#c\n  b', 'b #c', 'b#c', 'plain\n  # not a comment?\n  more', '|\n', '>\n', '   \n  b'],
].map((value) => `a: ${value}`)

const DOCUMENTS = [
  '%YAML 1.1\n---\na: yes', '%YAML 1.2\n---\na: yes', '%TAG !e! tag:e.com,2000:\n---\na: !e!x 1', '<<: {b: 1}\na: 2', 'a: &x {c: 1}\nb: *x', 'a: &a b\n*a : c', 'a: *unknown',
  '? [a, b]\n: 1', '? {a: 1}\n: 2', '[a, b]: c', '? a\n: b', '? a', 'a:\n  ? b\n  : c', 'a: 1\na: 2', "'a': 1\n\"a\": 2", 'a: 1\n"a": 2', '0: a\n"0": b', '1: a\n01: b', '1.0: a\n1: b',
  '__proto__: {x: 1}', 'constructor: 1', 'null: x', '~: x', ': x', '"null": x', 'true: x', '1: x', '1.5: x', '0x10: x', '\ta: 1', 'a:\tb', 'a: b\t', '\u00a0a: 1', '\ufeffa: 1', 'a :b', 'a : b', '"a" : b', '"a":b',
  'a: x\r\nb: y\r\n', 'a: x\rb: y', 'a: b\n c: d', 'a:\n  b: 1\n c: 2', '- a: 1\n  b: 2\n -c', 'a:\n- b\n - c', 'a:\n\n\n  b: 1', 'a: b\n...\nc: d', 'a: b\n---', '---\na: 1\n...\n', '---\na: 1\n---\nb: 2',
  '--- a', '--- |\n x', '...', '', '# only', 'a', '"a"', '- - - x', '[]', '{}', '- []', '- !!str', '- |\n- >', `${'k'.repeat(1030)}: v`, `"${'k'.repeat(1030)}": v`, `${'k'.repeat(990)}: v`,
  `${'- '.repeat(70)}x`, `${'['.repeat(70)}${']'.repeat(70)}`, 'a: x\u0000',
]

describe('readPlainYaml', () => {
  it('reads every YAML file the project ships as the full reader does, and reads the answers files itself', () => {
    const files = ['examples', 'controls', 'test/fixtures'].flatMap((dir) => yamlFilesUnder(path.join(ROOT, dir)))
    const texts = files.map((file) => readFileSync(file, 'utf8').replace(/^\ufeff/, ''))
    expect(files.length).toBeGreaterThan(50)
    expect(disagreements(texts)).toEqual([])
    const answers = files.filter((f) => f.startsWith(path.join(ROOT, 'examples')) && f.endsWith('answers.yaml'))
    expect(answers.length).toBeGreaterThan(5)
    expect(answers.filter((f) => readPlainYaml(readFileSync(f, 'utf8')) === NOT_PLAIN)).toEqual([])
  })

  it('reads damaged copies of those files as the full reader does, or leaves them to it', () => {
    const files = ['examples', 'controls', 'test/fixtures'].flatMap((dir) => yamlFilesUnder(path.join(ROOT, dir)))
    // At 16 places in each file: a character dropped, a tab, a colon, a quote, a dash, an anchor or a line break put in.
    const damage = ['', '\t', ': ', '"', "'", '- ', '&a ', '\n', ' #', '{']
    const texts = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8')
      return Array.from({length: 16}, (_, i) => {
        const at = Math.floor(((i + 0.5) * text.length) / 16)
        return text.slice(0, at) + damage[i % damage.length] + text.slice(at + (i % damage.length === 0 ? 1 : 0))
      })
    })
    expect(disagreements(texts)).toEqual([])
  })

  it('reads hostile and unusual snippets as the full reader does, or leaves them to it', () => {
    expect(disagreements([...SNIPPETS, ...DOCUMENTS])).toEqual([])
  })

  it('leaves to the full reader what the two read differently, and what it cannot read', () => {
    const left = [
      '%YAML 1.1\n---\na: yes', // YAML 1.1 booleans
      'a: !!float 1', // a tag
      'a: &x {c: 1}\nb: *x', // an alias
      '~: x', // a null key
      'a: 1e400', // a number past a double
      'a: x\rb: y', // a lone carriage return
      `${'k'.repeat(1030)}: v`, // a key the full reader finds too long
      '', // no document
      '---\na: 1\n---\nb: 2', // two documents
      `${'- '.repeat(70)}x`, // deeper than the fast reader goes
      'a: 1\na: 2', // a duplicate key
      'a: [1, 2', // a syntax error
    ]
    expect(left.filter((text) => readPlainYaml(text) !== NOT_PLAIN)).toEqual([])
  })

  it('reads the ordinary', () => {
    expect(readPlainYaml('a: 1\nb: [x, "0042", ~]\nc:\n  d: |\n    text\n  e: 2026-01-01\n')).toStrictEqual({
      a: 1,
      b: ['x', '0042', null],
      c: {d: 'text\n', e: '2026-01-01'},
    })
  })
})
