import {mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest'
import {diagnostic, type Diagnostic} from '../../src/diagnostics/diagnostic.js'
import {LINT_RULES, lintCatalog, lintExitCode, lintedFiles} from '../../src/catalog/lint.js'
import {readLintInputs} from '../../src/catalog/lint-sources.js'
import {BASE_CATALOG, type CatalogCaseName, writeCatalogCases} from '../helpers/catalog-cases.js'
import {tempDir} from '../helpers/run-cli.js'

// Every case of test/helpers/catalog-cases.ts (the base catalog with one small patch each), written once.
let cases: {dir: string; cleanup: () => Promise<void>}
beforeAll(async () => {
  cases = await writeCatalogCases()
})
afterAll(() => cases.cleanup())
/** The folder of a case (or a file in it). */
const C = (name: CatalogCaseName, ...file: string[]) => path.join(cases.dir, name, ...file)

async function diagnostics(...paths: string[]): Promise<Diagnostic[]> {
  return lintCatalog(await readLintInputs(paths))
}

/** Each diagnostic as `file:line:col rule` (or `file rule` for a whole file), the file relative to the cases folder. */
async function lint(...paths: string[]): Promise<string[]> {
  return (await diagnostics(...paths)).map((d) => {
    const file = path.relative(cases.dir, d.file)
    return `${d.line > 0 ? `${file}:${d.line}:${d.column}` : file} ${d.rule}`
  })
}

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})
async function scratch(): Promise<string> {
  const {dir, cleanup} = await tempDir('posattest-lint-')
  cleanups.push(cleanup)
  return dir
}

