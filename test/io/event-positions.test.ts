import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {eventPositions} from '../../src/io/event-positions.js'
import {NOT_PLAIN, readPlainYaml} from '../../src/io/plain-yaml.js'
import {parseYamlSource} from '../../src/io/yaml-source.js'
import {ROOT} from '../helpers/run-cli.js'

type Path = (string | number)[]

/** Every path of a value, and below each collection a child that is not there. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  const out: Path[] = [at]
  if (Array.isArray(value)) {
    value.forEach((item, i) => out.push(...pathsOf(item, [...at, i])))
    out.push([...at, value.length])
  } else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) out.push(...pathsOf(inner, [...at, key]))
    out.push([...at, 'no-such-key'])
  }
  return out
}

/** Where the event positions place things differently from the full reader's document, for one text. */
function differences(name: string, text: string): string[] {
  const value = readPlainYaml(text)
  if (value === NOT_PLAIN) return []
  const full = parseYamlSource(name, text)
  const events = eventPositions(text, value)
  const out: string[] = []
  for (const at of pathsOf(value)) {
    for (const key of [false, true]) {
      const mine = events.locate(at, {key})
      const theirs = full.locate(at, {key})
      if (mine.line !== theirs.line || mine.column !== theirs.column) {
        out.push(`${name} ${at.join('.')}${key ? ' (key)' : ''}: ${mine.line}:${mine.column}, full reader ${theirs.line}:${theirs.column}`)
      }
    }
    const mine = events.scalarAt(at)
    const theirs = full.scalarAt(at)
    if (JSON.stringify(mine && {...mine, end: 0}) !== JSON.stringify(theirs && {...theirs, end: 0})) out.push(`${name} ${at.join('.')}: scalar ${JSON.stringify(mine)} vs ${JSON.stringify(theirs)}`)
  }
  const starts = (list: ReturnType<typeof events.scalars>) => list.map((s) => `${s.path.join('.')}${s.isKey ? ':' : '='}${String(s.value)}@${s.start}${s.plain ? 'p' : ''}`)
  const mine = starts(events.scalars())
  const theirs = starts(full.scalars())
  if (mine.join('\n') !== theirs.join('\n')) out.push(`${name}: scalars differ at ${mine.findIndex((s, i) => s !== theirs[i])}: ${mine.find((s, i) => s !== theirs[i])} vs ${theirs.find((s, i) => s !== mine[i])}`)
  for (const offset of [0, Math.floor(text.length / 3), text.length - 1, text.length]) {
    if (JSON.stringify(events.positionOf(offset)) !== JSON.stringify(full.positionOf(offset))) out.push(`${name}: offset ${offset}`)
  }
  return out
}

const shipped = () =>
  ['examples', 'controls', 'test/fixtures'].flatMap((dir) =>
    readdirSync(path.join(ROOT, dir), {recursive: true, withFileTypes: true})
      .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
      .map((e) => path.join(e.parentPath, e.name)),
  )

describe('eventPositions', () => {
  it('places every node, key and scalar of every shipped YAML file where the full reader does', () => {
    const files = shipped()
    expect(files.length).toBeGreaterThan(50)
    expect(files.flatMap((file) => differences(path.relative(ROOT, file), readFileSync(file, 'utf8').replace(/^\ufeff/, '')))).toEqual([])
  })

  it('places the nodes of damaged copies of those files where the full reader does', () => {
    // At 8 places in each file: a character dropped, a tab, a colon, a quote, a dash or a line break put in.
    const damage = ['', '\t', ': ', '"', '- ', '\n', ' #', '|\n']
    const texts = shipped().flatMap((file) => {
      const text = readFileSync(file, 'utf8')
      return damage.map((put, i) => {
        const at = Math.floor(((i + 0.5) * text.length) / damage.length)
        return [`${path.relative(ROOT, file)}~${i}`, text.slice(0, at) + put + text.slice(at + (put === '' ? 1 : 0))] as const
      })
    })
    expect(texts.flatMap(([name, text]) => differences(name, text))).toEqual([])
  })

  it('places the nodes of unusual layouts where the full reader does', () => {
    const texts = [
      'a: "q"\nb: \'s\'\nc: |\n  blk\nd:\ne: [1, {f: 2}]\ng:\n  - x\n  -\n  - h: 1\n    i: 2\nj: plain\n  more\nk: >-\n  fold\n',
      '# a comment first\n\n  a:   1   # trailing\n  b:\n    - "x"  \n    - \'y\'\n',
      'a:\n  b:\nc:\n- 1\n-   \n- |+\n  kept\n\nd: {e: , f: [ , ]}\n',
      'a: "multi\n  line"\nb: \'multi\n\n  line\'\nc: >\n\n  x\n',
      'a: x\r\nb:\r\n  - y\r\n',
      '- a\n- - b\n  - c\n- d: e\n  f: g\n',
    ]
    expect(texts.flatMap((text, i) => differences(`case ${i}`, text))).toEqual([])
  })

  it('finds a key among many through its index', () => {
    const keys = Array.from({length: 100}, (_, i) => `k${i}: ${i}`).join('\n')
    const text = `${keys}\n`
    const events = eventPositions(text, readPlainYaml(text))
    expect(events.locate(['k57'])).toEqual({line: 58, column: 6})
    expect(events.locate(['k57'], {key: true})).toEqual({line: 58, column: 1})
    expect(events.locate(['nowhere'])).toEqual({line: 1, column: 1})
  })
})
