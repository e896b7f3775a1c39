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
      stderr: `posattest: ${dir}/ca.pem already exists (try: --force, to replace it)\n`,
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
      stderr: 'posattest: Parsing --days Expected an integer greater than or equal to 1 but received: 0 (try: posattest keygen --help)\n',
    })
  })
})
