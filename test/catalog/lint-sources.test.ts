import {chmod, mkdir, open, symlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {readLintInputs} from '../../src/catalog/lint-sources.js'
import type {LintFile, LintInput} from '../../src/catalog/lint.js'
import {type CatalogCaseName, writeCatalogCases} from '../helpers/catalog-cases.js'
import {tempDir} from '../helpers/run-cli.js'

let cases: {dir: string; cleanup: () => Promise<void>}
let scratch: {dir: string; cleanup: () => Promise<void>}
beforeAll(async () => {
  cases = await writeCatalogCases(['valid', 'domain-file', 'missing-domain-file', 'empty-folder'])
  scratch = await tempDir('posattest-lint-sources-')
})
afterAll(async () => {
  await cases.cleanup()
  await scratch.cleanup()
})
const C = (name: CatalogCaseName, ...file: string[]) => path.join(cases.dir, name, ...file)
const S = (...file: string[]) => path.join(scratch.dir, ...file)

/** What was read of each file: parsed, or the rule it could not be read under. */
const read = (file: LintFile) => ('source' in file ? [file.file, 'parsed'] : [file.file, file.unreadable.rule, file.unreadable.line])
const folder = (input: LintInput | undefined) => {
  if (input?.kind !== 'folder') throw new Error('not a folder')
  return input
}

describe('readLintInputs', () => {
  it('reads every YAML file of a folder, sorted, leaving sub-folders and other files out', async () => {
    await writeFile(C('domain-file', 'notes.txt'), 'not YAML\n')
    const [input] = await readLintInputs([C('domain-file')])
    expect(folder(input).dir).toBe(C('domain-file'))
    expect(folder(input).files.map(read)).toEqual([
      [C('domain-file', 'catalog.yaml'), 'parsed'],
      [C('domain-file', 'device-custody.yaml'), 'parsed'],
      [C('domain-file', 'seals.yaml'), 'parsed'],
    ])
  })

  it('names a folder as the user typed it, without its trailing slash, and an empty one with no files', async () => {
    const [input] = await readLintInputs([`${C('empty-folder')}//`])
    expect(folder(input)).toEqual({kind: 'folder', dir: C('empty-folder'), files: []})
  })

  it('reads catalog.yaml as its whole folder', async () => {
    const [input] = await readLintInputs([C('missing-domain-file', 'catalog.yaml')])
    expect([folder(input).dir, folder(input).files.map(read)]).toEqual([
      C('missing-domain-file'),
      [
        [C('missing-domain-file', 'catalog.yaml'), 'parsed'],
        [C('missing-domain-file', 'device-custody.yaml'), 'parsed'],
      ],
    ])
  })

  it('reads a single control file with the catalog.yaml beside it, for the languages', async () => {
    const [input] = await readLintInputs([C('valid', 'seals.yaml')])
    if (input?.kind !== 'file') throw new Error('not a file')
    expect([read(input.file), input.meta?.file, (input.meta?.value as {languages?: string[]})?.languages]).toEqual([
      [C('valid', 'seals.yaml'), 'parsed'],
      C('valid', 'catalog.yaml'),
      ['en', 'zh-CN'],
    ])
  })

  it('reads a single control file without a catalog.yaml beside it, or beside one that does not parse, with no languages', async () => {
    const [alone] = await readLintInputs([C('domain-file', 'single', 'seal.yaml')])
    expect(alone).toMatchObject({kind: 'file', meta: undefined})
    await mkdir(S('broken'))
    await writeFile(S('broken', 'catalog.yaml'), 'languages: [en\n')
    await writeFile(S('broken', 'seals.yaml'), 'domain: seals\n')
    const [broken] = await readLintInputs([S('broken', 'seals.yaml')])
    expect(broken).toMatchObject({kind: 'file', meta: undefined})
  })

  it('refuses a file over the size limit from its size, without reading it', async () => {
    const handle = await open(S('big.yaml'), 'w')
    await handle.truncate(50 * 1024 * 1024)
    await handle.close()
    const [input] = await readLintInputs([S('big.yaml')])
    if (input?.kind !== 'file' || !('unreadable' in input.file)) throw new Error('read')
    expect(input.file.unreadable).toMatchObject({file: S('big.yaml'), line: 0, rule: 'file-too-large'})
    expect(input.file.unreadable.message).toContain('52428800')
  })

  it('turns a folder entry that cannot be read (a dangling link) into that file’s diagnostic, saying why', async () => {
    await mkdir(S('dangling'))
    await symlink(S('dangling', 'gone.yaml'), S('dangling', 'seals.yaml'))
    const [input] = await readLintInputs([S('dangling')])
    expect(folder(input).files.map(read)).toEqual([[S('dangling', 'seals.yaml'), 'unreadable-file', 0]])
    expect(folder(input).files[0]).toMatchObject({unreadable: {message: 'no such file or directory'}})
  })

  it.skipIf(process.getuid?.() === 0)('turns a file without read permission into its diagnostic, saying why', async () => {
    await writeFile(S('locked.yaml'), 'domain: seals\n')
    await chmod(S('locked.yaml'), 0o000)
    const [input] = await readLintInputs([S('locked.yaml')])
    expect(input).toMatchObject({kind: 'file', file: {unreadable: {rule: 'unreadable-file', message: 'permission denied'}}})
  })

  it('refuses a path that does not exist with a one-line usage error', async () => {
    await expect(readLintInputs([C('valid', 'nope')])).rejects.toMatchObject({code: 'file-not-found', exitCode: 2, message: `${C('valid', 'nope')}: no such file or directory`})
  })
})
