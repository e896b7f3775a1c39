import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {RAW_CONTROLS} from '../helpers/hostile-text.js'
import {FIXTURES, runCli, tempDir} from '../helpers/run-cli.js'
import {signPdf} from '../../src/signing/sign.js'
import {verifySignature} from '../../src/signing/verify.js'
import {makeReportPdf, SIGNING, SIGNING_TIME, trialIdentity} from '../signing/signing-fixtures.js'

const CA = path.join(SIGNING, 'trial/ca.pem')
const OTHER = path.join(SIGNING, 'other/ca.pem')

let dir: string
let cleanup: () => Promise<void>
/** A small signed PDF carrying a result but no answers (not made by posattest report). */
let signed: string
/** A signed report made by `posattest report --sign` from the report answers fixture. */
let report: string
let signer: string
let coverage: string
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
  coverage = '  signed at: 2026-11-24T10:00:00Z\n  reason:    Annual attestation\n  location:  Shanghai\n  coverage:  the whole file\n'
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
  '  score:     89.9\n' +
  '  gaps:      3\n'

describe('posattest verify', () => {
  it('exits 0 for a valid signature from the given CA, and summarises the embedded result once it is derived', async () => {
    expect(await runCli(['verify', report, '--ca', CA])).toEqual({
      code: 0,
      stdout: `${report}: valid and trusted\n${signer}${coverage}${derived}`,
      stderr: '',
    })
  })

  it('exits 1 for a valid, trusted signature over a result that cannot be evaluated again, naming the code', async () => {
    expect(await runCli(['verify', signed, '--ca', CA])).toEqual({
      code: 1,
      stdout: `${signed}: valid and trusted\n${signer}${coverage}${embedded}`,
      stderr: '',
    })
  })

  it('exits 1 without --ca: valid but untrusted', async () => {
    expect(await runCli(['verify', signed])).toEqual({
      code: 1,
      stdout: `${signed}: valid but untrusted: no --ca given\n${signer}${coverage}${embedded}`,
      stderr: '',
    })
  })

  it('exits 1 with another CA, saying why', async () => {
    expect(await runCli(['verify', signed, '--ca', OTHER])).toEqual({
      code: 1,
      stdout:
        `${signed}: valid but untrusted\n${signer}${coverage}` +
        "  - the signer's certificate does not chain to a trusted root: No valid certificate paths found\n" +
        embedded,
      stderr: '',
    })
  })

  it('trusts the CA given as the second --ca', async () => {
    expect((await runCli(['verify', report, '--ca', OTHER, '--ca', CA])).code).toBe(0)
  })

  it('exits 1 for a changed file, lists the reasons and does not show the embedded result', async () => {
    const bytes = await readFile(signed)
    bytes.write('X', bytes.indexOf('Test report'), 'latin1')
    const changed = path.join(dir, 'changed.pdf')
    await writeFile(changed, Buffer.concat([bytes, Buffer.from('\n')]))
    expect(await runCli(['verify', changed, '--ca', CA])).toEqual({
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
    const result = await runCli(['verify', report, '--ca', CA, '--json'])
    expect(result.code).toBe(0)
    const json = JSON.parse(result.stdout)
    expect(json).toMatchObject({
      file: report,
      rootsGiven: true,
      signature: {signed: true, valid: true, trusted: true, coversWholeFile: true, signingTime: '2026-11-24T10:00:00.000Z', reasons: []},
      embeddedResult: {entity: '上海小笼包餐饮有限公司', verdict: 'non_compliant', score: 89.9, gaps: 3},
      embeddedResultNote: null,
      derivation: null,
      reproduction: null,
    })
    const underived = JSON.parse((await runCli(['verify', signed, '--ca', CA, '--json'])).stdout)
    expect([underived.embeddedResult, underived.derivation.code]).toEqual([null, 'no-embedded-answers'])
    const untrusted = await runCli(['verify', signed, '--json'])
    expect([untrusted.code, JSON.parse(untrusted.stdout).signature.trusted]).toEqual([1, false])
  })

  it('exits 1 with one line for a PDF without a signature', async () => {
    const unsigned = path.join(dir, 'unsigned.pdf')
    await writeFile(unsigned, await makeReportPdf())
    expect(await runCli(['verify', unsigned, '--ca', CA])).toEqual({code: 1, stdout: `${unsigned}: no signature found\n`, stderr: ''})
  })

  it('exits 2 with one line for a file that is not a PDF, a missing file and an unreadable --ca', async () => {
    const notes = path.join(dir, 'notes.txt')
    await writeFile(notes, 'notes\n')
    expect(await runCli(['verify', notes])).toEqual({code: 2, stdout: '', stderr: `posattest: ${notes}: not a PDF file (no %PDF- header)\n`})
    const missing = path.join(dir, 'missing.pdf')
    expect(await runCli(['verify', missing])).toEqual({code: 2, stdout: '', stderr: `posattest: ${missing}: no such file or directory\n`})
    expect(await runCli(['verify', signed, '--ca', notes])).toEqual({
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
