import {readFileSync} from 'node:fs'
import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {tempDir} from '../helpers/run-cli.js'
import {signPdf} from '../../src/signing/sign.js'
import {findSignatureDictionaries} from '../../src/signing/signature-dictionary.js'
import {parseCertificatesPem} from '../../src/signing/certificates.js'
import {summarizeCertificate} from '../../src/signing/path-validation.js'
import {verifySignature, type SignatureVerification} from '../../src/signing/verify.js'
import {makeReportPdf, OTHER_CA, seededRandom, SIGNING, SIGNING_TIME, tool, TRIAL_CA, trialIdentity} from '../helpers/signing-fixtures.js'

const placeholder = {name: 'Test Signer 测试', reason: 'Annual attestation', location: 'Shanghai'}
const CA_NAME = 'Posattest Test Merchant trial CA (posattest)'
const signerPem = readFileSync(path.join(SIGNING, 'trial/signer.pem'), 'utf8')
const serial = /Serial Number:\s*\n?\s*([0-9a-f:]+)/.exec(tool('openssl', ['x509', '-noout', '-text', '-in', path.join(SIGNING, 'trial/signer.pem')]).output)![1]!.replace(/:/g, '')

let signed: Buffer
let dir: string
let cleanup: () => Promise<void>
beforeAll(async () => {
  ;({dir, cleanup} = await tempDir('posattest-verify-'))
  signed = await signPdf(await makeReportPdf({placeholder}), trialIdentity(), SIGNING_TIME)
})
afterAll(() => cleanup())

function gapOf(pdf: Buffer): {start: number; end: number} {
  const [, length1, start2] = findSignatureDictionaries(pdf).at(-1)!.byteRange!
  return {start: length1, end: start2}
}

/** Where a certificate's DER sits in the file, as the offset of its first hex digit inside /Contents. */
function hexOffsetOf(pdf: Buffer, der: Buffer): number {
  const {start, end} = gapOf(pdf)
  const cms = Buffer.from(pdf.subarray(start + 1, end - 1).toString('latin1'), 'hex')
  const at = cms.indexOf(der)
  expect(at).toBeGreaterThan(0)
  return start + 1 + 2 * at
}

const derOf = (pem: string): Buffer => Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64')

/** Replaces the hex digit at `position` by another hex digit, so the CMS changes but stays hex. */
function changeHexDigit(pdf: Buffer, position: number, pick = 1): Buffer {
  const copy = Buffer.from(pdf)
  const digits = '0123456789abcdef'
  const current = digits.indexOf(String.fromCharCode(copy[position]!).toLowerCase())
  copy[position] = digits.charCodeAt((current + pick) % 16)
  return copy
}

describe('verifySignature on an intact signature', () => {
  it('is valid and trusted with the signing CA, and reports who, when and why', async () => {
    const verifiedAt = new Date('2026-12-01T00:00:00Z')
    const result = await verifySignature(signed, {trustedRoots: [TRIAL_CA], validationTime: verifiedAt})
    const [, length1, start2, length2] = findSignatureDictionaries(signed)[0]!.byteRange!
    const [signerCertificate, caCertificate] = parseCertificatesPem(signerPem + TRIAL_CA, 'test')
    expect(result).toEqual<SignatureVerification>({
      signed: true,
      valid: true,
      trusted: true,
      coversWholeFile: true,
      modification: null,
      chain: [summarizeCertificate(signerCertificate!), summarizeCertificate(caCertificate!)],
      trustedTime: null,
      validationTime: '2026-12-01T00:00:00.000Z',
      validationTimeSource: 'verifier-clock',
      verifiedAt: '2026-12-01T00:00:00.000Z',
      timestamp: {present: false, valid: false, trusted: false, genTime: null, tsa: [], problems: []},
      revocation: {source: 'none', required: false, certificates: [{certificate: 'Test Signer 测试', serial, status: 'unknown'}], problems: [], notes: []},
      notes: [],
      signer: {
        cn: 'Test Signer 测试',
        org: 'Posattest Test Merchant',
        serial,
        issuer: CA_NAME,
        subject: 'CN=Test Signer 测试, O=Posattest Test Merchant',
        notBefore: '2026-01-01T00:00:00.000Z',
        notAfter: '2035-12-30T00:00:00.000Z',
        sha256: summarizeCertificate(signerCertificate!).sha256,
      },
      signingTime: '2026-11-24T10:00:00.000Z',
      name: 'Test Signer 测试',
      reason: 'Annual attestation',
      location: 'Shanghai',
      contactInfo: '',
      subFilter: 'ETSI.CAdES.detached',
      byteRange: [0, length1, start2, length2],
      signatureCount: 1,
      reasons: [],
    })
    expect(start2 + length2).toBe(signed.length)
    expect(signerPem).toContain('BEGIN CERTIFICATE')
  })

  it('is valid but untrusted without trusted roots', async () => {
    const result = await verifySignature(signed, {trustedRoots: []})
    expect([result.valid, result.trusted, result.reasons]).toEqual([
      true,
      false,
      [{code: 'no-trusted-roots', message: 'no trusted root certificate was given, so the signer cannot be trusted'}],
    ])
  })

  it('is valid but untrusted with another CA as the only root', async () => {
    const result = await verifySignature(signed, {trustedRoots: [OTHER_CA]})
    expect([result.valid, result.trusted, result.reasons]).toEqual([
      true,
      false,
      [{code: 'chain-untrusted', message: 'certificate "Test Signer 测试" does not chain to a trusted root'}],
    ])
  })

  it('is trusted when the signing CA is one of several roots in one PEM text', async () => {
    expect((await verifySignature(signed, {trustedRoots: [OTHER_CA + TRIAL_CA]})).trusted).toBe(true)
  })

  it('rejects trusted roots that are not PEM certificates', async () => {
    await expect(verifySignature(signed, {trustedRoots: ['hello']})).rejects.toThrow(
      'trusted root 1: no PEM certificate (-----BEGIN CERTIFICATE-----) found',
    )
  })
})

