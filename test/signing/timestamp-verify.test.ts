import {beforeAll, describe, expect, it} from 'vitest'
import {verifySignature} from '../../src/signing/verify.js'
import {makeOpensslTsa} from '../helpers/openssl-tsa.mjs'
import {day, makeCertificate, signedTestReport, type Identity} from '../helpers/pki.js'
import {tempDir} from '../helpers/run-cli.js'

// A merchant CA and signer valid 2026-01-01 to 2027-01-01, and a TSA whose certificate outlives them.
let root: Identity
let signer: Identity
let tsaRoot: Identity
let tsa: Identity
beforeAll(async () => {
  root = await makeCertificate({cn: 'Test Root', ca: {pathLen: 1}, notBefore: day('2025-01-01'), notAfter: day('2040-01-01')})
  signer = await makeCertificate({cn: 'Priya Shah', o: 'Golden Dragon Catering (Shanghai) Co., Ltd.', issuer: root, notBefore: day('2026-01-01'), notAfter: day('2027-01-01')})
  tsaRoot = await makeCertificate({cn: 'Test TSA Root', ca: {pathLen: 0}, notBefore: day('2025-01-01'), notAfter: day('2045-01-01')})
  tsa = await makeCertificate({
    cn: 'Test TSA',
    issuer: tsaRoot,
    notBefore: day('2025-01-01'),
    notAfter: day('2040-01-01'),
    keyUsage: ['digitalSignature'],
    extKeyUsage: {purposes: ['1.3.6.1.5.5.7.3.8'], critical: true},
  })
})

const signingTime = new Date('2026-06-01T10:00:00Z')
const genTime = new Date('2026-06-01T10:00:05Z')

describe('a signature timestamp', () => {
  it('makes the chain count at genTime: the report still verifies three years later, after the signer expired', async () => {
    const pdf = await signedTestReport({signer, signingTime, timestamp: {tsa, genTime}})
    const later = new Date('2029-06-01T00:00:00Z')
    const result = await verifySignature(pdf, {trustedRoots: [root.pem], timestampRoots: [tsaRoot.pem], validationTime: later})
    expect(result).toMatchObject({
      valid: true,
      trusted: true,
      reasons: [],
      signingTime: signingTime.toISOString(),
      trustedTime: genTime.toISOString(),
      validationTime: genTime.toISOString(),
      validationTimeSource: 'trusted-timestamp',
      verifiedAt: later.toISOString(),
      timestamp: {present: true, valid: true, trusted: true, genTime: genTime.toISOString(), problems: []},
    })
    expect(result.timestamp.tsa.map((c) => c.subject)).toEqual(['CN=Test TSA', 'CN=Test TSA Root'])
    expect(result.chain.map((c) => c.subject)).toEqual(['O=Golden Dragon Catering (Shanghai) Co., Ltd., CN=Priya Shah', 'CN=Test Root'])
  })

  it('without one, the same signature fails three years later: the chain counts at the verifier time', async () => {
    const pdf = await signedTestReport({signer, signingTime})
    const result = await verifySignature(pdf, {trustedRoots: [root.pem], validationTime: new Date('2029-06-01T00:00:00Z')})
    expect(result).toMatchObject({valid: true, trusted: false, trustedTime: null, validationTimeSource: 'verifier-clock', validationTime: '2029-06-01T00:00:00.000Z'})
    expect(result.reasons).toEqual([{code: 'certificate-expired', message: 'certificate "Priya Shah" expired on 2027-01-01T00:00:00Z (checked at 2029-06-01T00:00:00Z)'}])
  })

  it('does not rescue a certificate that had already expired at genTime', async () => {
    const late = new Date('2027-03-01T00:00:00Z')
    const pdf = await signedTestReport({signer, signingTime: late, timestamp: {tsa, genTime: late}})
    const result = await verifySignature(pdf, {trustedRoots: [root.pem], timestampRoots: [tsaRoot.pem], validationTime: new Date('2027-03-02T00:00:00Z')})
    expect(result.validationTimeSource).toBe('trusted-timestamp')
    expect(result.reasons.map((r) => r.code)).toEqual(['certificate-expired'])
  })

  it('is refused when it is not over the signature value', async () => {
    const pdf = await signedTestReport({signer, signingTime, timestamp: {tsa, genTime, imprintOf: Buffer.from('something else')}})
    const result = await verifySignature(pdf, {trustedRoots: [root.pem], timestampRoots: [tsaRoot.pem], validationTime: genTime})
    expect(result.trusted).toBe(false)
    expect(result.timestamp).toMatchObject({present: true, valid: false, trusted: false, genTime: null})
    expect(result.reasons.map((r) => r.code)).toEqual(['timestamp-imprint-mismatch'])
  })

  it('is refused when its signature is not the TSA certificate\'s', async () => {
    const pdf = await signedTestReport({signer, signingTime, timestamp: {tsa, genTime, signingKey: signer.privateKey}})
    const result = await verifySignature(pdf, {trustedRoots: [root.pem], timestampRoots: [tsaRoot.pem], validationTime: genTime})
    expect(result.reasons).toEqual([{code: 'timestamp-signature-invalid', message: "the timestamp token does not hold: its signature does not verify with the timestamp authority's certificate"}])
  })

  it('from a certificate that is not a TSA\'s, or a TSA not under the timestamp roots, gives no trusted time', async () => {
    const notTsa = await makeCertificate({cn: 'Not A TSA', issuer: tsaRoot, notBefore: day('2025-01-01'), notAfter: day('2040-01-01'), extKeyUsage: {purposes: ['1.3.6.1.5.5.7.3.8'], critical: false}})
    const pdf = await signedTestReport({signer, signingTime, timestamp: {tsa: notTsa, genTime}})
    const result = await verifySignature(pdf, {trustedRoots: [root.pem], timestampRoots: [tsaRoot.pem], validationTime: genTime})
    expect([result.trusted, result.trustedTime, result.validationTimeSource]).toEqual([true, null, 'verifier-clock'])
    expect(result.notes.map((n) => n.code)).toEqual(['timestamp-not-tsa'])

    const good = await signedTestReport({signer, signingTime, timestamp: {tsa, genTime}})
    const required = await verifySignature(good, {trustedRoots: [root.pem], timestampRoots: [root.pem], validationTime: genTime, requireTimestamp: true})
    expect(required.reasons.map((r) => r.code)).toEqual(['timestamp-untrusted'])
  })

  it('is required when the verifier says so', async () => {
    const pdf = await signedTestReport({signer, signingTime})
    const result = await verifySignature(pdf, {trustedRoots: [root.pem], validationTime: genTime, requireTimestamp: true})
    expect(result.reasons).toEqual([{code: 'timestamp-missing', message: 'the signature carries no timestamp and one is required'}])
  })

  it('refuses a signature dated after the time of verification', async () => {
    const pdf = await signedTestReport({signer, signingTime})
    const result = await verifySignature(pdf, {trustedRoots: [root.pem], validationTime: new Date('2026-05-31T00:00:00Z')})
    expect(result.reasons.map((r) => r.code)).toEqual(['signed-in-future'])
  })
})

