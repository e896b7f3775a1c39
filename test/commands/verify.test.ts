import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {Ajv2020} from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import {RAW_CONTROLS} from '../helpers/hostile-text.js'
import {FIXTURES, ROOT, runCli, tempDir} from '../helpers/run-cli.js'
import {signPdf} from '../../src/signing/sign.js'
import {verifySignature} from '../../src/signing/verify.js'
import {makeReportPdf, SIGNING, SIGNING_TIME, trialIdentity} from '../helpers/signing-fixtures.js'
import {day, makeCertificate, makeCrl, signedTestReport} from '../helpers/pki.js'
import {canonicalAnswersJson} from '../../src/evaluation/canonical-json.js'
import {evaluateAnswersFile} from '../../src/evaluation/evaluate-answers-file.js'
import type {GateReport} from '../../src/gate/gate-report.js'
import {renderReport} from '../../src/report/render-report.js'
import {PASSPHRASE_ENV} from '../helpers/signed-reports.js'

const CA = path.join(SIGNING, 'trial/ca.pem')
const OTHER = path.join(SIGNING, 'other/ca.pem')
const NOW = '2026-12-01'

let dir: string
let cleanup: () => Promise<void>
/** A small signed PDF carrying a result but no answers (not made by posattest report). */
let signed: string
/** A signed report made by `posattest report --sign` from the report answers fixture. */
let report: string
let signer: string
let coverage: string
/** The same lines for a signature whose path was not found, so revocation was not checked. */
let unchecked: string
beforeAll(async () => {
  ;({dir, cleanup} = await tempDir('posattest-verify-cli-'))
  signed = path.join(dir, 'signed.pdf')
  const bytes = await signPdf(
    await makeReportPdf({placeholder: {name: 'Test Signer 测试', reason: 'Annual attestation', location: 'Shanghai'}}),
    trialIdentity(),
    SIGNING_TIME,
  )
  await writeFile(signed, bytes)
  report = path.join(dir, 'report.pdf')
  const made = await runCli(
    ['report', path.join(FIXTURES, 'report/answers/answers.yaml'), '-o', report, '--sign', '--p12', path.join(SIGNING, 'trial/signer.p12'),
      '--date', '2026-11-24T10:00:00Z', '--signing-time', '2026-11-24T10:00:00Z', '--reason', 'Annual attestation', '--location', 'Shanghai'],
    {env: {POSATTEST_P12_PASSPHRASE: 'test-passphrase'}},
  )
  expect(made.code).toBe(0)
  const {serial} = (await verifySignature(bytes, {trustedRoots: []})).signer!
  signer = `  signer:    Test Signer 测试 (Posattest Test Merchant), serial ${serial}, issued by Posattest Test Merchant trial CA (posattest)\n`
  coverage =
    '  signed at: 2026-11-24T10:00:00Z (claimed by the signer)\n' +
    '  timestamp: none\n' +
    '  validated: 2026-12-01T23:59:59Z (the time of verification)\n' +
    '  revoked:   Test Signer 测试 unknown (no CRL)\n' +
    '  reason:    Annual attestation\n  location:  Shanghai\n  coverage:  the whole file\n'
  unchecked = coverage.replace('Test Signer 测试 unknown (no CRL)', 'not checked')
})
afterAll(() => cleanup())

// The small PDF carries a result but no answers: it cannot be evaluated again, so its result is not shown.
const embedded =
  'embedded result: not shown: no-embedded-answers: the report carries no posattest-answers.json: it was made by an older posattest or from a stored result, and its result cannot be evaluated again\n'
const derived =
  'embedded result (posattest-result.json):\n' +
  '  entity:    上海小笼包餐饮有限公司\n' +
  '  role:      merchant\n' +
  '  assessed:  2026-11-20\n' +
  '  verdict:   non_compliant\n' +
  '  score:     81.7\n' +
  '  gaps:      7\n'

