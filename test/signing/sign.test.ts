import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import PDFDocument from 'pdfkit'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {tempDir} from '../helpers/run-cli.js'
import {openSigningIdentity} from '../../src/signing/identity.js'
import {signPdf, signWithIdentity, signWithP12File, DEFAULT_REASON} from '../../src/signing/sign.js'
import {verifySignature} from '../../src/signing/verify.js'
import {findSignatureDictionaries} from '../../src/signing/signature-dictionary.js'
import {makeReportPdf, PASSPHRASE, SIGNING, SIGNING_TIME, signatureOf, tool, TRIAL_CA, TRIAL_P12, trialIdentity} from '../helpers/signing-fixtures.js'
import {OID} from '../../src/signing/cms-signer.js'
import * as asn1js from 'asn1js'

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')
const placeholder = {name: 'Test Signer 测试', reason: 'Annual attestation 年度', location: 'Shanghai 上海'}

let dir: string
let cleanup: () => Promise<void>
beforeAll(async () => ({dir, cleanup} = await tempDir('posattest-sign-')))
afterAll(() => cleanup())

async function pdfsig(bytes: Uint8Array, name: string): Promise<string> {
  const file = path.join(dir, name)
  await writeFile(file, bytes)
  return tool('pdfsig', [file]).output
}

async function qpdfCheck(bytes: Uint8Array, name: string): Promise<{status: number | null; output: string}> {
  const file = path.join(dir, name)
  await writeFile(file, bytes)
  return tool('qpdf', ['--check', file])
}

describe('signPdf on a report with a placeholder (route A)', () => {
  it('gives a signature pdfsig calls valid over the whole document, and a file qpdf finds clean', async () => {
    const signed = await signPdf(await makeReportPdf({placeholder}), trialIdentity(), SIGNING_TIME)
    const report = await pdfsig(signed, 'a.pdf')
    expect(report).toContain('  - Signer Certificate Common Name: Test Signer 测试\n')
    expect(report).toContain('  - Signing Time: Nov 24 2026 10:00:00\n')
    expect(report).toContain('  - Signing Hash Algorithm: SHA-256\n')
    expect(report).toContain('  - Signature Type: ETSI.CAdES.detached\n')
    expect(report).toContain('  - Total document signed\n')
    expect(report).toContain('  - Signature Validation: Signature is Valid.\n')
    const check = await qpdfCheck(signed, 'a.pdf')
    expect(check.status).toBe(0)
    expect(check.output).toContain('No syntax or stream encoding errors found')
    expect(check.output).not.toContain('WARNING')
  })

  it('fills the placeholder in place: the fields written with it stay', async () => {
    const signed = await signPdf(await makeReportPdf({placeholder}), trialIdentity(), SIGNING_TIME)
    const [signature] = findSignatureDictionaries(signed)
    expect(signature).toMatchObject({
      placeholder: false,
      type: 'Sig',
      filter: 'Adobe.PPKLite',
      subFilter: 'ETSI.CAdES.detached',
      name: 'Test Signer 测试',
      reason: 'Annual attestation 年度',
      location: 'Shanghai 上海',
      modified: SIGNING_TIME,
    })
    // The gap of /ByteRange is exactly the /Contents hex string: 8192 bytes reserved, written as hex.
    const [, length1, start2] = signature!.byteRange!
    expect(signature!.contents!.start).toBe(length1)
    expect(start2 - length1).toBe(2 * 8192 + 2)
  })

  it('is byte-identical when signed twice at the same time, and differs at another time', async () => {
    const identity = trialIdentity()
    const first = await signPdf(await makeReportPdf({placeholder}), identity, SIGNING_TIME)
    const second = await signPdf(await makeReportPdf({placeholder}), identity, SIGNING_TIME)
    expect(sha256(second)).toBe(sha256(first))
    const later = new Date('2026-11-25T10:00:00Z')
    const third = await signPdf(await makeReportPdf({placeholder, time: later}), identity, later)
    expect(sha256(third)).not.toBe(sha256(first))
  })

  it('passes openssl cms -verify on the cut-out CMS and byte ranges, chain included', async () => {
    const signed = await signPdf(await makeReportPdf({placeholder}), trialIdentity(), SIGNING_TIME)
    const [start1, length1, start2, length2] = findSignatureDictionaries(signed)[0]!.byteRange!
    const cms = Buffer.from(signed.subarray(length1 + 1, start2 - 1).toString('latin1').replace(/(00)+$/, ''), 'hex')
    await writeFile(path.join(dir, 'sig.der'), cms)
    await writeFile(path.join(dir, 'content.bin'), Buffer.concat([signed.subarray(start1, length1), signed.subarray(start2, start2 + length2)]))
    await writeFile(path.join(dir, 'ca.pem'), TRIAL_CA)
    const result = tool('openssl', [
      'cms', '-verify', '-binary', '-inform', 'DER', '-in', path.join(dir, 'sig.der'), '-content', path.join(dir, 'content.bin'),
      '-CAfile', path.join(dir, 'ca.pem'), '-purpose', 'any', '-attime', String(SIGNING_TIME.getTime() / 1000), '-out', '/dev/null',
    ])
    expect(result.output).toContain('CMS Verification successful')
  })

  it('refuses a PDF with no placeholder', async () => {
    await expect(signPdf(await makeReportPdf(), trialIdentity(), SIGNING_TIME, 'plain.pdf')).rejects.toThrow(
      'plain.pdf: no empty signature field to sign',
    )
  })
})

