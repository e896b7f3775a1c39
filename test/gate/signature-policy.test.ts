import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {loadPolicy} from '../../src/gate/load-policy.js'
import {readSubmission} from '../../src/gate/load-submission.js'
import {normaliseName, parseSignerRegistry} from '../../src/gate/signer-binding.js'
import {day, makeCertificate, makeCrl, signedTestReport, type Identity} from '../helpers/pki.js'
import {runCli, tempDir} from '../helpers/run-cli.js'

// The embedded result (test/fixtures/signing/result.json): Golden Dragon Catering (Shanghai) Co., Ltd., merchant 310115000123, assessed 2026-03-16.
const LEGAL_NAME = 'Golden Dragon Catering (Shanghai) Co., Ltd.'
const NOW = '2026-07-01'

let dir: string
let cleanup: () => Promise<void>
let root: Identity
let merchant: Identity
let stranger: Identity
let merchantPdf: Buffer
let strangerPdf: Buffer
beforeAll(async () => {
  ;({dir, cleanup} = await tempDir('posattest-signature-policy-'))
  const valid = {notBefore: day('2026-01-01'), notAfter: day('2027-01-01')}
  root = await makeCertificate({cn: 'Acquirer Root', ca: {pathLen: 0}, notBefore: day('2025-01-01'), notAfter: day('2035-01-01')})
  // The same legal name as the result, written differently: full-width letters, other case, doubled spaces.
  merchant = await makeCertificate({cn: 'Priya Shah', o: 'ＧＯＬＤＥＮ dragon  Catering (Shanghai) Co., Ltd. ', issuer: root, ...valid})
  stranger = await makeCertificate({cn: 'Mallory', o: 'Other Shop Ltd', issuer: root, ...valid})
  const signingTime = new Date('2026-06-01T10:00:00Z')
  merchantPdf = await signedTestReport({signer: merchant, signingTime})
  strangerPdf = await signedTestReport({signer: stranger, signingTime})
  await writeFile(path.join(dir, 'root.pem'), root.pem)
})
afterAll(() => cleanup())

async function policy(name: string, extra: string): Promise<string> {
  const file = path.join(dir, name)
  await writeFile(file, `schema_version: 1\nname: Test acquirer\ntrusted_roots: [root.pem]\nrequired_verdict: any\n${extra}`)
  return file
}

async function judge(pdf: Buffer, policyFile: string) {
  const loaded = await loadPolicy(policyFile)
  return (await readSubmission(pdf, {trustedRoots: loaded.trustedRoots, ...loaded.signatureChecks, now: NOW})).signature
}