describe('posattest verify', () => {
  it('exits 0 for a valid signature from the given CA, and summarises the embedded result once it is derived', async () => {
    expect(await runCli(['verify', report, '--now', NOW, '--ca', CA])).toEqual({
      code: 0,
      stdout: `${report}: valid and trusted\n${signer}${coverage}${derived}`,
      stderr: '',
    })
  })

  it('exits 1 for a valid, trusted signature over a result that cannot be evaluated again, naming the code', async () => {
    expect(await runCli(['verify', signed, '--now', NOW, '--ca', CA])).toEqual({
      code: 1,
      stdout: `${signed}: valid and trusted\n${signer}${coverage}${embedded}`,
      stderr: '',
    })
  })

  it('exits 1 without --ca: valid but untrusted', async () => {
    expect(await runCli(['verify', signed, '--now', NOW])).toEqual({
      code: 1,
      stdout: `${signed}: valid but untrusted: no --ca given\n${signer}${unchecked}${embedded}`,
      stderr: '',
    })
  })

  it('exits 1 with another CA, saying why', async () => {
    expect(await runCli(['verify', signed, '--now', NOW, '--ca', OTHER])).toEqual({
      code: 1,
      stdout:
        `${signed}: valid but untrusted\n${signer}${unchecked}` +
        "  - certificate \"Test Signer 测试\" does not chain to a trusted root\n" +
        embedded,
      stderr: '',
    })
  })

  it('trusts the CA given as the second --ca', async () => {
    expect((await runCli(['verify', report, '--now', NOW, '--ca', OTHER, '--ca', CA])).code).toBe(0)
  })

  it('exits 1 for a changed file, lists the reasons and does not show the embedded result', async () => {
    const bytes = await readFile(signed)
    bytes.write('X', bytes.indexOf('Test report'), 'latin1')
    const changed = path.join(dir, 'changed.pdf')
    await writeFile(changed, Buffer.concat([bytes, Buffer.from('\n')]))
    expect(await runCli(['verify', changed, '--now', NOW, '--ca', CA])).toEqual({
      code: 1,
      stdout:
        `${changed}: invalid\n${signer}${coverage.replace('the whole file', 'NOT the whole file')}` +
        `  - 1 byte was appended after signing (the signature covers bytes up to ${bytes.length} of ${bytes.length + 1})\n` +
        '  - the signed bytes were changed after signing (the message digest does not match)\n' +
        'embedded result: not shown, since the signature is invalid\n',
      stderr: '',
    })
  })

  it('gives the whole verdict in --json', async () => {
    const result = await runCli(['verify', report, '--now', NOW, '--ca', CA, '--json'])
    expect(result.code).toBe(0)
    const json = JSON.parse(result.stdout)
    expect(json).toMatchObject({
      file: report,
      rootsGiven: true,
      signature: {signed: true, valid: true, trusted: true, coversWholeFile: true, signingTime: '2026-11-24T10:00:00.000Z', reasons: []},
      embeddedResult: {entity: '上海小笼包餐饮有限公司', verdict: 'non_compliant', score: 81.7, gaps: 7},
      embeddedResultNote: null,
      derivation: null,
      reproduction: null,
    })
    const underived = JSON.parse((await runCli(['verify', signed, '--ca', CA, '--json'])).stdout)
    expect([underived.embeddedResult, underived.derivation.code]).toEqual([null, 'no-embedded-answers'])
    const untrusted = await runCli(['verify', signed, '--now', NOW, '--json'])
    expect([untrusted.code, JSON.parse(untrusted.stdout).signature.trusted]).toEqual([1, false])
  })

  it('exits 1 with one line for a PDF without a signature', async () => {
    const unsigned = path.join(dir, 'unsigned.pdf')
    await writeFile(unsigned, await makeReportPdf())
    expect(await runCli(['verify', unsigned, '--now', NOW, '--ca', CA])).toEqual({code: 1, stdout: `${unsigned}: no signature found\n`, stderr: ''})
  })

  it('exits 2 with one line for a file that is not a PDF, a missing file and an unreadable --ca', async () => {
    const notes = path.join(dir, 'notes.txt')
    await writeFile(notes, 'notes\n')
    expect(await runCli(['verify', notes])).toEqual({code: 2, stdout: '', stderr: `posattest: ${notes}: not a PDF file (no %PDF- header)\n`})
    const missing = path.join(dir, 'missing.pdf')
    expect(await runCli(['verify', missing])).toEqual({code: 2, stdout: '', stderr: `posattest: ${missing}: no such file or directory\n`})
    expect(await runCli(['verify', signed, '--now', NOW, '--ca', notes])).toEqual({
      code: 2,
      stdout: '',
      stderr: `posattest: ${notes}: no PEM certificate (-----BEGIN CERTIFICATE-----) found\n`,
    })
  })
})

