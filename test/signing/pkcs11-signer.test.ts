import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {createSign, generateKeyPairSync, verify} from 'node:crypto'
import {ecdsaDer, openPkcs11Identity} from '../../src/signing/pkcs11-signer.js'
import {signWithIdentity} from '../../src/signing/sign.js'
import {verifySignature} from '../../src/signing/verify.js'
import {FIXTURES, runCli, tempDir} from '../helpers/run-cli.js'
import {createTestToken, hasSoftHsm, SOFTHSM_MODULE, type TestToken, withTokenEnv} from '../helpers/softhsm.js'
import {makeReportPdf, tool} from '../helpers/signing-fixtures.js'

if (!hasSoftHsm) console.warn(`skipping the PKCS#11 tests: ${SOFTHSM_MODULE} is missing (apt-get install softhsm2; .ci/run installs it)`)

describe('ecdsaDer', () => {
  it('turns the r||s a token returns into the DER Ecdsa-Sig-Value CMS carries', () => {
    const {privateKey, publicKey} = generateKeyPairSync('ec', {namedCurve: 'P-256'})
    for (let i = 0; i < 20; i++) {
      const data = Buffer.from(`message ${i}`)
      const raw = createSign('sha256').update(data).sign({key: privateKey, dsaEncoding: 'ieee-p1363'})
      expect(verify('sha256', data, publicKey, ecdsaDer(raw))).toBe(true)
    }
  })
})

describe.skipIf(!hasSoftHsm)('signing with a key on a PKCS#11 token (SoftHSM2)', () => {
  let token: TestToken
  let dir: string
  let cleanup: () => Promise<void>
  beforeAll(async () => {
    ;({dir, cleanup} = await tempDir('posattest-pkcs11-'))
    token = await createTestToken()
  })
  afterAll(async () => {
    await token?.stop()
    await cleanup()
  })

  it('signs in-process with C_Sign, the certificate read from the token', async () => {
    await withTokenEnv(token, async () => {
      const identity = await openPkcs11Identity({module: token.module, token: token.label, key: token.keyId, pin: token.pin})
      try {
        expect([identity.name, identity.organization, identity.serial, identity.key.algorithm]).toEqual(['Token Signer', 'Posattest Token Tests', '5eed0001', 'rsa'])
        const signed = await signWithIdentity(await makeReportPdf(), identity, {signingTime: new Date()})
        expect(await verifySignature(signed, {trustedRoots: [token.caPem]})).toMatchObject({valid: true, trusted: true, reasons: []})
      } finally {
        identity.close()
      }
    })
  })

  it('report --sign --pkcs11-module: pdfsig calls it valid and verify --ca trusts it', async () => {
    const output = path.join(dir, 'token-signed.pdf')
    const env = {...token.env, POSATTEST_PKCS11_PIN: token.pin, SOURCE_DATE_EPOCH: undefined}
    const made = await runCli(
      ['report', path.join(FIXTURES, 'report/answers/answers.yaml'), '-o', output, '--sign', '--pkcs11-module', token.module, '--pkcs11-token', token.label, '--pkcs11-key', token.keyLabel],
      {env},
    )
    expect(made.stderr).toMatch(/, signed by Token Signer\n$/)
    expect(made.code).toBe(0)
    const pdfsig = tool('pdfsig', [output]).output
    expect(pdfsig).toContain('Signature is Valid.')
    expect(pdfsig).toContain('Total document signed')
    const verified = await runCli(['verify', output, '--ca', token.caFile], {env})
    expect(verified.code).toBe(0)
    expect(verified.stdout).toContain(': valid and trusted')
  })

  it('sign --pkcs11-module with --cert and the PIN from --pin-env', async () => {
    const input = path.join(dir, 'plain.pdf')
    await writeFile(input, await makeReportPdf())
    const certFile = path.join(dir, 'token-cert.pem')
    const identity = await withTokenEnv(token, () => openPkcs11Identity({module: token.module, key: token.keyLabel, pin: token.pin}))
    identity.close()
    await writeFile(certFile, identity.certificatesPem.join('') + token.caPem)
    const output = path.join(dir, 'sign-token.pdf')
    const result = await runCli(
      ['sign', input, '-o', output, '--pkcs11-module', token.module, '--pkcs11-key', token.keyLabel, '--cert', certFile, '--pin-env', 'MY_PIN'],
      {env: {...token.env, MY_PIN: token.pin}},
    )
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('signer: Token Signer (serial 5eed0001')
    expect(tool('pdfsig', [output]).output).toContain('Signature is Valid.')
  })

  it('signs with an EC P-256 key on the token (CKM_ECDSA over the SHA-256 digest)', async () => {
    const ecToken = await createTestToken({label: 'posattest-ec', keyType: 'ec'})
    try {
      const output = path.join(dir, 'ec-token.pdf')
      const env = {...ecToken.env, POSATTEST_PKCS11_PIN: ecToken.pin}
      const made = await runCli(['report', path.join(FIXTURES, 'report/answers/answers.yaml'), '-o', output, '--sign', '--pkcs11-module', ecToken.module, '--pkcs11-key', ecToken.keyLabel], {env})
      expect(made.code).toBe(0)
      expect(tool('pdfsig', [output]).output).toContain('Signature is Valid.')
      const verified = await runCli(['verify', output, '--ca', ecToken.caFile], {env})
      expect(verified.code).toBe(0)
      expect(verified.stdout).toContain(': valid and trusted')
      expect(verified.stdout).toContain('serial 5eed0002')
    } finally {
      await ecToken.stop()
    }
  })

  it('exits 2 with one line for a wrong PIN, an unknown key or token, and no PIN', async () => {
    const base = ['report', path.join(FIXTURES, 'report/result.json'), '-o', path.join(dir, 'never.pdf'), '--sign', '--pkcs11-module', token.module]
    const where = `${token.module} token "${token.label}"`
    const cases: Array<[string[], Record<string, string | undefined>, string]> = [
      [['--pkcs11-token', token.label, '--pkcs11-key', token.keyLabel], {POSATTEST_PKCS11_PIN: '000000'}, `${where}: wrong PIN`],
      [['--pkcs11-token', token.label, '--pkcs11-key', 'nobody'], {POSATTEST_PKCS11_PIN: token.pin}, `${where}: no private key with label or id nobody`],
      [['--pkcs11-token', 'other', '--pkcs11-key', token.keyLabel], {POSATTEST_PKCS11_PIN: token.pin}, `${token.module} token "other": no such token`],
      [['--pkcs11-key', token.keyLabel], {POSATTEST_PKCS11_PIN: undefined}, 'no PIN: set POSATTEST_PKCS11_PIN or name a variable with --pin-env (a prompt needs a terminal)'],
    ]
    for (const [args, env, message] of cases) {
      expect(await runCli([...base, ...args], {env: {...token.env, ...env}}), message).toEqual({code: 2, stdout: '', stderr: `posattest: ${message}\n`})
    }
    const notModule = await runCli([...base.slice(0, -1), path.join(FIXTURES, 'report/result.json'), '--pkcs11-key', 'x'], {env: {POSATTEST_PKCS11_PIN: '1'}})
    expect(notModule.code).toBe(2)
    expect(notModule.stderr).toMatch(/^posattest: .*result\.json: cannot load the PKCS#11 module: .*\n$/)
  })
})