describe('signer_binding', () => {
  it('matches the signer organisation to the legal name, normalised', async () => {
    expect(normaliseName('ＧＯＬＤＥＮ dragon  Catering (Shanghai) Co., Ltd. ')).toBe(normaliseName(LEGAL_NAME))
    const file = await policy('organisation.yaml', 'signer_binding: {match: organisation}\n')
    expect(await judge(merchantPdf, file)).toMatchObject({trusted: true, problems: []})
    expect((await judge(strangerPdf, file)).problems).toEqual([
      {code: 'signer-not-bound', message: `the signer's organisation "Other Shop Ltd" is not the assessed entity "${LEGAL_NAME}"`},
    ])
  })

  it('binds merchant ids to certificate fingerprints or subjects in a YAML or CSV registry', async () => {
    const fingerprint = (await judge(merchantPdf, await policy('plain.yaml', ''))).verification!.signer!.sha256
    await writeFile(path.join(dir, 'signers.yaml'), `"310115000123":\n  - ${fingerprint.toUpperCase().match(/../g)!.join(':')}\n"999":\n  - "O=Other Shop Ltd, CN=Mallory"\n`)
    const yamlPolicy = await policy('registry.yaml', 'signer_binding: {registry: signers.yaml}\n')
    expect((await judge(merchantPdf, yamlPolicy)).trusted).toBe(true)
    const refused = await judge(strangerPdf, yamlPolicy)
    expect(refused.problems.map((p) => p.code)).toEqual(['signer-not-bound'])
    expect(refused.problems[0]!.message).toMatch(/^the signer's certificate \(O=Other Shop Ltd, CN=Mallory, SHA-256 [0-9a-f]{64}\) is not registered for merchant "310115000123"$/)

    // Subjects compare normalised, like names: case and white space do not matter.
    await writeFile(path.join(dir, 'signers.csv'), 'merchant_id,certificate\n310115000123,"o=other shop ltd,  cn=MALLORY"\n')
    const csvPolicy = await policy('registry-csv.yaml', 'signer_binding: {registry: signers.csv}\n')
    expect([(await judge(strangerPdf, csvPolicy)).trusted, (await judge(merchantPdf, csvPolicy)).trusted]).toEqual([true, false])
    expect(() => parseSignerRegistry(Buffer.from('- a list\n'), 'bad.yaml')).toThrow(/^bad\.yaml: not a signer registry/)
  })

  it('names a registry file that cannot be read at its place in the policy', async () => {
    const file = await policy('missing-registry.yaml', 'signer_binding: {registry: nowhere.csv}\n')
    await expect(loadPolicy(file)).rejects.toThrow(/missing-registry\.yaml:5:\d+: signer_binding\.registry: .*nowhere\.csv: no such file or directory/)
  })
})

describe('timestamps, revocation and time bounds in the policy', () => {
  it('require_timestamp refuses a signature without a timestamp', async () => {
    expect((await judge(merchantPdf, await policy('timestamp.yaml', 'require_timestamp: true\n'))).problems.map((p) => p.code)).toEqual(['timestamp-missing'])
  })

  it('revocation.crls with require refuses a revoked signer, and a signer no CRL speaks for', async () => {
    const crl = await makeCrl(root, {thisUpdate: day('2026-06-10'), nextUpdate: day('2026-12-01'), revoked: [{serial: stranger.certificate, date: day('2026-06-05'), reason: 1}]})
    await writeFile(path.join(dir, 'root.crl'), crl.pem)
    const file = await policy('revocation.yaml', 'revocation: {crls: [root.crl], require: true}\n')
    expect((await judge(merchantPdf, file)).trusted).toBe(true)
    expect((await judge(strangerPdf, file)).problems).toEqual([{code: 'certificate-revoked', message: 'certificate "Mallory" was revoked on 2026-06-05T00:00:00Z (keyCompromise)'}])
    const none = await policy('revocation-none.yaml', 'revocation: {require: true}\n')
    expect((await judge(merchantPdf, none)).problems.map((p) => p.code)).toEqual(['revocation-unknown'])
  })

  it('validity_grace_days lets a certificate count a little past its expiry', async () => {
    const late = async (file: string) => (await readSubmission(merchantPdf, {...(await loadPolicy(file)).signatureChecks, trustedRoots: [root.pem], now: '2027-01-10'})).signature
    expect((await late(await policy('no-grace.yaml', ''))).problems.map((p) => p.code)).toEqual(['certificate-expired'])
    expect(await late(await policy('grace.yaml', 'validity_grace_days: 30\n'))).toMatchObject({trusted: true, verification: {notes: [{code: 'validity-grace'}]}})
  })

  it('gate refuses a signature made after the day of judgement, and one by a signer not bound to the entity', async () => {
    const submission = path.join(dir, 'stranger.pdf')
    await writeFile(submission, strangerPdf)
    const file = await policy('gate.yaml', 'signer_binding: {match: organisation}\n')
    const early = await runCli(['gate', submission, '--policy', file, '--now', '2026-05-31', '--format', 'json'])
    const reasons = JSON.parse(early.stdout).reasons.filter((r: {rule: string}) => r.rule === 'signature')
    expect(reasons.map((r: {message: string}) => r.message)).toEqual([
      'the signer Mallory is not trusted: the signature is dated 2026-06-01T10:00:00Z, after the time of verification 2026-05-31T23:59:59Z; ' +
        `the signer's organisation "Other Shop Ltd" is not the assessed entity "${LEGAL_NAME}"`,
    ])
    expect(early.code).toBe(1)
  })
})