describe('posattest verify: what the signature dictionary says is escaped', () => {
  it('a signer name, reason and location with terminal escapes, CR, C1 and bidi controls print as visible escapes', async () => {
    const file = path.join(dir, 'hostile.pdf')
    const bytes = await signPdf(
      await makeReportPdf({placeholder: {name: 'Eve\x1b[2J\x1b[H', reason: 'OK\rAll good\x9b', location: 'Shang\u202ehai\x1b]0;t\x07'}}),
      trialIdentity(),
      SIGNING_TIME,
    )
    await writeFile(file, bytes)
    const r = await runCli(['verify', file, '--ca', CA])
    // Valid and trusted, but the small PDF carries no answers to derive its result from: exit 1.
    expect(r.code).toBe(1)
    expect(r.stdout).not.toMatch(RAW_CONTROLS)
    expect(r.stdout).toContain(String.raw`  reason:    OK\rAll good\x9b` + '\n')
    expect(r.stdout).toContain(String.raw`  location:  Shang\u{202e}hai\x1b]0;t\x07` + '\n')
    const json = await runCli(['verify', file, '--ca', CA, '--json'])
    expect(JSON.parse(json.stdout).signature).toMatchObject({name: String.raw`Eve\x1b[2J\x1b[H`, reason: String.raw`OK\rAll good\x9b`})
  })
})