describe('signWithIdentity on a PDF without a placeholder (route B, incremental update)', () => {
  it('keeps the original bytes, passes qpdf without warnings, and verifies', async () => {
    const original = await makeReportPdf()
    const signed = await signWithIdentity(original, trialIdentity(), {signingTime: SIGNING_TIME, reason: 'Prüfung 证明', location: 'München'})
    // plainAddPlaceholder replaces the final newline with its own: the rest is untouched.
    expect(signed.subarray(0, original.length - 1).equals(original.subarray(0, original.length - 1))).toBe(true)
    const check = await qpdfCheck(signed, 'b.pdf')
    expect(check.status).toBe(0)
    expect(check.output).not.toContain('WARNING')
    const report = await pdfsig(signed, 'b.pdf')
    expect(report).toContain('  - Total document signed\n')
    expect(report).toContain('  - Signature Validation: Signature is Valid.\n')
    // The new trailer keeps the first /ID of the original and points startxref at `xref` itself.
    const originalId = /\/ID \[<([0-9a-f]+)>/.exec(original.toString('latin1'))![1]
    const tail = signed.subarray(-400).toString('latin1')
    expect(tail).toMatch(new RegExp(`/ID \\[<${originalId}> <[0-9a-f]{32}>\\]`))
    const startxref = Number(/startxref\n(\d+)\n%%EOF$/.exec(tail)![1])
    expect(signed.subarray(startxref, startxref + 4).toString('latin1')).toBe('xref')

    const verification = await verifySignature(signed, {trustedRoots: [TRIAL_CA]})
    expect(verification).toMatchObject({valid: true, trusted: true, coversWholeFile: true, reasons: []})
    expect([verification.name, verification.reason, verification.location]).toEqual(['Test Signer 测试', 'Prüfung 证明', 'München'])
  })

  it('writes the default reason and empty location when none are given', async () => {
    const signed = await signWithIdentity(await makeReportPdf(), trialIdentity(), {signingTime: SIGNING_TIME})
    const [signature] = findSignatureDictionaries(signed)
    expect([signature!.reason, signature!.location, signature!.contactInfo]).toEqual([DEFAULT_REASON, '', ''])
  })

  it('refuses an already signed PDF', async () => {
    const signed = await signWithIdentity(await makeReportPdf(), trialIdentity(), {signingTime: SIGNING_TIME})
    await expect(signWithIdentity(signed, trialIdentity(), {signingTime: SIGNING_TIME, source: 'signed.pdf'})).rejects.toThrow(
      'signed.pdf: already signed by Test Signer 测试; posattest adds no second signature',
    )
  })

  it('refuses a signing time outside the certificate validity', async () => {
    await expect(signWithIdentity(await makeReportPdf(), trialIdentity(), {signingTime: new Date('2036-01-01T00:00:00Z')})).rejects.toThrow(
      `${TRIAL_P12}: the signer certificate is valid from 2026-01-01T00:00:00.000Z to 2035-12-30T00:00:00.000Z, not at the signing time 2036-01-01T00:00:00.000Z`,
    )
  })

  it('refuses a PDF that uses cross-reference streams, saying how to sign it', async () => {
    const original = path.join(dir, 'classic.pdf')
    const streams = path.join(dir, 'streams.pdf')
    await writeFile(original, await makeReportPdf())
    tool('qpdf', ['--object-streams=generate', original, streams])
    await expect(signWithIdentity(readFileSync(streams), trialIdentity(), {signingTime: SIGNING_TIME, source: 'streams.pdf'})).rejects.toMatchObject({
      code: 'xref-stream-pdf',
      message: 'streams.pdf: cannot add a signature field: the PDF uses cross-reference streams',
      next: 'sign a report made by posattest report (it carries a signature field), or rewrite the file first with qpdf --object-streams=disable in.pdf out.pdf',
    })
  })
})

describe('signWithIdentity on a PDF with a form', () => {
  it('refuses it rather than drop the form fields from the AcroForm', async () => {
    const doc = new PDFDocument()
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
    const form = doc as unknown as {initForm(): void; formText(name: string, x: number, y: number, w: number, h: number): void}
    form.initForm()
    form.formText('merchant', 10, 10, 200, 20)
    doc.end()
    await expect(signWithIdentity(await done, trialIdentity(), {signingTime: SIGNING_TIME, source: 'form.pdf'})).rejects.toThrow(
      'form.pdf: cannot add a signature field to a PDF that already has a form (AcroForm)',
    )
  })
})

describe('signWithP12File', () => {
  it('opens the p12 and signs, returning the identity it used', async () => {
    const {pdf, identity} = await signWithP12File(await makeReportPdf({placeholder}), {
      p12Path: TRIAL_P12,
      passphrase: PASSPHRASE,
      signingTime: SIGNING_TIME,
    })
    expect(identity.name).toBe('Test Signer 测试')
    expect((await verifySignature(pdf, {trustedRoots: [TRIAL_CA]})).trusted).toBe(true)
  })

  it('signs with a p12 made by OpenSSL 3 (AES-256, SHA-256 MAC)', async () => {
    const p12Path = path.join(SIGNING, 'openssl/signer.p12')
    const time = new Date('2027-06-01T00:00:00Z')
    const {pdf} = await signWithP12File(await makeReportPdf(), {p12Path, passphrase: PASSPHRASE, signingTime: time})
    // Verified when it was made: the clock today may be before its signing time (signed-in-future).
    const verification = await verifySignature(pdf, {trustedRoots: [readFileSync(path.join(SIGNING, 'openssl/ca.pem'), 'utf8')], validationTime: time})
    expect(verification).toMatchObject({valid: true, trusted: true, signer: {cn: 'OpenSSL Test Signer', org: 'Posattest Tests', issuer: 'OpenSSL Test CA'}})
  })

  it('names the p12 file in a wrong-passphrase error', async () => {
    await expect(signWithP12File(await makeReportPdf(), {p12Path: TRIAL_P12, passphrase: 'wrong', signingTime: SIGNING_TIME})).rejects.toThrow(
      `${TRIAL_P12}: wrong passphrase (the PKCS#12 integrity check failed)`,
    )
  })

  it('signs twice with one opened identity (the p12 is opened once)', async () => {
    const identity = openSigningIdentity(readFileSync(TRIAL_P12), PASSPHRASE, TRIAL_P12)
    await signWithIdentity(await makeReportPdf(), identity, {signingTime: SIGNING_TIME})
    const second = await signWithIdentity(await makeReportPdf(), identity, {signingTime: SIGNING_TIME})
    expect((await verifySignature(second, {trustedRoots: []})).valid).toBe(true)
  })
})

describe('the CAdES signature (PAdES baseline B)', () => {
  it('signs contentType, messageDigest and ESS signing-certificate-v2 (hash and issuerSerial of the signer certificate), and no signingTime', async () => {
    const identity = trialIdentity()
    const {signerInfo, cms} = signatureOf(await signPdf(await makeReportPdf({placeholder}), identity, SIGNING_TIME))
    const types = signerInfo.signedAttrs!.attributes.map((attribute) => attribute.type)
    expect(types.sort()).toEqual([OID.contentType, OID.messageDigest, OID.signingCertificateV2].sort())
    expect(types).not.toContain('1.2.840.113549.1.9.5')
    const ess = signerInfo.signedAttrs!.attributes.find((a) => a.type === OID.signingCertificateV2)!.values[0] as asn1js.Sequence
    const essCertId = ((ess.valueBlock.value[0] as asn1js.Sequence).valueBlock.value[0] as asn1js.Sequence).valueBlock.value
    expect(Buffer.from((essCertId[0] as asn1js.OctetString).valueBlock.valueHexView).toString('hex')).toBe(sha256(identity.certificates[0]!))
    const serial = Buffer.from(((essCertId[1] as asn1js.Sequence).valueBlock.value[1] as asn1js.Integer).valueBlock.valueHexView).toString('hex')
    expect(serial.replace(/^(00)+/, '')).toBe(identity.serial)
    await writeFile(path.join(dir, 'cades.der'), cms)
    const printed = tool('openssl', ['cms', '-cmsout', '-print', '-inform', 'DER', '-in', path.join(dir, 'cades.der')]).output
    expect(printed).toContain('id-smime-aa-signingCertificateV2')
    expect(printed).not.toContain('signingTime')
  })

  it('signs with an EC P-256 key (ECDSA with SHA-256): pdfsig and verifySignature accept it', async () => {
    const identity = openSigningIdentity(readFileSync(path.join(SIGNING, 'ec-key.p12')), PASSPHRASE, 'ec-key.p12')
    const signed = await signWithIdentity(await makeReportPdf(), identity, {signingTime: new Date()})
    const report = await pdfsig(signed, 'ec.pdf')
    expect(report).toContain('Signature is Valid.')
    expect(report).toContain('Total document signed')
    const verification = await verifySignature(signed, {trustedRoots: [identity.certificatesPem[0]!]})
    expect(verification).toMatchObject({valid: true, trusted: true, reasons: []})
  })
})
