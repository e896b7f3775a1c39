import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runCli, tempDir} from '../helpers/run-cli.js'
import {signPdf} from '../../src/signing/sign.js'
import {verifySignature} from '../../src/signing/verify.js'
import {makeReportPdf, SIGNING, SIGNING_TIME, trialIdentity} from '../signing/signing-fixtures.js'

const CA = path.join(SIGNING, 'trial/ca.pem')
const OTHER = path.join(SIGNING, 'other/ca.pem')
const NOW = '2026-12-01'

let dir: string
let cleanup: () => Promise<void>
let signed: string
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

const embedded =
  'embedded result (posattest-result.json):\n' +
  '  entity:    Golden Dragon Catering (Shanghai) Co., Ltd.\n' +
  '  role:      merchant\n' +
  '  assessed:  2026-03-16\n' +
  '  verdict:   non_compliant\n' +
  '  score:     65.5\n' +
  '  gaps:      6\n'

describe('posattest verify', () => {
  it('exits 0 for a valid signature from the given CA, and summarises the embedded result', async () => {
    expect(await runCli(['verify', signed, '--now', NOW, '--ca', CA])).toEqual({
      code: 0,
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
    expect((await runCli(['verify', signed, '--now', NOW, '--ca', OTHER, '--ca', CA])).code).toBe(0)
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
    const result = await runCli(['verify', signed, '--now', NOW, '--ca', CA, '--json'])
    expect(result.code).toBe(0)
    const json = JSON.parse(result.stdout)
    expect(json).toMatchObject({
      file: signed,
      rootsGiven: true,
      signature: {signed: true, valid: true, trusted: true, coversWholeFile: true, signingTime: '2026-11-24T10:00:00.000Z', reasons: []},
      embeddedResult: {entity: 'Golden Dragon Catering (Shanghai) Co., Ltd.', verdict: 'non_compliant', score: 65.5, gaps: 6},
      embeddedResultNote: null,
    })
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
