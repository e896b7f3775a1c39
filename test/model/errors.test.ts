import {describe, expect, it} from 'vitest'
import {EXIT, fileError, UserError} from '../../src/model/errors.js'
import {runCli} from '../helpers/run-cli.js'

describe('UserError', () => {
  it('carries a code, an exit code (usage by default) and an optional next step', () => {
    const plain = new UserError('file-exists', 'answers.yaml already exists')
    expect({code: plain.code, exit: plain.exitCode, next: plain.next, message: plain.message}).toEqual({
      code: 'file-exists',
      exit: EXIT.usage,
      next: undefined,
      message: 'answers.yaml already exists',
    })
    const finding = new UserError('embedded-result-not-json', 'x.pdf: the embedded result is not JSON', {exit: EXIT.findings, next: 'run posattest verify x.pdf'})
    expect([finding.exitCode, finding.next]).toEqual([EXIT.findings, 'run posattest verify x.pdf'])
  })

  it('escapes control characters in the message and the next step', () => {
    const error = new UserError('x', 'a\u001b[2Jb', {next: 'c\nd'})
    expect(error.message).not.toMatch(/[\u0000-\u001f]/)
    expect(error.next).not.toMatch(/[\u0000-\u001f]/)
  })
})

describe('fileError', () => {
  it.each([
    ['ENOENT', 'file-not-found', 'a.yaml: no such file or directory'],
    ['EACCES', 'permission-denied', 'a.yaml: permission denied'],
    ['EISDIR', 'is-a-directory', 'a.yaml: is a directory'],
    ['ENOTDIR', 'not-a-directory', 'a.yaml: not a directory'],
    ['EIO', 'unreadable-file', 'a.yaml: i/o error'],
  ])('names the file and gives %s the code %s', (errno, code, message) => {
    const error = fileError('a.yaml', Object.assign(new Error('i/o error'), {code: errno}))
    expect({code: error.code, message: error.message}).toEqual({code, message})
  })
})

describe('a user error at the command line', () => {
  it('prints one line with the next step, and its code in --json', async () => {
    const text = await runCli(['catalog', 'show', 'SEAL-1'])
    expect(text).toEqual({code: 2, stdout: '', stderr: 'posattest: no control SEAL-1 in the catalog (try: posattest catalog show SEAL-01)\n'})
    const json = await runCli(['catalog', 'show', 'SEAL-1', '--json'])
    expect(json.code).toBe(2)
    expect(JSON.parse(json.stdout)).toEqual({
      error: {code: 'unknown-control', message: 'no control SEAL-1 in the catalog', exit: 2, next: 'posattest catalog show SEAL-01'},
    })
  })
})
