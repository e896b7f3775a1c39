import {readFile, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {runCli, tempDir} from '../helpers/run-cli.js'
import {openSigningIdentity} from '../../src/signing/identity.js'
import {tool} from '../helpers/signing-fixtures.js'

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({dir, cleanup} = await tempDir()))
afterEach(() => cleanup())

const env = {POSATTEST_P12_PASSPHRASE: 'pw-1234'}

describe('posattest keygen', () => {
  it('writes signer.p12 (0600), signer.pem, ca.pem and ca-key.pem (0600), and says what each is for', async () => {
    const out = path.join(dir, 'keys')
    const result = await runCli(['keygen', '-o', out, '--cn', 'Jane Doe', '--org', 'Acme Retail Ltd', '--date', '2026-11-01', '--days', '30'], {env})
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const serial = /serial ([0-9a-f]{32})/.exec(result.stdout)?.[1]
    expect(result.stdout).toBe(
      `wrote ${out}/signer.p12 (private key AES-256-CBC, PBKDF2-HMAC-SHA256; mode 0600)\n` +
        `wrote ${out}/signer.pem (signer "Jane Doe", serial ${serial}, valid 2026-11-01 to 2026-12-01)\n` +
        `wrote ${out}/ca.pem (the trial CA: pass it to \`posattest verify --ca\` or to the acquirer as a trusted root)\n` +
        `wrote ${out}/ca-key.pem (the trial CA's key, encrypted with the same passphrase; mode 0600: for \`posattest keygen revoke\`)\n`,
    )
    expect((await stat(path.join(out, 'signer.p12'))).mode & 0o777).toBe(0o600)
    expect((await stat(path.join(out, 'ca-key.pem'))).mode & 0o777).toBe(0o600)
    // Encrypted under the keygen passphrase, readable by openssl.
    expect(await readFile(path.join(out, 'ca-key.pem'), 'utf8')).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/)
    expect(tool('openssl', ['pkey', '-in', path.join(out, 'ca-key.pem'), '-passin', 'pass:pw-1234', '-noout']).status).toBe(0)
    expect(tool('openssl', ['pkey', '-in', path.join(out, 'ca-key.pem'), '-passin', 'pass:wrong', '-noout']).status).not.toBe(0)
    const identity = openSigningIdentity(await readFile(path.join(out, 'signer.p12')), 'pw-1234', 'signer.p12')
    expect([identity.name, identity.organization, identity.issuer, identity.serial]).toEqual(['Jane Doe', 'Acme Retail Ltd', 'Acme Retail Ltd trial CA (posattest)', serial])
    expect(identity.notBefore.toISOString()).toBe('2026-11-01T00:00:00.000Z')
    expect(await readFile(path.join(out, 'ca.pem'), 'utf8')).toMatch(/^-----BEGIN CERTIFICATE-----\r?\n[\s\S]+-----END CERTIFICATE-----\r?\n$/)
    expect(identity.certificatesPem[0]!.replace(/\r/g, '')).toBe((await readFile(path.join(out, 'signer.pem'), 'utf8')).replace(/\r/g, ''))
  })

  it('reports the same in --json', async () => {
    const result = await runCli(['keygen', '-o', dir, '--date', '2026-11-01', '--json'], {env})
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual({
      p12: `${dir}/signer.p12`,
      signer: `${dir}/signer.pem`,
      ca: `${dir}/ca.pem`,
      caKey: `${dir}/ca-key.pem`,
      commonName: 'posattest trial signer',
      organization: null,
      serial: expect.stringMatching(/^[0-9a-f]{32}$/),
      notBefore: '2026-11-01T00:00:00.000Z',
      notAfter: '2027-11-01T00:00:00.000Z',
      keyEncryption: 'AES-256-CBC, PBKDF2-HMAC-SHA256',
    })
  })

  it('takes the passphrase from the variable --passphrase-env names', async () => {
    const result = await runCli(['keygen', '-o', dir, '--passphrase-env', 'MY_PASS'], {env: {MY_PASS: 'other-pw', POSATTEST_P12_PASSPHRASE: undefined}})
    expect(result.code).toBe(0)
    expect(openSigningIdentity(await readFile(path.join(dir, 'signer.p12')), 'other-pw', 'p12').name).toBe('posattest trial signer')
  })

  it('refuses to replace existing files without --force, and replaces them with it', async () => {
    await writeFile(path.join(dir, 'ca.pem'), 'old')
    expect(await runCli(['keygen', '-o', dir], {env})).toEqual({
      code: 2,
      stdout: '',
      stderr: `posattest: ${dir}/ca.pem already exists (use --force to replace it)\n`,
    })
    expect(await readFile(path.join(dir, 'ca.pem'), 'utf8')).toBe('old')
    expect((await runCli(['keygen', '-o', dir, '--force'], {env})).code).toBe(0)
    expect(await readFile(path.join(dir, 'ca.pem'), 'utf8')).toContain('BEGIN CERTIFICATE')
  })

  it.each([
    [[], {POSATTEST_P12_PASSPHRASE: undefined}, 'no passphrase: set POSATTEST_P12_PASSPHRASE or name a variable with --passphrase-env (a prompt needs a terminal)'],
    [['--passphrase-env', 'UNSET_VAR'], {UNSET_VAR: undefined}, 'no passphrase: the environment variable UNSET_VAR is not set'],
    [['--passphrase-env', 'not a name'], {}, '--passphrase-env must name an environment variable, not "not a name"'],
    [[], {POSATTEST_P12_PASSPHRASE: ''}, 'the passphrase must not be empty'],
    [['--date', '2026-11'], env, '--date must be a day (YYYY-MM-DD), not 2026-11'],
    [['--cn', ''], env, '--cn must be 1 to 64 characters'],
  ])('exits 2 with one line for %j', async (flags, extraEnv, message) => {
    const result = await runCli(['keygen', '-o', path.join(dir, 'k'), ...flags], {env: extraEnv})
    expect(result).toEqual({code: 2, stdout: '', stderr: `posattest: ${message}\n`})
  })

  it('rejects --days outside 1 to 3650 as a usage error', async () => {
    const result = await runCli(['keygen', '-o', dir, '--days', '0'], {env})
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'posattest: Parsing --days Expected an integer greater than or equal to 1 but received: 0 (see posattest keygen --help)\n',
    })
  })
})

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
