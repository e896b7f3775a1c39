import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import * as pkijs from 'pkijs'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cryptoEngine} from '../../src/signing/certificates.js'
import {validatePath, type PathValidationOptions} from '../../src/signing/path-validation.js'
import {verifySignature} from '../../src/signing/verify.js'
import {day, ext, makeCertificate, signedTestReport, type CertificateOptions, type Identity} from '../helpers/pki.js'
import {tempDir} from '../helpers/run-cli.js'
import {tool} from '../helpers/signing-fixtures.js'

const valid = {notBefore: day('2026-01-01'), notAfter: day('2030-01-01')}
const at = new Date('2026-06-01T00:00:00Z')

let root: Identity
let dir: string
let cleanup: () => Promise<void>
beforeAll(async () => {
  ;({dir, cleanup} = await tempDir('posattest-path-'))
  root = await makeCertificate({cn: 'Root', ca: {pathLen: 1}, ...valid})
})
afterAll(() => cleanup())

const signerUnder = (issuer: Identity, options: Partial<CertificateOptions> = {}): Promise<Identity> =>
  makeCertificate({cn: 'Signer', o: 'Merchant Ltd', issuer, ...valid, ...options})

async function check(leaf: Identity, intermediates: Identity[] = [], options: Partial<PathValidationOptions> = {}) {
  const result = await validatePath(leaf.certificate, {
    roots: [root.certificate],
    intermediates: intermediates.map((i) => i.certificate),
    time: at,
    purpose: 'document-signing',
    ...options,
  })
  return {codes: result.problems.map((p) => p.code), messages: result.problems.map((p) => p.message), notes: result.notes.map((n) => n.code), length: result.path.length}
}

