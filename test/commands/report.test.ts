import {createHash} from 'node:crypto'
import {readFile, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {loadAnswersFile} from '../../src/answers/load-answers.js'
import {loadCatalog} from '../../src/catalog/catalog.js'
import {canonicalAnswersJson} from '../../src/evaluation/canonical-json.js'
import type {AssessmentResult} from '../../src/generated/result.js'
import {createTrialIdentity} from '../../src/signing/identity.js'
import {FIXTURES, ROOT, runCli, tempDir} from '../helpers/run-cli.js'
import {downTsaUrl, startTsa} from '../helpers/tsa.mjs'
import {pdfInfo, pdfPageCount, pdfText, tool} from '../helpers/pdf-tools.js'

const RESULT = path.join(FIXTURES, 'report/result.json')
const ANSWERS = path.join(FIXTURES, 'report/answers/answers.yaml')
/** The environment without a SOURCE_DATE_EPOCH that the caller's shell may have set. */
const ENV = {SOURCE_DATE_EPOCH: undefined, POSATTEST_P12_PASSPHRASE: undefined}
const report = (args: string[], env: Record<string, string | undefined> = {}) => runCli(['report', ...args], {env: {...ENV, ...env}})

let tmp: {dir: string; cleanup: () => Promise<void>}
const out = (name: string) => path.join(tmp.dir, name)
const sha256 = async (file: string) => createHash('sha256').update(await readFile(file)).digest('hex')
/** The attachment `name` as poppler reads it back. */
const detach = async (pdf: string, name = 'posattest-result.json') => {
  const saved = `${pdf}.${name}`
  const {code} = await tool('pdfdetach', ['-savefile', name, '-o', saved, pdf])
  expect(code).toBe(0)
  return readFile(saved, 'utf8')
}

beforeAll(async () => {
  tmp = await tempDir()
})
afterAll(async () => {
  await tmp.cleanup()
})

describe('posattest report', () => {
  it('re-renders a stored result, attaching it byte for byte, and says what it wrote', async () => {
    const pdf = out('result.pdf')
    const {code, stdout, stderr} = await report([RESULT, '-o', pdf])
    const [pages, bytes] = [await pdfPageCount(pdf), (await stat(pdf)).size]
    expect([code, stdout, stderr]).toEqual([0, '', `Wrote ${pdf}: ${pages} pages, ${bytes} bytes, non-compliant (score 65.5 of 100)\n`])
    expect(await detach(pdf)).toBe(await readFile(RESULT, 'utf8'))
    expect((await pdfText(pdf, 1)).split('\n')).toContain(`Page 1 of ${pages}`)
    // Without --date or SOURCE_DATE_EPOCH the report is dated on the assessment date.
    expect((await pdfInfo(pdf)).CreationDate).toBe('2026-03-16T00:00:00Z')
  })

  it('gives the same bytes from two processes, whatever the time zone', async () => {
    const [a, b] = [out('same-a.pdf'), out('same-b.pdf')]
    expect((await report([RESULT, '-o', a], {TZ: 'Asia/Shanghai'})).code).toBe(0)
    expect((await report([RESULT, '-o', b], {TZ: 'America/New_York'})).code).toBe(0)
    expect(await sha256(b)).toBe(await sha256(a))
  })

  it('dates the report from --date, else SOURCE_DATE_EPOCH', async () => {
    const [epoch, both] = [out('epoch.pdf'), out('both.pdf')]
    expect((await report([RESULT, '-o', epoch], {SOURCE_DATE_EPOCH: '1774000000'})).code).toBe(0)
    expect((await report([RESULT, '-o', both, '--date', '2026-04-01'], {SOURCE_DATE_EPOCH: '1774000000'})).code).toBe(0)
    expect((await pdfInfo(epoch)).CreationDate).toBe('2026-03-20T09:46:40Z')
    expect((await pdfInfo(both)).ModDate).toBe('2026-04-01T00:00:00Z')
    // The attestation carries the report date.
    expect(await pdfText(both)).toContain('2026-04-01')
  })

  it('evaluates an answers file in its own language, attaching exactly what evaluate writes', async () => {
    const [pdf, json] = [out('answers.pdf'), out('answers.json')]
    const {code, stderr} = await report([ANSWERS, '-o', pdf])
    expect(code).toBe(0)
    expect(stderr).toMatch(/^Wrote .*answers\.pdf: \d+ pages, \d+ bytes, non-compliant \(score [\d.]+ of 100\)\n$/)
    expect((await runCli(['evaluate', ANSWERS, '-o', json], {env: ENV})).code).toBe(1)
    expect(await detach(pdf)).toBe(await readFile(json, 'utf8'))
    // Beside it, the answers that were evaluated, as canonical JSON (sorted keys, no spaces, one final newline).
    const answers = await detach(pdf, 'posattest-answers.json')
    expect(answers).toBe(canonicalAnswersJson((await loadAnswersFile(ANSWERS, await loadCatalog())).answers))
    expect(answers).toMatch(/^\{"assessment":\{"acquirer":.*\}\n$/s)
    expect((await tool('pdfdetach', ['-list', pdf])).stdout).toBe('2 embedded files\n1: posattest-answers.json\n2: posattest-result.json\n')
    const text = await pdfText(pdf)
    const result = JSON.parse(await readFile(json, 'utf8')) as AssessmentResult
    for (const control of result.controls) expect(text, control.id).toContain(control.id)
    expect(text.split('\n')).toContain('1. 执行摘要')
    expect(text).toContain('没有可供比较的上次评估')
  })

  it('renders the merchant-gaps example with every applicable control and its remediation plan', async () => {
    const answers = path.join(ROOT, 'examples/merchant-gaps/answers.yaml')
    const [pdf, json] = [out('example.pdf'), out('example.json')]
    expect((await report([answers, '-o', pdf, '--lang', 'en'])).code).toBe(0)
    expect((await runCli(['evaluate', answers, '-o', json], {env: ENV})).code).toBe(1)
    expect(await detach(pdf)).toBe(await readFile(json, 'utf8'))
    const result = JSON.parse(await readFile(json, 'utf8')) as AssessmentResult
    const text = await pdfText(pdf)
    for (const control of result.controls) expect(text, control.id).toContain(control.id)
    const lines = text.split('\n')
    expect(lines).toContain('4. Remediation plan')
    for (const item of result.remediation) expect(lines, item.control_id).toContain(`Due ${item.due_date}`)
  })

  it('renders in the language asked for, with the changes since --previous', async () => {
    const pdf = out('previous.pdf')
    expect((await report([ANSWERS, '-o', pdf, '--lang', 'en', '--previous', RESULT])).code).toBe(0)
    // The previous result is attached, so a reader derives the changes too.
    expect(JSON.parse(await detach(pdf, 'posattest-previous-result.json'))).toEqual(JSON.parse(await readFile(RESULT, 'utf8')))
    const text = await pdfText(pdf)
    expect(text.split('\n')).toContain('1. Executive summary')
    expect(text).toContain('2026-03-16: Non-compliant, score 65.5')
    expect(text).not.toContain('There is no previous assessment')
  })

  it('returns a summary with --json', async () => {
    const pdf = out('json.pdf')
    const {code, stdout, stderr} = await report([RESULT, '-o', pdf, '--json', '--lang', 'zh-CN'])
    expect([code, stderr]).toEqual([0, ''])
    expect(JSON.parse(stdout)).toEqual({
      output: pdf,
      bytes: (await stat(pdf)).size,
      pages: await pdfPageCount(pdf),
      sha256: await sha256(pdf),
      lang: 'zh-CN',
      date: '2026-03-16',
      verdict: 'non_compliant',
      score: 65.5,
    })
  })

  it('signs the report with a p12, keeping the attachment, the same bytes on every run', async () => {
    const identity = createTrialIdentity({
      commonName: 'Chen Jing',
      organization: 'Golden Dragon Catering',
      notBefore: new Date('2026-01-01T00:00:00Z'),
      days: 365,
      passphrase: 'correct horse',
    })
    const p12 = out('signer.p12')
    await writeFile(p12, identity.p12)
    const [a, b] = [out('signed-a.pdf'), out('signed-b.pdf')]
    const sign = (file: string) =>
      report([RESULT, '-o', file, '--sign', '--p12', p12, '--passphrase-env', 'SIGNING_PASS', '--location', '上海', '--signing-time', '2026-03-16T09:30:00+08:00'], {
        SIGNING_PASS: 'correct horse',
      })
    const first = await sign(a)
    expect(first.code).toBe(0)
    expect(first.stderr).toMatch(/, signed by Chen Jing\n$/)
    expect((await sign(b)).code).toBe(0)
    expect(await sha256(b)).toBe(await sha256(a))

    const {stdout} = await tool('pdfsig', [a])
    expect(stdout).toContain('Signer Certificate Common Name: Chen Jing')
    expect(stdout).toContain('Signing Time: Mar 16 2026 01:30:00')
    expect(stdout).toContain('Total document signed')
    expect(stdout).toContain('Signature Validation: Signature is Valid.')
    expect(await detach(a)).toBe(await readFile(RESULT, 'utf8'))
    expect((await tool('qpdf', ['--check', a])).code).toBe(0)

    const wrong = await report([RESULT, '-o', out('wrong.pdf'), '--sign', '--p12', p12], {POSATTEST_P12_PASSPHRASE: 'wrong'})
    expect([wrong.code, wrong.stdout]).toEqual([2, ''])
    expect(wrong.stderr).toMatch(/^posattest: .*signer\.p12: .*passphrase.*\n$/)
  })

  it('signs a past assessment with a fresh keygen: the signature is dated now, the report keeps its own date', async () => {
    const keys = out('fresh-keys')
    const env = {POSATTEST_P12_PASSPHRASE: 'fresh'}
    expect((await runCli(['keygen', '-o', keys], {env})).code).toBe(0)
    const [signed, unsigned] = [out('fresh-signed.pdf'), out('fresh-unsigned.pdf')]
    const before = Math.floor(Date.now() / 1000) * 1000
    // From answers: verify shows what a report attests only once its embedded answers give its result again.
    const made = await report([ANSWERS, '-o', signed, '--sign', '--p12', path.join(keys, 'signer.p12'), '--json'], env)
    expect(made.code).toBe(0)
    const summary = JSON.parse(made.stdout) as {date: string; signing_time: string}
    expect(summary.date).toBe('2026-11-20')
    expect(new Date(summary.signing_time).getTime()).toBeGreaterThanOrEqual(before)
    expect(new Date(summary.signing_time).getTime()).toBeLessThanOrEqual(Date.now())
    expect((await pdfInfo(signed)).CreationDate).toBe('2026-11-20T00:00:00Z')
    const {stdout} = await tool('pdfsig', [signed])
    expect(stdout).toContain('Signature Validation: Signature is Valid.')
    expect(stdout).toContain('Signature Type: ETSI.CAdES.detached')
    const verified = await runCli(['verify', signed, '--ca', path.join(keys, 'ca.pem')], {env: ENV})
    expect(verified.code).toBe(0)
    expect(verified.stdout).toContain(`signed at: ${summary.signing_time.replace('.000Z', 'Z')}`)
    // The unsigned report of the same input is the same bytes as without signing flags at any time.
    expect((await report([ANSWERS, '-o', unsigned])).code).toBe(0)
    expect((await report([ANSWERS, '-o', out('fresh-unsigned-again.pdf'), '--date', '2026-11-20'])).code).toBe(0)
    expect(await sha256(unsigned)).toBe(await sha256(out('fresh-unsigned-again.pdf')))
  })

  it('signs with a timestamp from the first TSA that answers and an embedded CRL (--tsa, --tsa-ca, --embed-revocation)', async () => {
    const keys = out('tsa-keys')
    const env = {POSATTEST_P12_PASSPHRASE: 'tsa'}
    expect((await runCli(['keygen', '-o', keys], {env})).code).toBe(0)
    expect((await runCli(['keygen', 'revoke', '--ca-dir', keys], {env})).code).toBe(0)
    const tsa = await startTsa()
    try {
      const down = await downTsaUrl()
      const signed = out('stamped.pdf')
      const args = [ANSWERS, '-o', signed, '--sign', '--p12', path.join(keys, 'signer.p12'), '--tsa', down, '--tsa', tsa.url, '--tsa-ca', tsa.caFile]
      const made = await report([...args, '--embed-revocation', path.join(keys, 'ca.crl')], env)
      expect(made.code).toBe(0)
      expect(made.stderr).toMatch(new RegExp(`, signed by posattest trial signer, timestamped \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z by ${tsa.url}\n$`))
      const {stdout} = await tool('pdfsig', [signed])
      expect(stdout).toContain('Signature Validation: Signature is Valid.')
      expect(stdout).toContain('Total document signed')
      expect((await runCli(['verify', signed, '--ca', path.join(keys, 'ca.pem')], {env: ENV})).code).toBe(0)
      const refused = await report([RESULT, '-o', out('never.pdf'), '--sign', '--p12', path.join(keys, 'signer.p12'), '--tsa', down], env)
      expect(refused).toEqual({code: 2, stdout: '', stderr: `posattest: no time-stamping authority gave a usable timestamp (${down}: cannot connect (ECONNREFUSED))\n`})
      await expect(stat(out('never.pdf'))).rejects.toThrow()
    } finally {
      await tsa.stop()
    }
  })

  it('refuses to sign with a certificate not valid at the signing time', async () => {
    const identity = createTrialIdentity({commonName: 'Late', notBefore: new Date('2026-06-01T00:00:00Z'), days: 30, passphrase: 'p'})
    const p12 = out('late.p12')
    await writeFile(p12, identity.p12)
    const {code, stderr} = await report([RESULT, '-o', out('late.pdf'), '--sign', '--p12', p12, '--signing-time', '2026-03-16'], {POSATTEST_P12_PASSPHRASE: 'p'})
    expect(code).toBe(2)
    expect(stderr).toBe(
      `posattest: ${p12}: the signer certificate is valid from 2026-06-01T00:00:00.000Z to 2026-07-01T00:00:00.000Z, not at the signing time 2026-03-16T00:00:00.000Z\n`,
    )
  })

  it('rejects bad input with one line and exit 2', async () => {
    const pdf = out('never.pdf')
    const broken = out('broken.json')
    await writeFile(broken, '{\n  "schema_version": 1,\n  "verdict": "maybe"\n')
    const notResult = out('not-result.json')
    await writeFile(notResult, '{"schema_version": 1}\n')
    const cases: [string[], string][] = [
      [['missing.yaml', '-o', pdf], 'posattest: missing.yaml: no such file or directory\n'],
      [[broken, '-o', pdf], `posattest: ${broken}:4:1: not valid JSON (Expected ',' or '}' after property value)\n`],
      [[notResult, '-o', pdf], `posattest: ${notResult}: not a posattest result (missing required key 'generator')\n`],
      [
        [RESULT, '-o', pdf, '--previous', RESULT],
        `posattest: --previous needs an answers file; ${RESULT} is a stored result, which already holds its changes\n`,
      ],
      [[RESULT, '-o', pdf, '--catalog', 'controls'], `posattest: --catalog needs an answers file; ${RESULT} is a stored result, already evaluated\n`],
      [[RESULT, '-o', pdf, '--date', '2026-02-30'], 'posattest: --date must be a day (YYYY-MM-DD) or a time with a zone (2026-11-24T10:00:00Z), not 2026-02-30\n'],
    ]
    for (const [args, stderr] of cases) {
      expect(await report(args), args.join(' ')).toEqual({code: 2, stdout: '', stderr})
    }
    await expect(stat(pdf)).rejects.toThrow()
  })

  it('needs --p12 with --sign, and a passphrase when there is no terminal', async () => {
    const noP12 = await report([RESULT, '-o', out('x.pdf'), '--sign'])
    expect(noP12.code).toBe(2)
    expect(noP12.stderr).toMatch(/^posattest: .*--p12.*\n$/)
    const noPassphrase = await report([RESULT, '-o', out('x.pdf'), '--sign', '--p12', path.join(FIXTURES, 'signing/trial/signer.p12')])
    expect(noPassphrase).toEqual({
      code: 2,
      stdout: '',
      stderr: 'posattest: no passphrase: set POSATTEST_P12_PASSPHRASE or name a variable with --passphrase-env (a prompt needs a terminal)\n',
    })
  })
})
