import {createPrivateKey} from 'node:crypto'
import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import * as asn1js from 'asn1js'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {OID} from '../../src/signing/cms-signer.js'
import {issueCrl, parseCrl, revokedEntries, updateTrialCrl} from '../../src/signing/crl.js'
import {parseCertificatesPem} from '../../src/signing/certificates.js'
import {createTrialIdentity, openSigningIdentity} from '../../src/signing/identity.js'
import {signatureLengthFor} from '../../src/signing/placeholder.js'
import {signPdf, signWithIdentity} from '../../src/signing/sign.js'
import {verifySignature} from '../../src/signing/verify.js'
import {tempDir} from '../helpers/run-cli.js'
import {makeReportPdf, SIGNING_TIME, signatureOf, tool} from '../helpers/signing-fixtures.js'

let dir: string
let cleanup: () => Promise<void>
beforeAll(async () => ({dir, cleanup} = await tempDir('posattest-crl-')))
afterAll(() => cleanup())

const trial = createTrialIdentity({commonName: 'CRL Signer', notBefore: new Date('2026-01-01T00:00:00Z'), days: 3650, passphrase: 'pw'})
const crlOf = (serial?: string, previous?: string) =>
  updateTrialCrl({
    caPem: trial.caPem,
    caSource: 'ca.pem',
    caKeyPem: trial.caKeyPem,
    caKeySource: 'ca-key.pem',
    passphrase: 'pw',
    ...(previous ? {previous: {bytes: Buffer.from(previous), source: 'ca.crl'}} : {}),
    ...(serial ? {serial} : {}),
    reason: 'superseded',
    date: SIGNING_TIME,
    nextUpdateDays: 30,
  })

describe('updateTrialCrl', () => {
  it('lists what was revoked before and now, and reads back', () => {
    const first = crlOf('0a0b')
    const second = crlOf('ff01', first.pem)
    expect(second.number).toBe(2n)
    const {crl} = parseCrl(Buffer.from(second.pem), 'ca.crl')
    expect(revokedEntries(crl)).toEqual([
      {serial: '0a0b', date: SIGNING_TIME, reason: 'superseded'},
      {serial: 'ff01', date: SIGNING_TIME, reason: 'superseded'},
    ])
    expect(crlOf().pem).toContain('-----BEGIN X509 CRL-----')
  })

  it('refuses what is not a CRL in one line', () => {
    expect(() => parseCrl(Buffer.from(trial.caPem), 'ca.pem')).toThrow('ca.pem: no PEM CRL (-----BEGIN X509 CRL-----) found')
    expect(() => parseCrl(Buffer.from('not der'), 'x.crl')).toThrow(/^x\.crl: not a CRL/)
  })
})

describe('signing with --embed-revocation (revocationInfoArchival)', () => {
  it('puts the CRL, byte for byte, into a signed attribute; pdfsig and verifySignature still accept the signature', async () => {
    const {der} = parseCrl(Buffer.from(crlOf('0a0b').pem), 'ca.crl')
    const identity = openSigningIdentity(trial.p12, 'pw', 'signer.p12')
    const pdf = await makeReportPdf({placeholder: {name: 'CRL Signer', reason: 'test', location: '', signatureLength: signatureLengthFor({timestamp: false, crlBytes: der.length})}})
    const signed = await signPdf(pdf, identity, SIGNING_TIME, 'report.pdf', {crls: [der]})
    const file = path.join(dir, 'with-crl.pdf')
    await writeFile(file, signed)
    const pdfsig = tool('pdfsig', [file]).output
    expect(pdfsig).toContain('Signature is Valid.')
    expect(pdfsig).toContain('Total document signed')

    const archival = signatureOf(signed).signerInfo.signedAttrs!.attributes.find((a) => a.type === OID.revocationInfoArchival)
    const crlSet = ((archival!.values[0] as asn1js.Sequence).valueBlock.value[0] as asn1js.Constructed).valueBlock.value[0] as asn1js.Sequence
    expect(crlSet.valueBlock.value.map((crl) => Buffer.from(crl.toBER()).toString('hex'))).toEqual([der.toString('hex')])
    expect(await verifySignature(signed, {trustedRoots: [trial.caPem]})).toMatchObject({valid: true, trusted: true, reasons: []})
  })

  it('sizes the field of an incrementally signed PDF for the CRLs', async () => {
    const entries = Array.from({length: 200}, (_, i) => ({serial: (i + 1).toString(16).padStart(4, '0'), date: SIGNING_TIME, reason: 'superseded' as const}))
    const caKey = createPrivateKey({key: trial.caKeyPem, passphrase: 'pw'})
    const ca = parseCertificatesPem(trial.caPem, 'ca.pem')[0]!
    const pem = issueCrl({ca, caKey, entries, thisUpdate: SIGNING_TIME, nextUpdate: new Date(SIGNING_TIME.getTime() + 86_400_000), number: 1n})
    const {der} = parseCrl(Buffer.from(pem), 'ca.crl')
    expect(der.length).toBeGreaterThan(6000)
    const identity = openSigningIdentity(trial.p12, 'pw', 'signer.p12')
    const signed = await signWithIdentity(await makeReportPdf(), identity, {signingTime: SIGNING_TIME, cades: {crls: [der]}})
    expect((await verifySignature(signed, {trustedRoots: [trial.caPem]})).valid).toBe(true)
  })
})
