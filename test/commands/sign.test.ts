import {spawn, spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {BIN, runCli, tempDir} from '../helpers/run-cli.js'
import {verifySignature} from '../../src/signing/verify.js'
import {findSignatureDictionaries} from '../../src/signing/signature-dictionary.js'
import {makeReportPdf, PASSPHRASE, SIGNING, TRIAL_CA, TRIAL_P12} from '../helpers/signing-fixtures.js'

const env = {POSATTEST_P12_PASSPHRASE: PASSPHRASE, SOURCE_DATE_EPOCH: undefined}
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

let dir: string
let cleanup: () => Promise<void>
let report: string
beforeAll(async () => {
  ;({dir, cleanup} = await tempDir('posattest-sign-cli-'))
  report = path.join(dir, 'report.pdf')
  await writeFile(report, await makeReportPdf())
})
afterAll(() => cleanup())

describe('posattest sign', () => {
  it('signs, prints signer, time and hash, and writes a file that verifies as trusted', async () => {
    const output = path.join(dir, 'signed.pdf')
    const result = await runCli(['sign', report, '--p12', TRIAL_P12, '-o', output, '--signing-time', '2026-11-24', '--reason', 'Annual attestation', '--location', 'Berlin'], {env})
    const signed = await readFile(output)
    expect(result).toEqual({
      code: 0,
      stdout:
        `signed ${report} -> ${output}\n` +
        `  signer: Test Signer 测试 (serial ${(await verifySignature(signed, {trustedRoots: []})).signer!.serial}, issued by Posattest Test Merchant trial CA (posattest))\n` +
        '  time:   2026-11-24T00:00:00Z\n' +
        `  sha256: ${sha256(signed)}\n`,
      stderr: '',
    })
    const [signature] = findSignatureDictionaries(signed)
    expect([signature!.reason, signature!.location, signature!.modified]).toEqual(['Annual attestation', 'Berlin', new Date('2026-11-24T00:00:00Z')])
    expect((await verifySignature(signed, {trustedRoots: [TRIAL_CA]})).trusted).toBe(true)
  })

  it('gives byte-identical files for the same --signing-time, and for the same SOURCE_DATE_EPOCH', async () => {
    const hashes: string[] = []
    for (const [name, extra, runEnv] of [
      ['one.pdf', ['--signing-time', '2026-11-24T10:00:00Z'], env],
      ['two.pdf', ['--signing-time', '2026-11-24T10:00:00Z'], env],
      ['three.pdf', [], {...env, SOURCE_DATE_EPOCH: '1795514400'}],
    ] as const) {
      const output = path.join(dir, name)
      expect((await runCli(['sign', report, '--p12', TRIAL_P12, '-o', output, ...extra], {env: runEnv})).code).toBe(0)
      hashes.push(sha256(await readFile(output)))
    }
    // 1795514400 is 2026-11-24T10:00:00Z.
    expect(new Set(hashes).size).toBe(1)
  })

  it('reports in --json', async () => {
    const output = path.join(dir, 'json.pdf')
    const result = await runCli(['sign', report, '--p12', TRIAL_P12, '-o', output, '--signing-time', '2026-11-24', '--json'], {env})
    expect(result.code).toBe(0)
    const signed = await readFile(output)
    expect(JSON.parse(result.stdout)).toEqual({
      input: report,
      output,
      signer: 'Test Signer 测试',
      serial: expect.stringMatching(/^[0-9a-f]+$/),
      issuer: 'Posattest Test Merchant trial CA (posattest)',
      signingTime: '2026-11-24T00:00:00.000Z',
      timestamp: null,
      bytes: signed.length,
      sha256: sha256(signed),
    })
  })

  describe('exits 2 with one clear line', () => {
    let signedAlready: string
    let truncated: string
    let notPdf: string
    beforeAll(async () => {
      signedAlready = path.join(dir, 'already.pdf')
      expect((await runCli(['sign', report, '--p12', TRIAL_P12, '-o', signedAlready, '--signing-time', '2026-11-24'], {env})).code).toBe(0)
      truncated = path.join(dir, 'truncated.pdf')
      const bytes = await readFile(report)
      await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)))
      notPdf = path.join(dir, 'notes.txt')
      await writeFile(notPdf, 'these are notes\n')
    })

    const cases: Array<[string, () => {args: string[]; env?: Record<string, string | undefined>; message: string}]> = [
      ['a wrong passphrase', () => ({args: [report, '--p12', TRIAL_P12], env: {POSATTEST_P12_PASSPHRASE: 'wrong'}, message: `${TRIAL_P12}: wrong passphrase (the PKCS#12 integrity check failed)`})],
      ['a corrupt p12', () => ({args: [report, '--p12', path.join(SIGNING, 'corrupt.p12')], message: `${path.join(SIGNING, 'corrupt.p12')}: not a PKCS#12 (.p12/.pfx) file: it cannot be parsed`})],
      ['a missing p12', () => ({args: [report, '--p12', path.join(dir, 'none.p12')], message: `${path.join(dir, 'none.p12')}: no such file or directory`})],
      ['an Ed25519 key', () => ({args: [report, '--p12', path.join(SIGNING, 'ed25519-key.p12')], message: `${path.join(SIGNING, 'ed25519-key.p12')}: the private key is of type ed25519; posattest signs with RSA or EC keys only`})],
      ['not a PDF', () => ({args: [notPdf, '--p12', TRIAL_P12], message: `${notPdf}: not a PDF file (no %PDF- header)`})],
      ['a truncated PDF', () => ({args: [truncated, '--p12', TRIAL_P12], message: `${truncated}: truncated or damaged PDF (it does not end with %%EOF)`})],
      ['an already signed PDF', () => ({args: [signedAlready, '--p12', TRIAL_P12], message: `${signedAlready}: already signed by Test Signer 测试; posattest adds no second signature`})],
      ['no passphrase', () => ({args: [report, '--p12', TRIAL_P12], env: {POSATTEST_P12_PASSPHRASE: undefined}, message: 'no passphrase: set POSATTEST_P12_PASSPHRASE or name a variable with --passphrase-env (a prompt needs a terminal)'})],
      ['a date outside the certificate', () => ({args: [report, '--p12', TRIAL_P12, '--signing-time', '2040-01-01'], message: `${TRIAL_P12}: the signer certificate is valid from 2026-01-01T00:00:00.000Z to 2035-12-30T00:00:00.000Z, not at the signing time 2040-01-01T00:00:00.000Z`})],
      ['a bad --signing-time', () => ({args: [report, '--p12', TRIAL_P12, '--signing-time', 'tomorrow'], message: '--signing-time must be a day (YYYY-MM-DD) or a time with a zone (2026-11-24T10:00:00Z), not tomorrow'})],
    ]
    it.each(cases)('%s', async (_what, make) => {
      const {args, env: extra, message} = make()
      const output = path.join(dir, 'out.pdf')
      const result = await runCli(['sign', ...args, '-o', output], {env: {...env, ...extra}})
      expect(result).toEqual({code: 2, stdout: '', stderr: `posattest: ${message}\n`})
      await expect(readFile(output)).rejects.toMatchObject({code: 'ENOENT'})
    })
  })
})