describe('verifySignature on a changed file', () => {
  it('finds every one of 200 seeded single-byte changes, anywhere in the file', async () => {
    const random = seededRandom(20261124)
    const {start, end} = gapOf(signed)
    const cmsHexEnd = start + 1 + 2 * signed.subarray(start + 1, end - 1).toString('latin1').replace(/(00)+$/, '').length / 2
    // Uniform over the file, plus a share forced into the CMS, its padding and the gap's delimiters.
    const positions = new Set<number>([start, end - 1])
    while (positions.size < 140) positions.add(Math.floor(random() * signed.length))
    while (positions.size < 180) positions.add(start + 1 + Math.floor(random() * (cmsHexEnd - start - 1)))
    while (positions.size < 200) positions.add(cmsHexEnd + Math.floor(random() * (end - 1 - cmsHexEnd)))

    const undetected: number[] = []
    for (const position of positions) {
      const insideHex = position > start && position < end - 1
      const changed = insideHex ? changeHexDigit(signed, position, 1 + Math.floor(random() * 15)) : Buffer.from(signed)
      if (!insideHex) changed[position] = changed[position]! ^ (1 + Math.floor(random() * 255))
      const result = await verifySignature(changed, {trustedRoots: [TRIAL_CA]})
      if (result.valid || result.trusted || result.reasons.length === 0) undetected.push(position)
    }
    expect(undetected).toEqual([])
    expect([...positions].filter((p) => p > start && p < cmsHexEnd).length).toBeGreaterThanOrEqual(40)
  })

  it('agrees with pdfsig on 30 seeded changes inside the signed ranges', async () => {
    const random = seededRandom(7)
    const {start, end} = gapOf(signed)
    const verdicts: string[] = []
    for (let index = 0; index < 30; index++) {
      let position = Math.floor(random() * (signed.length - (end - start)))
      if (position >= start) position += end - start
      const changed = Buffer.from(signed)
      changed[position] = changed[position]! ^ (1 + Math.floor(random() * 255))
      const file = path.join(dir, `flip-${index}.pdf`)
      await writeFile(file, changed)
      const pdfsig = tool('pdfsig', [file]).output
      const ours = await verifySignature(changed, {trustedRoots: [TRIAL_CA]})
      verdicts.push(`${position}: pdfsig ${pdfsig.includes('Signature is Valid.') ? 'valid' : 'not valid'}, ours ${ours.valid ? 'valid' : 'invalid'}`)
    }
    expect(verdicts.filter((line) => !line.endsWith('pdfsig not valid, ours invalid'))).toEqual([])
  })

  it('names a change of the signed bytes', async () => {
    const changed = Buffer.from(signed)
    changed.write('X', changed.indexOf('Test report'), 'latin1')
    expect((await verifySignature(changed, {trustedRoots: [TRIAL_CA]})).reasons).toEqual([
      {code: 'digest-mismatch', message: 'the signed bytes were changed after signing (the message digest does not match)'},
    ])
  })

  it('names bytes appended after signing, and an appended revision', async () => {
    const appended = Buffer.concat([signed, Buffer.from('\n% more\n')])
    const result = await verifySignature(appended, {trustedRoots: [TRIAL_CA]})
    expect([result.valid, result.coversWholeFile, result.reasons]).toEqual([
      false,
      false,
      [{code: 'bytes-appended', message: `8 bytes were appended after signing (the signature covers bytes up to ${signed.length} of ${signed.length + 8})`}],
    ])
    const revision = Buffer.concat([signed, Buffer.from('\n99 0 obj\n<< /Title (Changed) >>\nendobj\ntrailer\n<< /Info 99 0 R >>\n%%EOF\n')])
    expect((await verifySignature(revision, {trustedRoots: [TRIAL_CA]})).reasons.map((r) => r.code)).toEqual(['bytes-appended'])
  })

  it('names a truncated file', async () => {
    const truncated = signed.subarray(0, signed.length - 100)
    expect((await verifySignature(truncated, {trustedRoots: [TRIAL_CA]})).reasons).toEqual([
      {code: 'truncated-pdf', message: 'truncated or damaged PDF (it does not end with %%EOF)'},
    ])
  })

  it('names a signature value that no longer verifies', async () => {
    const {start, end} = gapOf(signed)
    const cmsHex = signed.subarray(start + 1, end - 1).toString('latin1').replace(/(00)+$/, '')
    // The RSA signature value is the last 256 bytes of the CMS.
    const changed = changeHexDigit(signed, start + 1 + cmsHex.length - 20)
    expect((await verifySignature(changed, {trustedRoots: [TRIAL_CA]})).reasons).toEqual([
      {code: 'signature-value-invalid', message: "the signature value does not verify with the signer's certificate"},
    ])
  })

  it('names non-zero bytes in the padding after the CMS', async () => {
    const {end} = gapOf(signed)
    const changed = changeHexDigit(signed, end - 10)
    expect((await verifySignature(changed, {trustedRoots: [TRIAL_CA]})).reasons).toEqual([
      {code: 'cms-trailing-bytes', message: '/Contents holds bytes after the signature that are not zero padding'},
    ])
  })

  it('names an altered copy of the CA in the signature, though the trusted root itself is intact', async () => {
    const ca = derOf(TRIAL_CA)
    // The last byte of the CA certificate belongs to its signature value.
    const changed = changeHexDigit(signed, hexOffsetOf(signed, ca) + 2 * ca.length - 1)
    expect((await verifySignature(changed, {trustedRoots: [TRIAL_CA]})).reasons).toEqual([
      {code: 'carried-certificate-altered', message: `certificate "${CA_NAME}" in the signature does not verify against its issuer: it was altered`},
    ])
  })

  it('names a carried certificate whose issuer name was changed (it can no longer be checked)', async () => {
    const ca = derOf(TRIAL_CA)
    // The issuer name comes before the subject in the certificate: change the "t" of its "trial" to "x"
    // (names compare case-insensitively, so a change of case would still find the issuer).
    const at = ca.indexOf('trial CA')
    const changed = Buffer.from(signed)
    changed.write('8', hexOffsetOf(signed, ca) + 2 * at + 1, 'latin1') // 0x74 "t" becomes 0x78 "x"
    expect((await verifySignature(changed, {trustedRoots: [TRIAL_CA]})).reasons).toEqual([
      {
        code: 'carried-certificate-unverifiable',
        message:
          `certificate "${CA_NAME}" in the signature cannot be checked: its issuer "Posattest Test Merchant xrial CA (posattest)" ` +
          'is neither in the signature nor a trusted root',
      },
    ])
  })

  it('judges the signer certificate at the time of verification, not at the claimed signing time', async () => {
    const late = new Date('2036-06-01T00:00:00Z')
    const expired = await signPdf(await makeReportPdf({placeholder, time: late}), trialIdentity(), late)
    expect((await verifySignature(expired, {trustedRoots: [TRIAL_CA], validationTime: new Date('2036-06-02T00:00:00Z')})).reasons).toEqual([
      {code: 'certificate-expired', message: 'certificate "Test Signer 测试" expired on 2035-12-30T00:00:00Z (checked at 2036-06-02T00:00:00Z)'},
      {code: 'certificate-expired', message: `certificate "${CA_NAME}" expired on 2035-12-31T00:00:00Z (checked at 2036-06-02T00:00:00Z)`},
    ])
    expect((await verifySignature(expired, {trustedRoots: [TRIAL_CA], validationTime: SIGNING_TIME})).reasons).toEqual([
      {code: 'signed-in-future', message: 'the signature is dated 2036-06-01T00:00:00Z, after the time of verification 2026-11-24T10:00:00Z'},
    ])
  })
})

describe('verifySignature on files that are not signed', () => {
  it('says so for a PDF without signature, an empty placeholder, and a file that is not a PDF', async () => {
    expect(await verifySignature(await makeReportPdf(), {trustedRoots: []})).toMatchObject({signed: false, valid: false, reasons: [{code: 'no-signature', message: 'no signature found'}]})
    expect(await verifySignature(await makeReportPdf({placeholder}), {trustedRoots: []})).toMatchObject({
      signed: false,
      signatureCount: 1,
      reasons: [{code: 'empty-signature-field', message: 'the signature field is empty: the file was prepared for signing but never signed'}],
    })
    expect(await verifySignature(Buffer.from('hello'), {trustedRoots: []})).toMatchObject({signed: false, reasons: [{code: 'not-a-pdf', message: 'not a PDF file (no %PDF- header)'}]})
  })
})
