import {readFileSync} from 'node:fs'
import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {tempDir} from '../helpers/run-cli.js'
import {assertValidAt, createTrialIdentity, openSigningIdentity} from '../../src/signing/identity.js'
import {PASSPHRASE, SIGNING, tool, TRIAL_P12} from '../helpers/signing-fixtures.js'

let dir: string
let cleanup: () => Promise<void>
beforeAll(async () => ({dir, cleanup} = await tempDir('posattest-identity-')))
afterAll(() => cleanup())

describe('createTrialIdentity', () => {
  it('makes a CA and a signer it issued, in a p12 that OpenSSL reads as AES-256 with PBKDF2-HMAC-SHA256', async () => {
    const notBefore = new Date('2026-03-01T00:00:00Z')
    const identity = createTrialIdentity({commonName: 'Zoë Müller', organization: 'Café & Co', notBefore, days: 30, passphrase: 'pw'})
    const files = {p12: path.join(dir, 'x.p12'), signer: path.join(dir, 'signer.pem'), ca: path.join(dir, 'ca.pem')}
    await writeFile(files.p12, identity.p12)
    await writeFile(files.signer, identity.signerPem)
    await writeFile(files.ca, identity.caPem)

    const info = tool('openssl', ['pkcs12', '-info', '-noout', '-in', files.p12, '-passin', 'pass:pw'])
    expect(info.output).toContain('Shrouded Keybag: PBES2, PBKDF2, AES-256-CBC, Iteration 10000, PRF hmacWithSHA256')
    expect(tool('openssl', ['verify', '-CAfile', files.ca, '-attime', String(notBefore.getTime() / 1000 + 60), files.signer]).output).toBe(
      `${files.signer}: OK\n`,
    )
    const text = tool('openssl', ['x509', '-noout', '-text', '-nameopt', 'utf8', '-in', files.signer]).output
    expect(text).toContain('Subject: CN=Zoë Müller, O=Café & Co')
    expect(text).toContain('Issuer: CN=Café & Co trial CA (posattest), O=Café & Co')
    expect(text).toContain('Not Before: Mar  1 00:00:00 2026 GMT')
    expect(text).toContain('Not After : Mar 31 00:00:00 2026 GMT')
    expect(text).toMatch(/X509v3 Key Usage: critical\s+Digital Signature, Non Repudiation/)
    expect(text).toMatch(/X509v3 Basic Constraints: critical\s+CA:FALSE/)
    expect(tool('openssl', ['x509', '-noout', '-text', '-in', files.ca]).output).toMatch(/X509v3 Basic Constraints: critical\s+CA:TRUE, pathlen:0/)

    const opened = openSigningIdentity(identity.p12, 'pw', 'x.p12')
    expect([opened.name, opened.organization, opened.issuer, opened.serial, opened.certificatesPem.length]).toEqual([
      'Zoë Müller',
      'Café & Co',
      'Café & Co trial CA (posattest)',
      identity.signerSerial,
      2,
    ])
  })
})

describe('openSigningIdentity', () => {
  const trial = readFileSync(TRIAL_P12)

  it('opens the trial fixture and checks validity at a time', () => {
    const identity = openSigningIdentity(trial, PASSPHRASE, 'signer.p12')
    expect(() => assertValidAt(identity, new Date('2026-11-24T00:00:00Z'))).not.toThrow()
    expect(() => assertValidAt(identity, new Date('2025-12-31T23:59:59Z'))).toThrow(
      'signer.p12: the signer certificate is valid from 2026-01-01T00:00:00.000Z to 2035-12-30T00:00:00.000Z, not at the signing time 2025-12-31T23:59:59.000Z',
    )
  })

  it.each([
    ['a wrong passphrase', trial, 'nope', 'signer.p12: wrong passphrase (the PKCS#12 integrity check failed)'],
    ['a cut-short file', readFileSync(path.join(SIGNING, 'corrupt.p12')), PASSPHRASE, 'signer.p12: not a PKCS#12 (.p12/.pfx) file: it cannot be parsed'],
    ['a PEM file', readFileSync(path.join(SIGNING, 'trial/ca.pem')), PASSPHRASE, 'signer.p12: not a PKCS#12 (.p12/.pfx) file: it cannot be parsed'],
  ])('names %s in one line', (_what, bytes, passphrase, message) => {
    expect(() => openSigningIdentity(bytes, passphrase, 'signer.p12')).toThrow(message)
  })
})

describe('openSigningIdentity with an EC key', () => {
  it('opens a P-256 key and its certificate, signing with ECDSA', async () => {
    const identity = openSigningIdentity(readFileSync(path.join(SIGNING, 'ec-key.p12')), PASSPHRASE, 'ec-key.p12')
    expect(identity.key.algorithm).toBe('ec')
    expect(identity.certificates).toHaveLength(1)
    // A DER Ecdsa-Sig-Value: SEQUENCE of two INTEGERs.
    const signature = Buffer.from(await identity.key.sign(Buffer.from('data')))
    expect(signature[0]).toBe(0x30)
  })
})
