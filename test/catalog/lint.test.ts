import {chmod, mkdir, open, symlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {LINT_RULES, lintCatalog, lintExitCode, lintedFiles} from '../../src/catalog/lint.js'
import {readLintInputs} from '../../src/catalog/lint-sources.js'
import {tempDir} from '../helpers/run-cli.js'

// Paths are given as a user would type them from the repository root, where vitest runs.
const F = 'test/fixtures/catalog'

async function lint(...paths: string[]): Promise<string[]> {
  const diagnostics = lintCatalog(await readLintInputs(paths))
  return diagnostics.map((d) => `${d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file} [${d.rule}] ${d.message}`)
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

describe('lintCatalog on fixture catalogs, one rule each', () => {
  it('finds nothing in a valid catalog', async () => {
    expect(await lint(`${F}/valid`)).toEqual([])
  })

  it('yaml-syntax: a duplicate key, at the second key', async () => {
    expect(await lint(`${F}/yaml-syntax`)).toEqual([`${F}/yaml-syntax/seals.yaml:22:5 [yaml-syntax] Map keys must be unique`])
  })

  it('yaml-syntax: an alias bomb is one whole-file line, not an expansion', async () => {
    expect(await lint(`${F}/alias-bomb`)).toEqual([
      `${F}/alias-bomb/seals.yaml [yaml-syntax] too many alias expansions (a YAML alias bomb?); refusing to expand`,
    ])
  })

  it('schema: a bad value at the value, an unknown key at the key', async () => {
    expect(await lint(`${F}/schema`)).toEqual([
      `${F}/schema/seals.yaml:21:15 [schema] controls.0.severity: must be one of: critical, high, medium, low`,
      `${F}/schema/seals.yaml:22:5 [schema] controls.0.owner: unknown key`,
    ])
  })

  it('duplicate-id: across files, at the second occurrence, naming the first', async () => {
    expect(await lint(`${F}/duplicate-id`)).toEqual([
      `${F}/duplicate-id/seals.yaml:40:9 [duplicate-id] duplicate control id CUS-02; first defined at ${F}/duplicate-id/device-custody.yaml:38:9`,
      `${F}/duplicate-id/seals.yaml:40:9 [id-prefix] control id CUS-02 does not use this file's prefix SEAL`,
    ])
  })

  it('id-prefix: a control id with another prefix than its file', async () => {
    expect(await lint(`${F}/id-prefix`)).toEqual([
      `${F}/id-prefix/seals.yaml:10:9 [id-prefix] control id SEL-01 does not use this file's prefix SEAL`,
    ])
  })

  it('domain-file: the prefix fixed for the domain', async () => {
    expect(await lint(`${F}/domain-file`)).toEqual([`${F}/domain-file/seals.yaml:2:9 [domain-file] domain seals uses prefix SEAL, not SEL`])
  })

  it('domain-file: a domain in a file not named after it', async () => {
    expect(await lint(`${F}/domain-file/single/seal.yaml`)).toEqual([
      `${F}/domain-file/single/seal.yaml:1:9 [domain-file] domain seals belongs in seals.yaml, not seal.yaml`,
    ])
  })

  it('unknown-pci-requirement: ids that PCI DSS v4.0.1 does not define, at each item', async () => {
    expect(await lint(`${F}/unknown-pci-requirement`)).toEqual([
      `${F}/unknown-pci-requirement/seals.yaml:39:26 [unknown-pci-requirement] 9.9.9 is not a PCI DSS v4.0.1 requirement`,
      `${F}/unknown-pci-requirement/seals.yaml:39:33 [unknown-pci-requirement] 3.2.1.9 is not a PCI DSS v4.0.1 requirement`,
    ])
  })

  it("missing-language: a text without one of catalog.yaml's languages, at the text", async () => {
    expect(await lint(`${F}/missing-language`)).toEqual([
      `${F}/missing-language/seals.yaml:13:7 [missing-language] SEAL-01 title has no zh-CN text`,
      `${F}/missing-language/seals.yaml:35:11 [missing-language] SEAL-01 remediation step 1 has no zh-CN text`,
    ])
  })

  it('template-syntax: a step Handlebars cannot compile, at the step string', async () => {
    expect(await lint(`${F}/template-syntax`)).toEqual([
      `${F}/template-syntax/seals.yaml:36:15 [template-syntax] SEAL-01 remediation step 1 (en) does not compile: parse error on line 1, column 24: expecting 'OPEN_INVERSE_CHAIN', 'INVERSE', 'OPEN_ENDBLOCK', got 'EOF'`,
    ])
  })

  it('template-variable: unknown variables, device fields and helpers, at the step string', async () => {
    expect(await lint(`${F}/template-variable`)).toEqual([
      `${F}/template-variable/seals.yaml:36:15 [template-variable] SEAL-01 remediation step 1 (en) names unknown device field colour inside {{#each}} (fields: serial, make, model, pts_approval, pts_expiry, location, seal_ids, last_inspection, firmware, state)`,
      `${F}/template-variable/seals.yaml:36:15 [template-variable] SEAL-01 remediation step 1 (en) names unknown variable entity.name`,
      `${F}/template-variable/seals.yaml:37:18 [template-variable] SEAL-01 remediation step 1 (zh-CN) names unknown helper shout (helpers: serials, count, join)`,
    ])
  })

  it('unknown-fact: a condition on a fact the answers profile lacks, with the closest fact', async () => {
    expect(await lint(`${F}/unknown-fact`)).toEqual([
      `${F}/unknown-fact/seals.yaml:23:13 [unknown-fact] unknown profile fact terminal_connection (did you mean terminal_connections?)`,
    ])
  })

  it('missing-domain-file: at the domain catalog.yaml lists', async () => {
    expect(await lint(`${F}/missing-domain-file`)).toEqual([
      `${F}/missing-domain-file/catalog.yaml:11:5 [missing-domain-file] domain seals is listed but seals.yaml does not exist`,
    ])
  })

  it('unlisted-file: a YAML file catalog.yaml does not list', async () => {
    expect(await lint(`${F}/unlisted-file`)).toEqual([
      `${F}/unlisted-file/notes.yaml [unlisted-file] not listed in catalog.yaml domains, so its controls are not part of the catalog`,
    ])
  })

  it('missing-catalog-yaml: a folder of control files without catalog.yaml still has its files linted', async () => {
    expect(await lint(`${F}/missing-catalog-yaml`)).toEqual([
      `${F}/missing-catalog-yaml/catalog.yaml [missing-catalog-yaml] no catalog.yaml: a catalog folder lists its domain files there; linting the files as controls in en and zh-CN`,
    ])
  })

  it('empty-folder: a folder without YAML, named as the user typed it', async () => {
    expect(await lint(`${F}/empty-folder/`)).toEqual([`${F}/empty-folder [empty-folder] no YAML files in this folder`])
  })

  it('binary-file: a file with NUL bytes is one line and the other files are still checked', async () => {
    expect(await lint(`${F}/binary-file`)).toEqual([`${F}/binary-file/seals.yaml [binary-file] not a text file (it contains NUL bytes)`])
  })

  it('file-too-large: a 50 MB file is refused from its size, without reading it', async () => {
    const dir = await scratch()
    const file = path.join(dir, 'seals.yaml')
    const handle = await open(file, 'w')
    await handle.truncate(50 * 1024 * 1024)
    await handle.close()
    expect(await lint(file)).toEqual([`${file} [file-too-large] file is 52428800 bytes; the limit is 5242880`])
  })

  it('unreadable-file: a YAML entry of a folder that cannot be read (a dangling link)', async () => {
    const dir = await scratch()
    await symlink(path.join(dir, 'gone.yaml'), path.join(dir, 'seals.yaml'))
    expect(await lint(dir)).toEqual([
      `${dir}/catalog.yaml [missing-catalog-yaml] no catalog.yaml: a catalog folder lists its domain files there; linting the files as controls in en and zh-CN`,
      `${dir}/seals.yaml [unreadable-file] no such file or directory`,
    ])
  })

  it.skipIf(process.getuid?.() === 0)('unreadable-file: a file without read permission', async () => {
    const dir = await scratch()
    const file = path.join(dir, 'seals.yaml')
    await writeFile(file, 'domain: seals\n')
    await chmod(file, 0o000)
    expect(await lint(file)).toEqual([`${file} [unreadable-file] permission denied`])
  })
})

describe('what lintCatalog is given', () => {
  it('lints a single control file in the languages of the catalog.yaml beside it', async () => {
    const dir = await scratch()
    await writeFile(path.join(dir, 'catalog.yaml'), 'languages: [en]\n')
    await writeFile(path.join(dir, 'seals.yaml'), (await import('node:fs')).readFileSync(`${F}/missing-language/seals.yaml`))
    expect(await lint(path.join(dir, 'seals.yaml'))).toEqual([])
  })

  it('lints a single control file in en and zh-CN when no catalog.yaml is beside it', async () => {
    expect(await lint(`${F}/domain-file/single/seal.yaml`)).toHaveLength(1)
    const dir = await scratch()
    const file = path.join(dir, 'seals.yaml')
    await writeFile(file, (await import('node:fs')).readFileSync(`${F}/missing-language/seals.yaml`))
    expect(await lint(file)).toEqual([
      `${file}:13:7 [missing-language] SEAL-01 title has no zh-CN text`,
      `${file}:35:11 [missing-language] SEAL-01 remediation step 1 has no zh-CN text`,
    ])
  })

  it('checks ids across single files linted together', async () => {
    const dir = await scratch()
    await mkdir(path.join(dir, 'a'))
    await mkdir(path.join(dir, 'b'))
    const source = (await import('node:fs')).readFileSync(`${F}/valid/seals.yaml`)
    await writeFile(path.join(dir, 'a/seals.yaml'), source)
    await writeFile(path.join(dir, 'b/seals.yaml'), source)
    expect(await lint(path.join(dir, 'a/seals.yaml'), path.join(dir, 'b/seals.yaml'))).toEqual([
      `${dir}/b/seals.yaml:10:9 [duplicate-id] duplicate control id SEAL-01; first defined at ${dir}/a/seals.yaml:10:9`,
    ])
  })

  it('does not compare ids across separate catalog folders', async () => {
    expect(await lint(`${F}/valid`, `${F}/id-prefix`)).toEqual([
      `${F}/id-prefix/seals.yaml:10:9 [id-prefix] control id SEL-01 does not use this file's prefix SEAL`,
    ])
  })

  it('treats catalog.yaml as its whole folder', async () => {
    expect(await lint(`${F}/missing-domain-file/catalog.yaml`)).toEqual(await lint(`${F}/missing-domain-file`))
  })

  it('refuses a path that does not exist with a one-line usage error', async () => {
    await expect(readLintInputs([`${F}/nope`])).rejects.toMatchObject({code: 'file-not-found', message: `${F}/nope: no such file or directory`})
  })

  it('lists every file it read, checked or not', async () => {
    const inputs = await readLintInputs([`${F}/binary-file`, `${F}/domain-file/single/seal.yaml`])
    expect(lintedFiles(inputs)).toEqual([
      `${F}/binary-file/catalog.yaml`,
      `${F}/binary-file/device-custody.yaml`,
      `${F}/binary-file/seals.yaml`,
      `${F}/domain-file/single/seal.yaml`,
    ])
  })

})

describe('lint exit codes and rules', () => {
  it('is 2 for unreadable input, 1 for findings, 0 when clean', async () => {
    expect(lintExitCode(lintCatalog(await readLintInputs([`${F}/valid`])))).toBe(0)
    expect(lintExitCode(lintCatalog(await readLintInputs([`${F}/schema`])))).toBe(1)
    expect(lintExitCode(lintCatalog(await readLintInputs([`${F}/alias-bomb`])))).toBe(1)
    expect(lintExitCode(lintCatalog(await readLintInputs([`${F}/binary-file`, `${F}/schema`])))).toBe(2)
    expect(lintExitCode(lintCatalog(await readLintInputs([`${F}/empty-folder`])))).toBe(2)
  })

  it('describes every rule it can report in one line', () => {
    for (const [id, description] of Object.entries(LINT_RULES)) {
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(description).not.toContain('\n')
    }
    expect(Object.keys(LINT_RULES).sort()).toEqual([
      'binary-file', 'domain-file', 'duplicate-id', 'empty-folder', 'file-too-large', 'id-prefix',
      'missing-catalog-yaml', 'missing-domain-file', 'missing-language', 'schema', 'template-syntax',
      'template-variable', 'unknown-fact', 'unknown-pci-requirement', 'unlisted-file', 'unreadable-file', 'yaml-syntax',
    ])
  })
})

describe('lintCatalog on arbitrary content', () => {
  it('never throws, whatever shape the files have', async () => {
    const fc = await import('fast-check')
    const {stringify} = await import('yaml')
    const {parseYamlSource} = await import('../../src/io/yaml-source.js')
    const valid = (await import('yaml')).parse((await import('node:fs')).readFileSync(`${F}/valid/seals.yaml`, 'utf8'))
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
