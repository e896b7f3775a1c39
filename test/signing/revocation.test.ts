import {beforeAll, describe, expect, it} from 'vitest'
import {parseCrlFile} from '../../src/signing/revocation.js'
import {verifySignature} from '../../src/signing/verify.js'
import {day, makeCertificate, makeCrl, signedTestReport, type Identity} from '../helpers/pki.js'

let root: Identity
let intermediate: Identity
let signer: Identity
let tsaRoot: Identity
let tsa: Identity
beforeAll(async () => {
  const valid = {notBefore: day('2026-01-01'), notAfter: day('2031-01-01')}
  root = await makeCertificate({cn: 'Root', ca: {pathLen: 1}, ...valid})
  intermediate = await makeCertificate({cn: 'Issuing CA', issuer: root, ca: {pathLen: 0}, ...valid})
  signer = await makeCertificate({cn: 'Signer', o: 'Merchant Ltd', issuer: intermediate, ...valid})
  tsaRoot = await makeCertificate({cn: 'TSA Root', ca: {pathLen: 0}, ...valid})
  tsa = await makeCertificate({cn: 'TSA', issuer: tsaRoot, ...valid, keyUsage: ['digitalSignature'], extKeyUsage: {purposes: ['1.3.6.1.5.5.7.3.8'], critical: true}})
})

const signingTime = new Date('2026-06-01T10:00:00Z')
const checkedAt = new Date('2026-09-01T00:00:00Z')
const crlOf = (pem: string) => ({bytes: Buffer.from(pem), source: 'test.crl'})
const fresh = {thisUpdate: day('2026-08-01'), nextUpdate: day('2026-12-01')}

describe('revocation by CRL', () => {
  it('fails a revoked signer with the revocation date and reason', async () => {
    const pdf = await signedTestReport({signer, chain: [intermediate], signingTime})
    const issuing = await makeCrl(intermediate, {...fresh, revoked: [{serial: signer.certificate, date: day('2026-07-15'), reason: 1}]})
    const rootCrl = await makeCrl(root, fresh)
    const result = await verifySignature(pdf, {trustedRoots: [root.pem], validationTime: checkedAt, crls: [crlOf(issuing.pem + rootCrl.pem)]})
    expect(result.reasons).toEqual([{code: 'certificate-revoked', message: 'certificate "Signer" was revoked on 2026-07-15T00:00:00Z (keyCompromise)'}])
    expect(result.revocation).toMatchObject({
      source: 'supplied',
      certificates: [
        {certificate: 'Signer', status: 'revoked', revokedAt: '2026-07-15T00:00:00.000Z', reason: 'keyCompromise'},
        {certificate: 'Issuing CA', status: 'good'},
      ],
    })
  })

  it('lets a signature timestamped before the revocation stand, with a note', async () => {
    const pdf = await signedTestReport({signer, chain: [intermediate], signingTime, timestamp: {tsa, genTime: signingTime}})
    const issuing = await makeCrl(intermediate, {...fresh, revoked: [{serial: signer.certificate, date: day('2026-07-15'), reason: 4}]})
    const result = await verifySignature(pdf, {trustedRoots: [root.pem], timestampRoots: [tsaRoot.pem], validationTime: checkedAt, crls: [crlOf(issuing.pem)]})
    expect([result.trusted, result.reasons]).toEqual([true, []])
    expect(result.notes.map((n) => n.code)).toEqual(['revoked-after-timestamp'])
  })

  it('reports a stale CRL, and fails on it or on a missing CRL when revocation is required', async () => {
    const pdf = await signedTestReport({signer, chain: [intermediate], signingTime})
    const stale = await makeCrl(intermediate, {thisUpdate: day('2026-06-01'), nextUpdate: day('2026-07-01')})
    const lenient = await verifySignature(pdf, {trustedRoots: [root.pem], validationTime: checkedAt, crls: [crlOf(stale.pem)]})
    expect([lenient.trusted, lenient.notes.map((n) => n.code)]).toEqual([true, ['crl-stale']])
    expect(lenient.revocation.certificates[0]).toMatchObject({status: 'unknown', crl: {stale: true, nextUpdate: '2026-07-01T00:00:00.000Z'}})
    const strict = await verifySignature(pdf, {trustedRoots: [root.pem], validationTime: checkedAt, crls: [crlOf(stale.pem)], requireRevocation: true})
    expect(strict.reasons.map((r) => r.code)).toEqual(['crl-stale', 'revocation-unknown'])
    expect(strict.reasons[1]!.message).toBe('no CRL signed by "Root" gives the status of certificate "Issuing CA"')
  })

  it('does not take a CRL that its issuer did not sign', async () => {
    const pdf = await signedTestReport({signer, chain: [intermediate], signingTime})
    const impostor = await makeCertificate({cn: 'Issuing CA', ca: {pathLen: 0}, notBefore: day('2026-01-01'), notAfter: day('2031-01-01')})
    const forged = await makeCrl(impostor, {...fresh, revoked: [{serial: signer.certificate, date: day('2026-07-15')}]})
    const result = await verifySignature(pdf, {trustedRoots: [root.pem], validationTime: checkedAt, crls: [crlOf(forged.pem)], requireRevocation: true})
    expect(result.reasons.map((r) => r.code)).toEqual(['revocation-unknown', 'revocation-unknown'])
  })

  it('uses the CRLs embedded in the signature when none is supplied (DER or PEM both read)', async () => {
    const issuing = await makeCrl(intermediate, {...fresh, revoked: [{serial: signer.certificate, date: day('2026-07-15')}]})
    const rootCrl = await makeCrl(root, fresh)
    const pdf = await signedTestReport({signer, chain: [intermediate], signingTime, embeddedCrls: [issuing.crl, rootCrl.crl]})
    const result = await verifySignature(pdf, {trustedRoots: [root.pem], validationTime: checkedAt, requireRevocation: true})
    expect(result.revocation.source).toBe('embedded')
    expect(result.reasons).toEqual([{code: 'certificate-revoked', message: 'certificate "Signer" was revoked on 2026-07-15T00:00:00Z (unspecified)'}])
    const supplied = await verifySignature(pdf, {trustedRoots: [root.pem], validationTime: checkedAt, crls: [{bytes: (await makeCrl(intermediate, fresh)).der, source: 'x'}, crlOf(rootCrl.pem)]})
    expect([supplied.revocation.source, supplied.trusted]).toEqual(['supplied', true])
    expect(() => parseCrlFile(Buffer.from('not a crl'), 'notes.txt')).toThrow(/^notes\.txt: not a CRL/)
  })
})