describe('a token from openssl ts -reply', () => {
  it('gives a trusted time, and is refused once its imprint does not match', async () => {
    const {dir, cleanup} = await tempDir('posattest-openssl-tsa-')
    try {
      const opensslTsa = makeOpensslTsa(dir)
      const now = new Date()
      const longLived = await makeCertificate({cn: 'Signer', issuer: root, notBefore: day('2025-01-01'), notAfter: day('2039-01-01')})
      const pdf = await signedTestReport({signer: longLived, signingTime: now, timestampToken: (value) => opensslTsa.token(value)})
      const result = await verifySignature(pdf, {trustedRoots: [root.pem], timestampRoots: [opensslTsa.rootPem], validationTime: new Date(now.getTime() + 60_000)})
      expect(result).toMatchObject({trusted: true, reasons: [], validationTimeSource: 'trusted-timestamp', timestamp: {trusted: true}})
      expect(Math.abs(Date.parse(result.trustedTime!) - now.getTime())).toBeLessThan(60_000)
      expect(result.timestamp.tsa.map((c) => c.subject)).toEqual(['CN=OpenSSL TSA', 'CN=OpenSSL TSA Root'])

      const elsewhere = await signedTestReport({signer: longLived, signingTime: now, timestampToken: () => opensslTsa.token(Buffer.from('other'))})
      expect((await verifySignature(elsewhere, {trustedRoots: [root.pem], timestampRoots: [opensslTsa.rootPem], validationTime: new Date(now.getTime() + 60_000)})).reasons.map((r) => r.code)).toEqual(['timestamp-imprint-mismatch'])
    } finally {
      await cleanup()
    }
  })
})

describe('the ESS signing-certificate attribute of the signature', () => {
  it('must name the signer certificate, and must be there in a CAdES signature', async () => {
    const options = {trustedRoots: [root.pem], validationTime: genTime}
    const other = await signedTestReport({signer, signingTime, essCertificate: root})
    expect((await verifySignature(other, options)).reasons.map((r) => r.code)).toEqual(['signing-certificate-mismatch'])
    const cades = await signedTestReport({signer, signingTime, subFilter: 'ETSI.CAdES.detached'})
    expect(await verifySignature(cades, options)).toMatchObject({subFilter: 'ETSI.CAdES.detached', trusted: true, reasons: []})
    const bare = await signedTestReport({signer, signingTime, subFilter: 'ETSI.CAdES.detached', essCertificate: null})
    expect((await verifySignature(bare, options)).reasons.map((r) => r.code)).toEqual(['signing-certificate-missing'])
    expect((await verifySignature(await signedTestReport({signer, signingTime, subFilter: 'adbe.pkcs7.detached', essCertificate: null}), options)).reasons).toEqual([])
  })
})