describe('validatePath', () => {
  it('accepts a signer under an intermediate within the root\'s path length', async () => {
    const intermediate = await makeCertificate({cn: 'Intermediate', issuer: root, ca: {pathLen: 0}, ...valid})
    expect(await check(await signerUnder(intermediate), [intermediate])).toEqual({codes: [], messages: [], notes: [], length: 3})
  })

  it('refuses a path breaking pathLenConstraint, as openssl does, where pkijs alone accepts it', async () => {
    const strict = await makeCertificate({cn: 'Strict Root', ca: {pathLen: 0}, ...valid})
    const intermediate = await makeCertificate({cn: 'Intermediate', issuer: strict, ca: {pathLen: null}, ...valid})
    const signer = await signerUnder(intermediate)
    const result = await validatePath(signer.certificate, {roots: [strict.certificate], intermediates: [intermediate.certificate], time: at, purpose: 'document-signing'})
    expect(result.problems).toEqual([{code: 'path-length-exceeded', message: 'certificate authority "Strict Root" allows 0 intermediate CAs below it (pathLenConstraint); the path has 1'}])

    const files = {root: path.join(dir, 'strict.pem'), intermediate: path.join(dir, 'intermediate.pem'), signer: path.join(dir, 'signer.pem')}
    await writeFile(files.root, strict.pem)
    await writeFile(files.intermediate, intermediate.pem)
    await writeFile(files.signer, signer.pem)
    const openssl = tool('openssl', ['verify', '-attime', String(at.getTime() / 1000), '-purpose', 'any', '-CAfile', files.root, '-untrusted', files.intermediate, files.signer])
    expect(openssl.output).toMatch(/path length constraint exceeded/)

    const engine = new pkijs.CertificateChainValidationEngine({trustedCerts: [strict.certificate], certs: [intermediate.certificate, signer.certificate], checkDate: at})
    expect((await engine.verify({}, cryptoEngine)).result).toBe(true)
  })

  it('refuses an issuer that is not a CA, and a CA that may not sign certificates', async () => {
    const notCa = await makeCertificate({cn: 'Not a CA', issuer: root, ...valid})
    expect((await check(await signerUnder(notCa), [notCa])).codes).toEqual(['issuer-not-ca'])
    const noKeyCertSign = await makeCertificate({cn: 'No keyCertSign', issuer: root, ca: {pathLen: 0}, keyUsage: ['cRLSign'], ...valid})
    expect((await check(await signerUnder(noKeyCertSign), [noKeyCertSign])).messages).toEqual([
      'certificate authority "No keyCertSign" may not sign certificates (key usage lacks keyCertSign)',
    ])
  })

  it('holds the signer to signing key usages and document-signing purposes', async () => {
    expect((await check(await signerUnder(root, {keyUsage: ['keyCertSign']}))).codes).toEqual(['key-usage'])
    const serverAuth = await signerUnder(root, {extKeyUsage: {purposes: ['1.3.6.1.5.5.7.3.1'], critical: false}})
    expect(await check(serverAuth)).toMatchObject({
      codes: ['extended-key-usage'],
      messages: ["the signer's certificate is not for signing documents (extended key usage 1.3.6.1.5.5.7.3.1)"],
    })
    for (const purpose of ['1.3.6.1.5.5.7.3.4', '1.3.6.1.4.1.311.10.3.12', '1.2.840.113583.1.1.5', '1.3.6.1.5.5.7.3.36', '2.5.29.37.0']) {
      expect((await check(await signerUnder(root, {extKeyUsage: {purposes: ['1.3.6.1.5.5.7.3.1', purpose], critical: false}}))).codes).toEqual([])
    }
  })

  it('holds every certificate on the path to its validity at the validation time, with an optional grace', async () => {
    const expiredIntermediate = await makeCertificate({cn: 'Old Intermediate', issuer: root, ca: {pathLen: 0}, notBefore: day('2025-01-01'), notAfter: day('2026-03-01')})
    expect((await check(await signerUnder(expiredIntermediate), [expiredIntermediate])).messages).toEqual([
      'certificate "Old Intermediate" expired on 2026-03-01T00:00:00Z (checked at 2026-06-01T00:00:00Z)',
    ])
    const early = await signerUnder(root, {notBefore: day('2026-07-01')})
    expect((await check(early)).codes).toEqual(['certificate-not-yet-valid'])
    const lapsed = await signerUnder(root, {notBefore: day('2025-01-01'), notAfter: day('2026-05-20')})
    expect((await check(lapsed)).codes).toEqual(['certificate-expired'])
    expect(await check(lapsed, [], {graceDays: 30})).toMatchObject({codes: [], notes: ['validity-grace']})
  })

  it('applies name constraints (through pkijs) and says when no path reaches a root', async () => {
    const constrained = await makeCertificate({cn: 'Constrained', issuer: root, ca: {pathLen: 0}, permittedDns: ['merchant.example'], ...valid})
    expect((await check(await signerUnder(constrained, {dnsNames: ['pos.merchant.example']}), [constrained])).codes).toEqual([])
    expect((await check(await signerUnder(constrained, {dnsNames: ['evil.example']}), [constrained])).codes).toEqual(['name-constraints'])
    const stranger = await makeCertificate({cn: 'Stranger', ca: {pathLen: 0}, ...valid})
    expect(await check(await signerUnder(stranger))).toMatchObject({codes: ['chain-untrusted'], length: 0})
  })
  it('applies policy constraints of an intermediate (through pkijs): requireExplicitPolicy needs a policy all along the path', async () => {
    const policies = (oid: string) => ext('2.5.29.32', false, new pkijs.CertificatePolicies({certificatePolicies: [new pkijs.PolicyInformation({policyIdentifier: oid})]}))
    const explicit = ext('2.5.29.36', true, new pkijs.PolicyConstraints({requireExplicitPolicy: 0}))
    const intermediate = await makeCertificate({cn: 'Policy CA', issuer: root, ca: {pathLen: 0}, ...valid, extraExtensions: [explicit, policies('1.3.6.1.4.1.99999.7')]})
    const codes = async (extra: ReturnType<typeof policies>[]) => (await check(await signerUnder(intermediate, {extraExtensions: extra}), [intermediate])).codes
    expect(await codes([policies('1.3.6.1.4.1.99999.7')])).toEqual([])
    expect(await codes([])).toEqual(['certificate-policy'])
    expect(await codes([policies('1.3.6.1.4.1.99999.8')])).toEqual(['certificate-policy'])
  })
  it('decides verifySignature on a signed report: a broken pathLenConstraint and a server-auth-only signer fail with their codes', async () => {
    const strict = await makeCertificate({cn: 'Strict Root', ca: {pathLen: 0}, ...valid})
    const intermediate = await makeCertificate({cn: 'Intermediate', issuer: strict, ca: {pathLen: null}, ...valid})
    const signingTime = new Date('2026-06-01T10:00:00Z')
    const options = {trustedRoots: [strict.pem], validationTime: new Date('2026-06-02T00:00:00Z')}
    const tooDeep = await signedTestReport({signer: await signerUnder(intermediate), chain: [intermediate], signingTime})
    expect((await verifySignature(tooDeep, options)).reasons.map((r) => r.code)).toEqual(['path-length-exceeded'])
    const serverAuth = await signedTestReport({signer: await signerUnder(strict, {extKeyUsage: {purposes: ['1.3.6.1.5.5.7.3.1'], critical: false}}), signingTime})
    expect((await verifySignature(serverAuth, options)).reasons.map((r) => r.code)).toEqual(['extended-key-usage'])
    const documentSigner = await signedTestReport({signer: await signerUnder(strict, {extKeyUsage: {purposes: ['1.3.6.1.5.5.7.3.36'], critical: false}}), signingTime})
    expect(await verifySignature(documentSigner, options)).toMatchObject({trusted: true, reasons: []})
  })
})