describe('lintCatalog on the catalog cases, one rule each', () => {
  it.each<[CatalogCaseName, string, string[]]>([
    ['valid', 'finds nothing in the base catalog', []],
    ['yaml-syntax', 'a duplicate key, at the second key', ['yaml-syntax/seals.yaml:22:5 yaml-syntax']],
    ['alias-bomb', 'an alias bomb is one whole-file line, not an expansion', ['alias-bomb/seals.yaml yaml-syntax']],
    ['schema', 'a bad value at the value, an unknown key at the key', ['schema/seals.yaml:21:15 schema', 'schema/seals.yaml:22:5 schema']],
    [
      'duplicate-id',
      'across files, at the second occurrence (and not in the prefix of its file)',
      ['duplicate-id/seals.yaml:40:9 duplicate-id', 'duplicate-id/seals.yaml:40:9 id-prefix'],
    ],
    ['id-prefix', 'a control id with another prefix than its file', ['id-prefix/seals.yaml:10:9 id-prefix']],
    ['domain-file', 'the prefix fixed for the domain', ['domain-file/seals.yaml:2:9 domain-file']],
    [
      'unknown-pci-requirement',
      'ids that PCI DSS v4.0.1 does not define, at each item',
      ['unknown-pci-requirement/seals.yaml:39:26 unknown-pci-requirement', 'unknown-pci-requirement/seals.yaml:39:33 unknown-pci-requirement'],
    ],
    [
      'missing-language',
      "a text without one of catalog.yaml's languages, at the text",
      ['missing-language/seals.yaml:13:7 missing-language', 'missing-language/seals.yaml:35:11 missing-language'],
    ],
    ['template-syntax', 'a step Handlebars cannot compile, at the step string', ['template-syntax/seals.yaml:36:15 template-syntax']],
    [
      'template-variable',
      'unknown variables, device fields and helpers, at the step string',
      ['template-variable/seals.yaml:36:15 template-variable', 'template-variable/seals.yaml:36:15 template-variable', 'template-variable/seals.yaml:37:18 template-variable'],
    ],
    ['unknown-fact', 'a condition on a fact the answers profile lacks', ['unknown-fact/seals.yaml:23:13 unknown-fact']],
    ['glossary-term', 'a term written another way, at its text; a description without the everyday word, at the description', ['glossary-term/device-custody.yaml:20:14 glossary-term', 'glossary-term/seals.yaml:8:10 glossary-term']],
    ['unknown-interval-fact', 'an interval_fact that is no whole-number profile fact, at its value', ['unknown-interval-fact/seals.yaml:27:20 unknown-fact']],
    ['missing-domain-file', 'at the domain catalog.yaml lists', ['missing-domain-file/catalog.yaml:11:5 missing-domain-file']],
    ['unlisted-file', 'a YAML file catalog.yaml does not list', ['unlisted-file/notes.yaml unlisted-file']],
    ['missing-catalog-yaml', 'a folder of control files without catalog.yaml still has its files linted', ['missing-catalog-yaml/catalog.yaml missing-catalog-yaml']],
    ['binary-file', 'a file with NUL bytes is one line and the other files are still checked', ['binary-file/seals.yaml binary-file']],
    [
      'saq-types-missing',
      'merchant controls without saq_types, and an SAQ no control serves, once catalog.yaml defines SAQs',
      [
        'saq-types-missing/catalog.yaml:13:9 saq-types-missing',
        'saq-types-missing/device-custody.yaml:39:9 saq-types-missing',
        'saq-types-missing/seals.yaml:10:9 saq-types-missing',
      ],
    ],
    ['no-reference', 'a control citing nothing; another PCI standard alone is enough', ['no-reference/seals.yaml:39:7 no-reference']],
  ])('%s: %s', async (name, _, expected) => {
    expect(await lint(C(name))).toEqual(expected)
  })

  it('domain-file: a domain in a file not named after it', async () => {
    expect(await lint(C('domain-file', 'single/seal.yaml'))).toEqual(['domain-file/single/seal.yaml:1:9 domain-file'])
  })

  it('empty-folder: a folder without YAML, named as the user typed it', async () => {
    expect(await lint(`${C('empty-folder')}/`)).toEqual(['empty-folder empty-folder'])
  })

  it('names what it found where the rule alone does not say it', async () => {
    const messages = async (name: CatalogCaseName) => (await diagnostics(C(name))).map((d) => d.message)
    // The first definition of a duplicate id, at its place.
    expect((await messages('duplicate-id'))[0]).toContain(`first defined at ${C('duplicate-id', 'device-custody.yaml')}:38:9`)
    // The closest fact to a mistyped one.
    expect(await messages('unknown-fact')).toEqual([expect.stringContaining('(did you mean terminal_connections?)')])
    // Each unknown name, and the names that would do.
    const unknown = await messages('template-variable')
    expect(unknown.map((m) => /unknown (device field|variable|helper) ([\w.]+)/.exec(m)?.slice(1))).toEqual([
      ['device field', 'colour'],
      ['variable', 'entity.name'],
      ['helper', 'shout'],
    ])
    expect(unknown[0]).toContain('(fields: serial, make, model, pts_approval, pts_expiry, location, seal_ids, last_inspection, firmware, state)')
    expect(unknown[2]).toContain('(helpers: serials, count, join)')
    // The requirement ids PCI DSS does not define.
    expect((await messages('unknown-pci-requirement')).map((m) => m.split(' ')[0])).toEqual(['9.9.9', '3.2.1.9'])
  })

  it('passes on the diagnostic of a file that could not be read (lint-sources.test.ts), and checks the other files', async () => {
    const [folder] = await readLintInputs([C('id-prefix')])
    if (folder?.kind !== 'folder') throw new Error('not a folder')
    const file = C('id-prefix', 'device-custody.yaml')
    const unreadable = diagnostic(file, undefined, 'unreadable-file', 'permission denied')
    const files = folder.files.map((f) => (f.file === file ? {file, unreadable} : f))
    expect(lintCatalog([{...folder, files}]).map((d) => `${path.relative(cases.dir, d.file)}:${d.line}:${d.column} ${d.rule}`)).toEqual([
      'id-prefix/device-custody.yaml:0:0 unreadable-file',
      'id-prefix/seals.yaml:10:9 id-prefix',
    ])
  })
})

