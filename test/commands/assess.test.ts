import {spawn, spawnSync} from 'node:child_process'
import {access, readFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {BIN, FIXTURES, runCli, tempDir} from '../helpers/run-cli.js'

const CATALOG = path.join(FIXTURES, 'assess/catalog')

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({dir, cleanup} = await tempDir()))
afterEach(() => cleanup())

describe('posattest assess without a terminal', () => {
  it('exits 2 with one line pointing to init and validate, and writes nothing', async () => {
    const file = path.join(dir, 'answers.yaml')
    const result = await runCli(['assess', file, '--catalog', CATALOG])
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `posattest: assess asks questions and needs a terminal (try: posattest init ${file}, then edit it and run posattest validate ${file})\n`,
    })
    await expect(access(file)).rejects.toMatchObject({code: 'ENOENT'})
  })
})

// util-linux `script` runs the CLI on a pseudo-terminal, as a person would; skipped where it is missing.
const hasScript = spawnSync('script', ['--version'], {encoding: 'utf8'}).status === 0

const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g

/** The built CLI on a pseudo-terminal: keys in, screen out, exit code when it ends. */
function onTerminal(args: string[]) {
  const command = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ')
  const child = spawn('script', ['-qfec', command, '/dev/null'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: {...process.env, NO_COLOR: '1', TERM: 'xterm', COLUMNS: '200'},
  })
  let screen = ''
  let cursor = 0
  const listeners = new Set<() => void>()
  const onData = (chunk: Buffer) => {
    screen += chunk.toString('utf8').replace(ANSI, '')
    for (const listener of listeners) listener()
  }
  child.stdout.on('data', onData)
  child.stderr.on('data', onData)
  const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)))
  return {
    exited,
    screen: () => screen,
    send: (keys: string) => child.stdin.write(keys),
    waitFor: (text: string) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${JSON.stringify(text)}:\n${screen.slice(-500)}`)), 20_000)
        const check = () => {
          const at = screen.indexOf(text, cursor)
          if (at < 0) return
          cursor = at + text.length
          clearTimeout(timer)
          listeners.delete(check)
          resolve()
        }
        listeners.add(check)
        check()
      }),
  }
}

describe.skipIf(!hasScript)('posattest assess on a pseudo-terminal', () => {
  it('saves each answer, stops on Ctrl-C with exit 130, and resumes at the next question', async () => {
    const file = path.join(dir, 'answers.yaml')
    const args = ['assess', file, '--catalog', CATALOG, '--date', '2026-11-24']

    const first = onTerminal(args)
    await first.waitFor('? Legal name of the company being assessed')
    first.send('Acme Retail Ltd\r')
    await first.waitFor('? Trading name, if different')
    first.send('Acme\r')
    await first.waitFor('? Who is assessing?')
    first.send('\u0003')
    expect(await first.exited).toBe(130)
    expect(first.screen()).toContain(`posattest: progress saved in ${file}; run the same command to resume`)
    expect(parse(await readFile(file, 'utf8'))).toEqual({
      schema_version: 1,
      // A new file is written for the catalog it is assessed against.
      catalog_version: '1.0.0',
      assessment: {entity: {legal_name: 'Acme Retail Ltd', trading_name: 'Acme'}},
    })

    const second = onTerminal(args)
    await second.waitFor('? Who is assessing?')
    expect(second.screen()).not.toContain('Legal name')
    second.send('\r')
    await second.waitFor('? Merchant id (MID)')
    second.send('\u0003')
    expect(await second.exited).toBe(130)
    expect(parse(await readFile(file, 'utf8')).assessment).toEqual({
      entity: {legal_name: 'Acme Retail Ltd', trading_name: 'Acme'},
      role: 'merchant',
    })
  })
})