describe('posattest verify: when a certificate counts', () => {
  let pki: {root: string; tsaRoot: string; timestamped: string; plain: string; backdated: string; early: string; crl: string}
  beforeAll(async () => {
    const root = await makeCertificate({cn: 'Root', ca: {pathLen: 0}, notBefore: day('2025-01-01'), notAfter: day('2040-01-01')})
    const signerCertificate = await makeCertificate({cn: 'Priya Shah', o: 'Golden Dragon', issuer: root, notBefore: day('2026-01-01'), notAfter: day('2027-01-01')})
    const tsaRoot = await makeCertificate({cn: 'TSA Root', ca: {pathLen: 0}, notBefore: day('2025-01-01'), notAfter: day('2045-01-01')})
    const tsa = await makeCertificate({cn: 'Test TSA', issuer: tsaRoot, notBefore: day('2025-01-01'), notAfter: day('2040-01-01'), extKeyUsage: {purposes: ['1.3.6.1.5.5.7.3.8'], critical: true}})
    const signingTime = new Date('2026-06-01T10:00:00Z')
    const write = async (name: string, bytes: Uint8Array | string): Promise<string> => {
      const file = path.join(dir, name)
      await writeFile(file, bytes)
      return file
    }
    const crl = await makeCrl(root, {thisUpdate: day('2026-07-01'), nextUpdate: day('2026-08-01'), revoked: [{serial: signerCertificate.certificate, date: day('2026-06-15'), reason: 1}]})
    pki = {
      root: await write('root.pem', root.pem),
      tsaRoot: await write('tsa-root.pem', tsaRoot.pem),
      timestamped: await write('timestamped.pdf', await signedTestReport({signer: signerCertificate, signingTime, timestamp: {tsa, genTime: signingTime}})),
      plain: await write('plain.pdf', await signedTestReport({signer: signerCertificate, signingTime})),
      // Claimed in 2026-06 by a certificate that expired in 2027-01, verified in 2028: no timestamp, no trust.
      backdated: await write('backdated.pdf', await signedTestReport({signer: signerCertificate, signingTime: new Date('2026-06-01T00:00:00Z')})),
      early: await write('early.pdf', await signedTestReport({signer: signerCertificate, signingTime: new Date('2026-02-01T00:00:00Z')})),
      crl: await write('root.crl', crl.der),
    }
  })

  it('verifies a timestamped report three years later, and shows the trusted time beside the claimed one', async () => {
    const result = await runCli(['verify', pki.timestamped, '--ca', pki.root, '--tsa-ca', pki.tsaRoot, '--now', '2029-06-01'])
    // The signature holds; the small test report carries no answers to derive its result from, hence exit 1.
    expect([result.code, result.stdout.split('\n')[0]]).toEqual([1, `${pki.timestamped}: valid and trusted`])
    expect(result.stdout).toContain(
      '  signed at: 2026-06-01T10:00:00Z (claimed by the signer)\n' +
        '  timestamp: 2026-06-01T10:00:00Z (trusted, CN=Test TSA)\n' +
        '  validated: 2026-06-01T10:00:00Z (the trusted timestamp)\n',
    )
    const json = JSON.parse((await runCli(['verify', pki.timestamped, '--ca', pki.root, '--tsa-ca', pki.tsaRoot, '--now', '2029-06-01', '--json'])).stdout)
    expect(json.signature).toMatchObject({trusted: true, validationTimeSource: 'trusted-timestamp', trustedTime: '2026-06-01T10:00:00.000Z', verifiedAt: '2029-06-01T23:59:59.999Z'})
    const validate = await verificationSchema()
    const revoked = JSON.parse((await runCli(['verify', pki.plain, '--ca', pki.root, '--crl', pki.crl, '--now', '2026-07-15', '--json'])).stdout)
    for (const report of [json, revoked]) expect(validate(report.signature) ? [] : validate.errors).toEqual([])
  })

  it('fails the same report without --tsa-ca, and a backdated one, once the signer certificate has expired', async () => {
    for (const file of [pki.timestamped, pki.backdated]) {
      const result = await runCli(['verify', file, '--ca', pki.root, '--now', '2028-01-15', '--json'])
      expect(result.code).toBe(1)
      expect(JSON.parse(result.stdout).signature.reasons.map((r: {code: string}) => r.code)).toEqual(['certificate-expired'])
    }
  })

  it('fails a signature made before the assessment date, or dated after --now', async () => {
    const early = JSON.parse((await runCli(['verify', pki.early, '--ca', pki.root, '--now', '2026-06-01', '--json'])).stdout)
    expect(early.signature.reasons).toEqual([{code: 'signed-before-assessment', message: 'the signature is dated 2026-02-01T00:00:00Z (claimed), before the assessment date 2026-03-16'}])
    const future = JSON.parse((await runCli(['verify', pki.plain, '--ca', pki.root, '--now', '2026-05-31', '--json'])).stdout)
    expect(future.signature.reasons.map((r: {code: string}) => r.code)).toEqual(['signed-in-future'])
  })

  it('checks revocation against --crl and refuses a bad --now or --crl', async () => {
    const revoked = await runCli(['verify', pki.plain, '--ca', pki.root, '--crl', pki.crl, '--now', '2026-07-15'])
    expect(revoked.code).toBe(1)
    expect(revoked.stdout).toContain('  revoked:   Priya Shah revoked since 2026-06-15T00:00:00Z (the CRLs given)\n')
    expect(revoked.stdout).toContain('  - certificate "Priya Shah" was revoked on 2026-06-15T00:00:00Z (keyCompromise)\n')
    expect(await runCli(['verify', pki.plain, '--now', '2026-13-01'])).toEqual({code: 2, stdout: '', stderr: 'posattest: --now must be a day (YYYY-MM-DD) or a time with a zone (2026-11-24T10:00:00Z), not 2026-13-01\n'})
    expect(await runCli(['verify', pki.plain, '--crl', pki.root])).toMatchObject({code: 2, stderr: expect.stringMatching(/^posattest: .*root\.pem: not a CRL/)})
  })
})

