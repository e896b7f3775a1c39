// Signing and verifying the merchant-gaps report: `posattest sign`/`verify` as processes and signWithIdentity/
// verifySignature in-process, beside `openssl cms -sign`/`-verify` making and checking a detached SHA-256 CMS
// over the same unsigned report bytes with the same key and certificates.
import {spawnSync} from 'node:child_process'
import {mkdir, readFile, rm} from 'node:fs/promises'
import path from 'node:path'
import {dist, exampleAnswers, OUT} from './fixtures.mjs'
import {BIN, printComparison, ROOT, timeAsync, timeCommand} from './lib.mjs'

const PASSPHRASE = 'posattest-bench'

function run(command, args, env = {}) {
  const result = spawnSync(command, args, {cwd: ROOT, env: {...process.env, ...env}, encoding: 'utf8'})
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 500)}`)
  return result.stdout
}

export default async function sign() {
  const runs = Number(process.env.BENCH_RUNS ?? 10)
  const dir = path.join(OUT, 'sign')
  const keys = path.join(dir, 'keys')
  await rm(dir, {recursive: true, force: true})
  await mkdir(keys, {recursive: true})
  const env = {POSATTEST_P12_PASSPHRASE: PASSPHRASE}
  const file = (name) => path.relative(ROOT, path.join(dir, name))

  // Untimed setup: a trial identity, the unsigned report, and the p12's key exported once for openssl.
  const answers = path.relative(ROOT, exampleAnswers('merchant-gaps'))
  run(process.execPath, [BIN, 'report', answers, '-o', file('report.pdf')])
  const unsigned = await readFile(path.join(dir, 'report.pdf'))
  const {openSigningIdentity} = await dist('signing/identity.js')
  const {parseSigningDate} = await dist('signing/signing-time.js')
  const {signWithIdentity} = await dist('signing/sign.js')
  const {verifySignature} = await dist('signing/verify.js')
  const {findSignatureDictionaries} = await dist('signing/signature-dictionary.js')
  // Sign on the report's own date (the assessment date), inside the trial certificate's validity.
  const reportDate = /\/CreationDate \(D:(\d{4})(\d{2})(\d{2})/.exec(unsigned.toString('latin1'))
  const day = `${reportDate[1]}-${reportDate[2]}-${reportDate[3]}`
  const keygenFrom = `${Number(reportDate[1]) - 1}-01-01`
  run(process.execPath, [BIN, 'keygen', '-o', file('keys'), '--cn', 'posattest bench signer', '--date', keygenFrom, '--days', '3650', '--force'], env)
  run('openssl', ['pkcs12', '-in', file('keys/signer.p12'), '-nocerts', '-nodes', '-passin', 'env:POSATTEST_P12_PASSPHRASE', '-out', file('keys/key.pem')], env)

  const signArgs = [BIN, 'sign', file('report.pdf'), '--p12', file('keys/signer.p12'), '-o', file('signed.pdf'), '--date', day]
  const posattestSign = timeCommand(process.execPath, signArgs, {runs, env})
  // Detached (the cms default), DER, the signer and its CA in the message like posattest's signature.
  const opensslSignArgs = ['cms', '-sign', '-binary', '-md', 'sha256', '-in', file('report.pdf'), '-signer', file('keys/signer.pem'),
    '-inkey', file('keys/key.pem'), '-certfile', file('keys/ca.pem'), '-outform', 'DER', '-out', file('report.p7s')]
  const opensslSign = timeCommand('openssl', opensslSignArgs, {runs})
  printComparison('sign: posattest sign (CLI)', posattestSign, {label: 'openssl cms -sign', value: opensslSign})

  const posattestVerify = timeCommand(process.execPath, [BIN, 'verify', file('signed.pdf'), '--ca', file('keys/ca.pem')], {runs})
  const opensslVerifyArgs = ['cms', '-verify', '-binary', '-inform', 'DER', '-in', file('report.p7s'), '-content', file('report.pdf'),
    '-CAfile', file('keys/ca.pem'), '-out', file('report.verified')]
  const opensslVerify = timeCommand('openssl', opensslVerifyArgs, {runs})
  printComparison('verify: posattest verify --ca (CLI)', posattestVerify, {label: 'openssl cms -verify', value: opensslVerify})

  // In-process: the p12 file is read once; @signpdf's P12Signer still decrypts it on every signature.
  const identity = openSigningIdentity(await readFile(path.join(keys, 'signer.p12')), PASSPHRASE, 'signer.p12')
  const signingTime = parseSigningDate(day, '--date')
  let signed
  const signMs = await timeAsync(async () => (signed = await signWithIdentity(unsigned, identity, {signingTime})), {runs})
  printComparison('sign: signWithIdentity (in-process)', signMs, {label: 'openssl cms -sign', value: opensslSign})
  const ca = await readFile(path.join(keys, 'ca.pem'), 'utf8')
  let verdict
  const verifyMs = await timeAsync(async () => (verdict = await verifySignature(signed, {trustedRoots: [ca]})), {runs})
  if (!verdict.valid || !verdict.trusted) throw new Error(`verifySignature: ${verdict.reasons.join('; ')}`)
  printComparison('verify: verifySignature (in-process)', verifyMs, {label: 'openssl cms -verify', value: opensslVerify})

  const cliSigned = await readFile(path.join(dir, 'signed.pdf'))
  const cms = await readFile(path.join(dir, 'report.p7s'))
  const [signature] = findSignatureDictionaries(cliSigned).slice(-1)
  console.log(
    `  report ${unsigned.length.toLocaleString('en')} bytes; signed ${cliSigned.length.toLocaleString('en')} bytes ` +
      `(byte range ${signature.byteRange.join(' ')}); openssl's detached CMS ${cms.length.toLocaleString('en')} bytes; ` +
      `in-process signature ${signed.equals(cliSigned) ? 'byte-identical to' : 'differs from'} the CLI's`,
  )
}
