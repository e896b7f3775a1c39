import {copyFile, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {FIXTURES, runCli, tempDir} from '../../helpers/run-cli.js'

const HERE = path.join(FIXTURES, 'inventory')

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => {
  ;({dir, cleanup} = await tempDir())
  for (const name of ['answers.yaml', 'terminals.csv', 'bad.csv']) await copyFile(path.join(HERE, name), path.join(dir, name))
})
afterEach(() => cleanup())

const fixture = (name: string) => readFile(path.join(HERE, name), 'utf8')
const written = () => readFile(path.join(dir, 'answers.yaml'), 'utf8')

describe('posattest inventory import', () => {
  it('merges by serial: updates the listed terminal, appends the new ones, keeps comments and the untouched terminal', async () => {
    const result = await runCli(['inventory', 'import', 'terminals.csv', 'answers.yaml'], {cwd: dir})
    expect(result).toEqual({
      code: 0,
      stdout: 'answers.yaml: 2 added, 1 updated from terminals.csv; the inventory lists 4 terminals\n',
      stderr: '',
    })
    expect(await written()).toBe(await fixture('merged.yaml'))
  })

  it('is idempotent: importing the same list again changes nothing', async () => {
    await runCli(['inventory', 'import', 'terminals.csv', 'answers.yaml'], {cwd: dir})
    const again = await runCli(['inventory', 'import', 'terminals.csv', 'answers.yaml'], {cwd: dir})
    expect(again.stdout).toBe('answers.yaml: 0 added, 3 updated from terminals.csv; the inventory lists 4 terminals\n')
    expect(await written()).toBe(await fixture('merged.yaml'))
  })

  it('--replace makes the inventory exactly the CSV', async () => {
    const result = await runCli(['inventory', 'import', 'terminals.csv', 'answers.yaml', '--replace'], {cwd: dir})
    expect(result).toEqual({code: 0, stdout: 'answers.yaml: inventory replaced with the 3 terminals of terminals.csv\n', stderr: ''})
    expect(await written()).toBe(await fixture('replaced.yaml'))
  })

  it('lists every bad cell at its line and column, exits 2 and writes nothing', async () => {
    const result = await runCli(['inventory', 'import', 'bad.csv', 'answers.yaml'], {cwd: dir})
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        "bad.csv:3:10: pts_expiry '2029-02-30' is not a date (YYYY-MM-DD)",
        "bad.csv:4:39: state 'broken' must be one of: in-use, spare, in-repair, retired",
        'posattest: bad.csv: 2 problems; nothing was written to answers.yaml',
        '',
      ].join('\n'),
    })
    expect(await written()).toBe(await fixture('answers.yaml'))
  })

  it('refuses a card number in a cell, masked, and writes nothing', async () => {
    await writeFile(path.join(dir, 'pan.csv'), 'serial,make,model,location,state\nV1,Verifone,V200c,Till 4111 1111 1111 1111,in-use\n')
    const result = await runCli(['inventory', 'import', 'pan.csv', 'answers.yaml'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'pan.csv:2:19: location holds a card number (411111******1111); card numbers are never stored\n' +
        'posattest: pan.csv: 1 problem; nothing was written to answers.yaml\n',
    )
    expect(await written()).toBe(await fixture('answers.yaml'))
  })

  it('creates the answers file when it does not exist yet', async () => {
    const result = await runCli(['inventory', 'import', 'terminals.csv', 'new.yaml'], {cwd: dir})
    expect(result.stdout).toBe('new.yaml: 3 added, 0 updated from terminals.csv; the inventory lists 3 terminals (created new.yaml)\n')
    const text = await readFile(path.join(dir, 'new.yaml'), 'utf8')
    expect(text.slice(text.indexOf('schema_version'))).toBe(
      'schema_version: 1\ninventory:\n' + (await fixture('replaced.yaml')).split('inventory:\n  # Front counter\n')[1]!.split('controls:')[0],
    )
  })

  it('names a missing CSV file in one line', async () => {
    const result = await runCli(['inventory', 'import', 'nope.csv', 'answers.yaml'], {cwd: dir})
    expect(result).toEqual({code: 2, stdout: '', stderr: 'posattest: nope.csv: no such file or directory\n'})
  })
})
