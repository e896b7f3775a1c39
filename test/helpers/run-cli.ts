import {spawn} from 'node:child_process'
import {mkdtemp, rm} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const BIN = path.join(ROOT, 'bin/run.js')
export const FIXTURES = path.join(ROOT, 'test/fixtures')

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs the built CLI (dist/) as a user would: a child process with its own stdio. */
export function runCli(
  args: readonly string[],
  options: {cwd?: string; env?: Record<string, string | undefined>; input?: string; timeoutMs?: number} = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    // The locale is pinned (English) so outputs do not depend on the machine's; a test sets it to try another.
    const locale = {LC_ALL: undefined, LC_MESSAGES: undefined, LANG: 'C.UTF-8'}
    const env: Record<string, string | undefined> = {...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...locale, ...options.env}
    for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k]
    const child = spawn(process.execPath, [BIN, ...args], {cwd: options.cwd ?? ROOT, env, stdio: 'pipe'})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({code: code ?? (signal ? 128 : 1), stdout, stderr})
    })
    child.stdin.end(options.input ?? '')
  })
}

/** A fresh temporary folder, removed by the returned cleanup. */
export async function tempDir(prefix = 'posattest-test-'): Promise<{dir: string; cleanup: () => Promise<void>}> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix))
  return {dir, cleanup: () => rm(dir, {recursive: true, force: true})}
}