// util-linux `script` runs the CLI on a pseudo-terminal, where the passphrase prompt appears.
const hasScript = spawnSync('script', ['--version'], {encoding: 'utf8'}).status === 0

/** Runs the CLI on a pseudo-terminal, answers each prompt in turn, and returns the screen and exit code. */
function onTerminal(args: string[], answers: string[]): Promise<{code: number; screen: string}> {
  const command = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ')
  const childEnv: Record<string, string | undefined> = {...process.env, NO_COLOR: '1', TERM: 'xterm'}
  delete childEnv.POSATTEST_P12_PASSPHRASE
  delete childEnv.SOURCE_DATE_EPOCH
  const child = spawn('script', ['-qfec', command, '/dev/null'], {stdio: ['pipe', 'pipe', 'pipe'], env: childEnv})
  let screen = ''
  let prompts = 0
  const onData = (chunk: Buffer) => {
    screen += chunk.toString('utf8').replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '')
    const seen = screen.split(/p12 passphrase|\? again/).length - 1
    while (prompts < seen && prompts < answers.length) child.stdin.write(`${answers[prompts++]}\r`)
  }
  child.stdout.on('data', onData)
  child.stderr.on('data', onData)
  return new Promise((resolve) => child.on('close', (code) => resolve({code: code ?? -1, screen})))
}

describe.skipIf(!hasScript)('posattest sign and keygen on a terminal', () => {
  it('sign asks for the passphrase without echoing it', async () => {
    const output = path.join(dir, 'prompted.pdf')
    const {code, screen} = await onTerminal(['sign', report, '--p12', TRIAL_P12, '-o', output, '--signing-time', '2026-11-24'], [PASSPHRASE])
    expect(code).toBe(0)
    expect(screen).toContain('p12 passphrase')
    expect(screen).not.toContain(PASSPHRASE)
    expect((await verifySignature(await readFile(output), {trustedRoots: [TRIAL_CA]})).trusted).toBe(true)
  })

  it('keygen asks twice and stops when the answers differ', async () => {
    const {code, screen} = await onTerminal(['keygen', '-o', path.join(dir, 'prompted-keys')], ['first-pass', 'second-pass'])
    expect(code).toBe(2)
    expect(screen).toContain('posattest: the two passphrases differ')
    await expect(readFile(path.join(dir, 'prompted-keys/signer.p12'))).rejects.toMatchObject({code: 'ENOENT'})
  })
})
