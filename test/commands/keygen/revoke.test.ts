import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {runCli, tempDir} from '../../helpers/run-cli.js'
import {tool} from '../../helpers/signing-fixtures.js'

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({dir, cleanup} = await tempDir()))
afterEach(() => cleanup())

const env = {POSATTEST_P12_PASSPHRASE: 'pw-1234'}

describe('posattest keygen revoke', () => {
  it('publishes a CRL signed by the trial CA that openssl reads, keeping earlier revocations and counting up', async () => {
    expect((await runCli(['keygen', '-o', dir, '--date', '2026-11-01'], {env})).code).toBe(0)
    const serial = tool('openssl', ['x509', '-in', path.join(dir, 'signer.pem'), '-noout', '-serial']).output.trim().replace('serial=', '').toLowerCase()
    const first = await runCli(['keygen', 'revoke', '--ca-dir', dir, '--serial', '0ABC', '--date', '2026-11-20T08:00:00Z'], {env})
    expect(first).toEqual({
      code: 0,
      stderr: '',
      stdout: `wrote ${dir}/ca.crl (CRL number 1, 1 revoked, next update 2026-12-20)\n  revoked 0abc on 2026-11-20T08:00:00Z (unspecified)\n`,
    })
    const second = await runCli(['keygen', 'revoke', '--ca-dir', dir, '--serial', serial, '--reason', 'keyCompromise', '--date', '2026-11-24', '--next-update', '7', '--json'], {env})
    expect(second.code).toBe(0)
    expect(JSON.parse(second.stdout)).toEqual({
      crl: `${dir}/ca.crl`,
      number: 2,
      thisUpdate: '2026-11-24T00:00:00.000Z',
      nextUpdate: '2026-12-01T00:00:00.000Z',
      revoked: [
        {serial: '0abc', date: '2026-11-20T08:00:00.000Z', reason: 'unspecified'},
        {serial, date: '2026-11-24T00:00:00.000Z', reason: 'keyCompromise'},
      ],
    })
    const text = tool('openssl', ['crl', '-in', path.join(dir, 'ca.crl'), '-text', '-noout', '-CAfile', path.join(dir, 'ca.pem')]).output
    expect(text).toContain('verify OK')
    expect(text).toContain(`Serial Number: ${serial.toUpperCase()}`)
    expect(text).toContain('Key Compromise')
    expect(text).toMatch(/X509v3 CRL Number: \n\s+2\n/)
    expect(text).toContain('Next Update: Dec  1 00:00:00 2026 GMT')
    const check = tool('openssl', ['verify', '-attime', String(Date.parse('2026-11-25') / 1000), '-crl_check', '-CRLfile', path.join(dir, 'ca.crl'), '-CAfile', path.join(dir, 'ca.pem'), path.join(dir, 'signer.pem')])
    expect(check.output).toContain('certificate revoked')
  })

  it('exits 2 with one line for a wrong passphrase, a missing CA key or a bad serial', async () => {
    expect((await runCli(['keygen', '-o', dir], {env})).code).toBe(0)
    expect(await runCli(['keygen', 'revoke', '--ca-dir', dir, '--serial', '01'], {env: {POSATTEST_P12_PASSPHRASE: 'wrong'}})).toEqual({
      code: 2,
      stdout: '',
      stderr: `posattest: ${dir}/ca-key.pem: wrong passphrase\n`,
    })
    expect((await runCli(['keygen', 'revoke', '--ca-dir', dir, '--serial', 'xyz'], {env})).stderr).toBe('posattest: --serial must be the certificate\'s serial number in hex, not xyz\n')
    const empty = path.join(dir, 'empty')
    expect(await runCli(['keygen', 'revoke', '--ca-dir', empty], {env})).toEqual({code: 2, stdout: '', stderr: `posattest: ${empty}/ca.pem: no such file or directory\n`})
  })
})