describe('what lintCatalog is given', () => {
  it('lints a single control file in the languages of the catalog.yaml beside it', async () => {
    const dir = await scratch()
    await writeFile(path.join(dir, 'catalog.yaml'), 'languages: [en]\n')
    await writeFile(path.join(dir, 'seals.yaml'), await readFile(C('missing-language', 'seals.yaml')))
    expect(await diagnostics(path.join(dir, 'seals.yaml'))).toEqual([])
  })

  it('lints a single control file in en and zh-CN when no catalog.yaml is beside it', async () => {
    expect(await lint(C('domain-file', 'single/seal.yaml'))).toHaveLength(1)
    const dir = await scratch()
    const file = path.join(dir, 'seals.yaml')
    await writeFile(file, await readFile(C('missing-language', 'seals.yaml')))
    expect((await diagnostics(file)).map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual([
      `${file}:13:7 missing-language`,
      `${file}:35:11 missing-language`,
    ])
  })

  it('checks ids across single files linted together', async () => {
    const dir = await scratch()
    await mkdir(path.join(dir, 'a'))
    await mkdir(path.join(dir, 'b'))
    const source = await readFile(path.join(BASE_CATALOG, 'seals.yaml'))
    await writeFile(path.join(dir, 'a/seals.yaml'), source)
    await writeFile(path.join(dir, 'b/seals.yaml'), source)
    const found = await diagnostics(path.join(dir, 'a/seals.yaml'), path.join(dir, 'b/seals.yaml'))
    expect(found.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual([`${dir}/b/seals.yaml:10:9 duplicate-id`])
    expect(found[0]!.message).toContain(`first defined at ${dir}/a/seals.yaml:10:9`)
  })

  it('does not compare ids across separate catalog folders', async () => {
    expect(await lint(C('valid'), C('id-prefix'))).toEqual(['id-prefix/seals.yaml:10:9 id-prefix'])
  })

  it('lists every file it read, checked or not', async () => {
    const inputs = await readLintInputs([C('binary-file'), C('domain-file', 'single/seal.yaml')])
    expect(lintedFiles(inputs).map((file) => path.relative(cases.dir, file))).toEqual([
      'binary-file/catalog.yaml',
      'binary-file/device-custody.yaml',
      'binary-file/seals.yaml',
      'domain-file/single/seal.yaml',
    ])
  })
})

describe('lint exit codes and rules', () => {
  it('is 2 for unreadable input, 1 for findings, 0 when clean', async () => {
    expect(lintExitCode(await diagnostics(C('valid')))).toBe(0)
    expect(lintExitCode(await diagnostics(C('schema')))).toBe(1)
    expect(lintExitCode(await diagnostics(C('alias-bomb')))).toBe(1)
    expect(lintExitCode(await diagnostics(C('binary-file'), C('schema')))).toBe(2)
    expect(lintExitCode(await diagnostics(C('empty-folder')))).toBe(2)
  })

  it('describes every rule it can report in one line', () => {
    for (const [id, description] of Object.entries(LINT_RULES)) {
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(description).not.toContain('\n')
    }
    expect(Object.keys(LINT_RULES).sort()).toEqual([
      'binary-file', 'domain-file', 'duplicate-id', 'empty-folder', 'file-too-large', 'glossary-term', 'id-prefix',
      'missing-catalog-yaml', 'missing-domain-file', 'missing-language', 'no-reference', 'saq-types-missing', 'schema', 'template-syntax',
      'template-variable', 'unknown-fact', 'unknown-pci-requirement', 'unlisted-file', 'unreadable-file', 'yaml-syntax',
    ])
  })
})

describe('lintCatalog on arbitrary content', () => {
  it('never throws, whatever shape the files have', async () => {
    const fc = await import('fast-check')
    const {stringify} = await import('yaml')
    const {parseYamlSource} = await import('../../src/io/yaml-source.js')
    const valid = (await import('yaml')).parse(await readFile(path.join(BASE_CATALOG, 'seals.yaml'), 'utf8'))
    // Mutate a valid file at random places so the walk meets wrong shapes deep inside controls too.
    const mutated = fc.tuple(fc.array(fc.oneof(fc.constantFrom('controls', 0, 'remediation', 'steps', 'applies_when', 'references', 'pci_dss', 'title', 'any', 'not'), fc.string()), {maxLength: 5}), fc.anything())
    fc.assert(
      fc.property(fc.anything(), mutated, (meta, [at, replacement]) => {
        const seals = structuredClone(valid)
        let node: any = seals
        for (const key of at.slice(0, -1)) node = node !== null && typeof node === 'object' ? node[key] : undefined
        if (node !== null && typeof node === 'object' && at.length > 0) node[at.at(-1)!] = replacement
        const files = [
          {file: 'c/catalog.yaml', source: parseYamlSource('c/catalog.yaml', stringify(meta) ?? '')},
          {file: 'c/seals.yaml', source: parseYamlSource('c/seals.yaml', stringify(seals))},
        ]
        const diagnostics = lintCatalog([{kind: 'folder', dir: 'c', files}])
        for (const d of diagnostics) expect(d.message).not.toContain('\n')
      }),
      {numRuns: 300},
    )
  })
})
