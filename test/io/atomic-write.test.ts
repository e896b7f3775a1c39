import {type ChildProcess, spawn} from 'node:child_process'
import {watch} from 'node:fs'
import {copyFile, mkdir, readdir, readFile, utimes, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {STALE_TEMP_MS, sweepStaleTemps, tempFileName, writeFileAtomic} from '../../src/io/atomic-write.js'
import {BIN, FIXTURES, runCli, tempDir} from '../helpers/run-cli.js'

let tmp: {dir: string; cleanup: () => Promise<void>}
let live: ChildProcess
let deadPid: number
const at = (...parts: string[]) => path.join(tmp.dir, ...parts)
const temps = async (dir: string) => (await readdir(dir)).filter((n) => n.endsWith('.posattest-tmp') || n.endsWith('.tmp')).sort()

beforeAll(async () => {
  tmp = await tempDir('posattest-atomic-')
  // A process that has exited (its pid is gone) and one that lives for the whole file.
  const done = spawn(process.execPath, ['-e', ''], {stdio: 'ignore'})
  deadPid = await new Promise<number>((resolve) => done.on('exit', () => resolve(done.pid!)))
  live = spawn('sleep', ['300'], {stdio: 'ignore'})
})
afterAll(async () => {
  live.kill('SIGKILL')
  await tmp.cleanup()
})

describe('temp files of interrupted writes', () => {
  it('names temps per target with the writing pid, recognisably', () => {
    expect(tempFileName('/x/answers.yaml', 42)).toMatch(/^\.answers\.yaml\.42\.[0-9a-f]{12}\.posattest-tmp$/)
  })

  it('sweeps the temps of a gone process and old ones, keeps a live writer fresh temp and other files', async () => {
    const file = at('sweep', 'answers.yaml')
    await mkdir(at('sweep'))
    const stale = `.answers.yaml.${deadPid}.0123456789ab.posattest-tmp`
    const legacy = `.answers.yaml.${deadPid}.1764000000000.tmp`
    const fresh = `.answers.yaml.${live.pid}.aaaaaaaaaaaa.posattest-tmp`
    const oldButLive = `.answers.yaml.${live.pid}.bbbbbbbbbbbb.posattest-tmp`
    const otherTarget = `.result.json.${deadPid}.cccccccccccc.posattest-tmp`
    for (const name of [stale, legacy, fresh, oldButLive, otherTarget, 'answers.yaml', '.answers.yaml.notes']) await writeFile(at('sweep', name), 'x')
    const hourAgo = new Date(Date.now() - STALE_TEMP_MS - 60_000)
    await utimes(at('sweep', oldButLive), hourAgo, hourAgo)
    expect((await sweepStaleTemps(file)).map((f) => path.basename(f)).sort()).toEqual([stale, legacy, oldButLive].sort())
    expect((await readdir(at('sweep'))).sort()).toEqual(['.answers.yaml.notes', fresh, otherTarget, 'answers.yaml'].sort())
    // A write sweeps too, and leaves no temp of its own.
    await writeFile(at('sweep', stale), 'x')
    await writeFileAtomic(file, 'new')
    expect(await temps(at('sweep'))).toEqual([fresh, otherTarget].sort())
    expect(await readFile(file, 'utf8')).toBe('new')
  })
})

describe('the commands sweep the temps beside the file they write', () => {
  it('inventory import and evaluate -o remove a stale temp of their target and keep a live writer', async () => {
    await mkdir(at('cmd'))
    for (const name of ['answers.yaml', 'terminals.csv']) await copyFile(path.join(FIXTURES, 'inventory', name), at('cmd', name))
    const staleAnswers = `.answers.yaml.${deadPid}.0123456789ab.posattest-tmp`
    const liveAnswers = `.answers.yaml.${live.pid}.aaaaaaaaaaaa.posattest-tmp`
    const staleResult = `.result.json.${deadPid}.0123456789ab.posattest-tmp`
    for (const name of [staleAnswers, liveAnswers, staleResult]) await writeFile(at('cmd', name), 'x')
    const imported = await runCli(['inventory', 'import', 'terminals.csv', 'answers.yaml'], {cwd: at('cmd')})
    expect(imported.code).toBe(0)
    expect(await temps(at('cmd'))).toEqual([liveAnswers, staleResult].sort())

    const evaluation = path.join(FIXTURES, 'evaluation')
    const evaluated = await runCli(['evaluate', 'compliant.yaml', '--catalog', 'catalog', '-o', at('cmd', 'result.json')], {cwd: evaluation})
    expect(evaluated.code).toBe(0)
    expect(await temps(at('cmd'))).toEqual([liveAnswers])
    expect(JSON.parse(await readFile(at('cmd', 'result.json'), 'utf8')).verdict).toBe('compliant')
  })

  it('inventory import killed while its temp exists: the answers are old or new, never torn, and the next run sweeps the temp', async () => {
    const dir = at('kill')
    await mkdir(dir)
    const rows = ['Serial Number,Manufacturer,Model,PTS Approval,PTS Expiry,Location,Seals,Last Inspection,FW,Status']
    for (let i = 0; i < 600; i++) rows.push(`SN-${String(i).padStart(6, '0')},PAX,A920,4-40109,2028-12-31,Till ${i},S-${i},2026-10-15,PayDroid 9.1,in-use`)
    await writeFile(path.join(dir, 'big.csv'), rows.join('\n') + '\n')
    const original = await readFile(path.join(FIXTURES, 'inventory', 'answers.yaml'), 'utf8')
    // What a completed import writes, made beside it first.
    await mkdir(path.join(dir, 'done'))
    await writeFile(path.join(dir, 'done', 'answers.yaml'), original)
    expect((await runCli(['inventory', 'import', '../big.csv', 'answers.yaml'], {cwd: path.join(dir, 'done')})).code).toBe(0)
    const imported = await readFile(path.join(dir, 'done', 'answers.yaml'), 'utf8')
    await writeFile(path.join(dir, 'answers.yaml'), original)

    // SIGKILL the moment the temp appears (inotify through fs.watch); the kill may land after the rename, so try again.
    let leftBehind: string[] = []
    for (let attempt = 0; attempt < 15 && leftBehind.length === 0; attempt++) {
      const child = spawn(process.execPath, [BIN, 'inventory', 'import', 'big.csv', 'answers.yaml'], {cwd: dir, stdio: 'ignore'})
      const watcher = watch(dir, (_event, name) => {
        if (name?.endsWith('.posattest-tmp')) child.kill('SIGKILL')
      })
      await new Promise((resolve) => child.on('exit', resolve))
      watcher.close()
      const text = await readFile(path.join(dir, 'answers.yaml'), 'utf8')
      expect([original, imported]).toContain(text)
      expect((parse(text) as {inventory: unknown[]}).inventory.length).toBeGreaterThan(0)
      leftBehind = await temps(dir)
    }
    expect(leftBehind).toHaveLength(1)
    expect(leftBehind[0]).toMatch(/^\.answers\.yaml\.\d+\.[0-9a-f]{12}\.posattest-tmp$/)
    // When: the next import, not interrupted
    const again = await runCli(['inventory', 'import', 'big.csv', 'answers.yaml'], {cwd: dir})
    // Then
    expect(again.code).toBe(0)
    expect(await temps(dir)).toEqual([])
    expect(await readFile(path.join(dir, 'answers.yaml'), 'utf8')).toBe(imported)
  }, 180_000)
})