async function verificationSchema() {
  const ajv = new Ajv2020({allErrors: true, strict: true, allowUnionTypes: true})
  addFormats.default(ajv, ['date-time'])
  return ajv.compile(JSON.parse(await readFile(path.join(ROOT, 'schemas/verification.schema.json'), 'utf8')))
}

describe('the verification report', () => {
  it('is described by schemas/verification.schema.json, for a trusted, a revoked, a changed and an unsigned file', async () => {
    const validate = await verificationSchema()
    const unsigned = path.join(dir, 'unsigned-for-schema.pdf')
    await writeFile(unsigned, await makeReportPdf())
    const changed = path.join(dir, 'changed-for-schema.pdf')
    await writeFile(changed, Buffer.concat([await readFile(signed), Buffer.from('\n')]))
    for (const args of [[signed, '--ca', CA], [changed, '--ca', CA], [unsigned], [signed, '--ca', OTHER]]) {
      const report = JSON.parse((await runCli(['verify', ...args, '--now', NOW, '--json'])).stdout)
      expect(validate(report.signature) ? [] : validate.errors).toEqual([])
    }
  })
})

describe('posattest verify --reproduce', () => {
  const GAPS = path.join(ROOT, 'examples/merchant-gaps/answers.yaml')
  const COMPLIANT = path.join(ROOT, 'examples/merchant-compliant/answers.yaml')
  let tmp: {dir: string; cleanup: () => Promise<void>}
  const run = (...args: string[]) => runCli(args, {cwd: tmp.dir, env: PASSPHRASE_ENV})
  const file = (name: string) => path.join(tmp.dir, name)
  // A fixed signing time: the gate below judges on a fixed day, and a signature made after it would be in the future.
  const sign = ['--sign', '--p12', 'keys/signer.p12', '--signing-time', '2026-11-24T10:00:00Z']

  /** Every way `report --sign` is used here: each language, with and without --previous, a signing time and non-ASCII fields. */
  const SIGNED: Array<[string, string[], string]> = [
    ['en.pdf', [GAPS, '--lang', 'en'], 'en'],
    ['zh.pdf', [GAPS], 'zh-CN'],
    ['en-previous.pdf', [GAPS, '--lang', 'en', '--previous', 'previous.json'], 'en'],
    ['zh-previous.pdf', [GAPS, '--previous', 'previous.json'], 'zh-CN'],
    ['compliant.pdf', [COMPLIANT, '--date', '2026-11-24T09:30:00Z', '--reason', 'Jährliche Prüfung', '--location', '上海'], 'en'],
  ]

  /** The object number of the first page's content stream and the offset of a byte inside its data. */
  function firstPageContent(pdf: Buffer): {object: number; offset: number} {
    const text = pdf.toString('latin1')
    const page = /\/Type \/Page\n[^]*?\/Contents (\d+) 0 R/.exec(text)
    if (!page) throw new Error('no page with /Contents')
    const object = Number(page[1])
    const start = text.indexOf('stream\n', text.indexOf(`\n${object} 0 obj\n`)) + 'stream\n'.length
    return {object, offset: start + 20}
  }

  beforeAll(async () => {
    tmp = await tempDir('posattest-reproduce-')
    expect((await run('keygen', '-o', 'keys', '--cn', 'Priya Shah 夏', '--org', 'Harbour Lane Coffee Ltd', '--date', '2026-01-01')).code).toBe(0)
    expect((await run('evaluate', COMPLIANT, '-o', 'previous.json')).code).toBe(0)
    const made = await Promise.all([
      ...SIGNED.map(([output, args]) => run('report', ...args, '-o', output, ...sign)),
      run('report', GAPS, '-o', 'unsigned.pdf', '--lang', 'en', '--date', '2026-11-22'),
    ])
    expect(made.map((m) => m.code)).toEqual(made.map(() => 0))
    // Report, then sign: the signature field is added by an incremental update at another time.
    expect((await run('sign', 'unsigned.pdf', '-o', 'then-signed.pdf', '--p12', 'keys/signer.p12', '--location', 'Bristol 布里斯托', '--signing-time', '2026-11-23T10:11:12Z')).code).toBe(0)
  }, 240_000)

  afterAll(async () => {
    await tmp.cleanup()
  })

  const verify = (name: string) => run('verify', name, '--ca', 'keys/ca.pem', '--reproduce')

  it.each(SIGNED.map(([name, , lang]) => [name, lang]))('reproduces %s as report --sign made it, byte for byte', async (name, lang) => {
    const {code, stdout} = await verify(name)
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(`reproduced: yes, byte for byte apart from the signature (report --sign, ${lang})`)
    expect(code).toBe(0)
  })

  it('reproduces a report signed afterwards with posattest sign', async () => {
    const {code, stdout} = await verify('then-signed.pdf')
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('reproduced: yes, byte for byte apart from the signature (report, then sign, en)')
    expect(code).toBe(0)
  })

  it('names a report whose page content was changed before signing: pages-differ, at the changed byte and object', async () => {
    // Given: one byte of the first page's content stream flipped in the unsigned report, then signed
    const pdf = await readFile(file('unsigned.pdf'))
    const {object, offset} = firstPageContent(pdf)
    pdf[offset] = pdf[offset]! ^ 0x01
    await writeFile(file('edited.unsigned.pdf'), pdf)
    expect((await run('sign', 'edited.unsigned.pdf', '-o', 'edited.pdf', '--p12', 'keys/signer.p12', '--signing-time', '2026-11-23T10:11:12Z')).code).toBe(0)
    // When
    const {code, stdout} = await verify('edited.pdf')
    const json = JSON.parse((await run('verify', 'edited.pdf', '--ca', 'keys/ca.pem', '--reproduce', '--json')).stdout)
    // Then: the signature is valid and the result derived, but the pages are not posattest's
    expect(stdout.split('\n')[0]).toBe('edited.pdf: valid and trusted')
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(
      `reproduced: no: pages-differ: the signed bytes are not what posattest 0.1.0 renders from the embedded data (report, then sign): ` +
        `they differ from byte ${offset}, in object ${object}; the report was changed after it was rendered`,
    )
    expect([json.derivation, json.reproduction.code]).toEqual([null, 'pages-differ'])
    expect(code).toBe(1)
  })

  it('names a report rendered by another posattest version: other-version', async () => {
    const evaluated = await evaluateAnswersFile(GAPS, {generator: 'posattest 0.1.0'})
    const pdf = await renderReport(evaluated.result, {
      date: new Date('2026-11-20T00:00:00Z'),
      resultJson: evaluated.json,
      answersJson: canonicalAnswersJson(evaluated.answers),
      version: '0.1.1-patched',
    })
    await writeFile(file('patched.unsigned.pdf'), pdf)
    expect((await run('sign', 'patched.unsigned.pdf', '-o', 'patched.pdf', '--p12', 'keys/signer.p12', '--signing-time', '2026-11-21T00:00:00Z')).code).toBe(0)
    const {code, stdout} = await verify('patched.pdf')
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(
      'reproduced: no: other-version: the report was rendered by "posattest 0.1.1-patched"; this is posattest 0.1.0, which renders other bytes',
    )
    expect(code).toBe(1)
  })

  it('makes the gate refuse a report that is not reproduced where the policy sets require_reproducible', async () => {
    await writeFile(file('reproducible.yaml'), 'schema_version: 1\nname: Reproducible\ntrusted_roots: [keys/ca.pem]\nrequired_verdict: any\nrequire_reproducible: true\n')
    const judge = async (name: string) => {
      const {code, stdout} = await run('gate', name, '--policy', 'reproducible.yaml', '--now', '2026-12-01', '--format', 'json')
      return [code, (JSON.parse(stdout) as GateReport).reasons.map((r) => [r.rule, r.code])]
    }
    expect(await judge('then-signed.pdf')).toEqual([0, []])
    expect(await judge('zh-previous.pdf')).toEqual([0, []])
    expect(await judge('edited.pdf')).toEqual([1, [['reproducible', 'not-reproducible']]])
    expect(await judge('patched.pdf')).toEqual([1, [['reproducible', 'not-reproducible']]])
  })
})
