import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'

// Behaviour is keyed on codes, never on a message's wording: rewording a message must not change what the
// program does. This reads every module under src/ for the ways code tests text.
const SRC = path.resolve(__dirname, '..', 'src')

function modules(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return modules(full)
    return entry.name.endsWith('.ts') ? [full] : []
  })
}

const BRANCHES_ON_MESSAGE = [
  // message.startsWith('…'), reason.message.includes(id), stderr.endsWith(…)
  /\b(message|messages|stderr|stdout|reason)\b[\w.]*(\?\.|\.)(startsWith|includes|endsWith|match|matchAll|search|indexOf)\(/,
  // /…/.test(error.message), /…/.test(message)
  /\/[a-z]*\.test\([^)]*\bmessage\b/,
  // error.message === '…' outside the one documented comparison with a library that has no codes
  /\.message\s*[!=]==?\s*['"`]/,
]

describe('no code branches on a message', () => {
  it('finds no test of message text in src/', () => {
    const found: string[] = []
    for (const file of modules(SRC)) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          if (BRANCHES_ON_MESSAGE.some((pattern) => pattern.test(line))) found.push(`${path.relative(SRC, file)}:${index + 1}: ${line.trim()}`)
        })
    }
    expect(found).toEqual([])
  })

  it('would find one', () => {
    const samples = ["if (error.message.startsWith('wrong passphrase')) retry()", 'if (/MAC could not/.test(error.message)) x()', "if (e.message === 'boom') y()"]
    expect(samples.filter((line) => BRANCHES_ON_MESSAGE.some((pattern) => pattern.test(line)))).toEqual(samples)
  })
})
