// Signing and verifying the merchant-gaps report: `posattest sign`/`verify` as processes and signWithIdentity/
// verifySignature in-process, beside `openssl cms -sign`/`-verify` making and checking a detached SHA-256 CMS
// over the same unsigned report bytes with the same key and certificates. Then signing with an RFC 3161
// timestamp from a local TSA (openssl ts -reply behind HTTP on 127.0.0.1), beside openssl cms -sign followed by
// openssl ts -query and openssl ts -reply against the same TSA key.
import {spawnSync} from 'node:child_process'
import {mkdir, readFile, rm} from 'node:fs/promises'
import path from 'node:path'
import {dist, exampleAnswers, OUT} from './fixtures.mjs'
import {BIN, printComparison, ROOT, timeAsync, timeCommand} from './lib.mjs'
import {Worker} from 'node:worker_threads'

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
  const {startOfDay} = await dist('model/day.js')
  const {signWithIdentity} = await dist('signing/sign.js')
  const {verifySignature} = await dist('signing/verify.js')
  const {findSignatureDictionaries} = await dist('signing/signature-dictionary.js')
  // Sign on the report's own date (the assessment date), inside the trial certificate's validity.
  const reportDate = /\/CreationDate \(D:(\d{4})(\d{2})(\d{2})/.exec(unsigned.toString('latin1'))
  const day = `${reportDate[1]}-${reportDate[2]}-${reportDate[3]}`
  const keygenFrom = `${Number(reportDate[1]) - 1}-01-01`
  run(process.execPath, [BIN, 'keygen', '-o', file('keys'), '--cn', 'posattest bench signer', '--date', keygenFrom, '--days', '3650', '--force'], env)
  run('openssl', ['pkcs12', '-in', file('keys/signer.p12'), '-nocerts', '-nodes', '-passin', 'env:POSATTEST_P12_PASSPHRASE', '-out', file('keys/key.pem')], env)

  const signArgs = [BIN, 'sign', file('report.pdf'), '--p12', file('keys/signer.p12'), '-o', file('signed.pdf'), '--signing-time', day]
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
  // The floor under both CLI lines: starting Node itself, measured in the same run.
  const node = timeCommand(process.execPath, ['-e', '0'], {runs})
  printComparison('sign: posattest sign (CLI)', posattestSign, {label: 'node -e 0', value: node})
  printComparison('verify: posattest verify --ca (CLI)', posattestVerify, {label: 'node -e 0', value: node})
  printComparison('floor: node -e 0', node, {label: 'openssl cms -sign', value: opensslSign})

  // In-process: the p12 is opened once (forge unpacks it, node:crypto signs); the CAdES CMS is built by pkijs.
  const p12Bytes = await readFile(path.join(keys, 'signer.p12'))
  const identity = openSigningIdentity(p12Bytes, PASSPHRASE, 'signer.p12')
  const signingTime = startOfDay(day)
  let signed
  const signMs = await timeAsync(async () => (signed = await signWithIdentity(unsigned, identity, {signingTime})), {runs})
  printComparison('sign: signWithIdentity (in-process)', signMs, {label: 'openssl cms -sign', value: opensslSign})
  // The signer posattest used before (@signpdf's P12Signer: forge RSA, the p12 decrypted on every signature), for the record.
  const [{SignPdf}, {P12Signer}, {addPlaceholderToPdf}, {DEFAULT_REASON}] = await Promise.all([
    import('@signpdf/signpdf'),
    import('@signpdf/signer-p12'),
    dist('signing/placeholder.js'),
    dist('signing/sign.js'),
  ])
  const prepared = addPlaceholderToPdf(unsigned, {name: identity.name, reason: DEFAULT_REASON, location: '', contactInfo: '', signingTime}, 'report.pdf')
  const p12SignerMs = await timeAsync(() => new SignPdf().sign(prepared, new P12Signer(p12Bytes, {passphrase: PASSPHRASE}), signingTime), {runs})
  printComparison('sign: P12Signer, before (in-process)', p12SignerMs, {label: 'openssl cms -sign', value: opensslSign})
  const ca = await readFile(path.join(keys, 'ca.pem'), 'utf8')
  let verdict
  const verifyMs = await timeAsync(async () => (verdict = await verifySignature(signed, {trustedRoots: [ca]})), {runs})
  if (!verdict.valid || !verdict.trusted) throw new Error(`verifySignature: ${verdict.reasons.join('; ')}`)
  printComparison('verify: verifySignature (in-process)', verifyMs, {label: 'openssl cms -verify', value: opensslVerify})

  await timestampBench({identity, unsigned, signingTime, runs, file, env})

  const cliSigned = await readFile(path.join(dir, 'signed.pdf'))
  const cms = await readFile(path.join(dir, 'report.p7s'))
  const [signature] = findSignatureDictionaries(cliSigned).slice(-1)
  console.log(
    `  report ${unsigned.length.toLocaleString('en')} bytes; signed ${cliSigned.length.toLocaleString('en')} bytes ` +
      `(byte range ${signature.byteRange.join(' ')}); openssl's detached CMS ${cms.length.toLocaleString('en')} bytes; ` +
      `in-process signature ${signed.equals(cliSigned) ? 'byte-identical to' : 'differs from'} the CLI's`,
  )
}

/** Signing with a timestamp from the local TSA: in-process and CLI, beside openssl cms -sign + ts -query + ts -reply. */
async function timestampBench({identity, unsigned, signingTime, runs, file, env}) {
  const tsa = await startTsaThread()
  try {
    const {signWithIdentity} = await dist('signing/sign.js')
    const cades = {timestamp: {urls: [tsa.url], trustedRootsPem: await readFile(tsa.caFile, 'utf8')}}
    const stampedMs = await timeAsync(() => signWithIdentity(unsigned, identity, {signingTime, cades}), {runs})
    const cli = [BIN, 'sign', file('report.pdf'), '--p12', file('keys/signer.p12'), '-o', file('stamped.pdf'), '--tsa', tsa.url, '--tsa-ca', tsa.caFile]
    const cliMs = timeCommand(process.execPath, cli, {runs, env})
    const tsaFile = (name) => path.join(tsa.dir, name)
    const script = [
      `openssl cms -sign -binary -md sha256 -in ${file('report.pdf')} -signer ${file('keys/signer.pem')} -inkey ${file('keys/key.pem')}`,
      `-certfile ${file('keys/ca.pem')} -outform DER -out ${file('stamp.p7s')}`,
      `&& openssl ts -query -data ${file('stamp.p7s')} -sha256 -cert -out ${file('stamp.tsq')}`,
      `&& openssl ts -reply -config ${tsaFile('tsa.cnf')} -queryfile ${file('stamp.tsq')} -signer ${tsaFile('tsa.pem')} -inkey ${tsaFile('tsa.key')} -out ${file('stamp.tsr')} 2>/dev/null`,
    ].join(' ')
    const opensslMs = timeCommand('sh', ['-c', script], {runs})
    const label = 'openssl cms + ts query/reply'
    printComparison('sign+TSA: signWithIdentity (in-process)', stampedMs, {label, value: opensslMs})
    printComparison('sign+TSA: posattest sign --tsa (CLI)', cliMs, {label, value: opensslMs})
  } finally {
    await tsa.stop()
  }
}

/**
 * The test TSA (test/helpers/tsa.mjs) in a worker thread: timeCommand's spawnSync blocks this thread's event
 * loop, so a server on it could not answer the CLI being timed.
 */
async function startTsaThread() {
  const source = `import {parentPort} from 'node:worker_threads'
const {startTsa} = await import(${JSON.stringify(new URL('../test/helpers/tsa.mjs', import.meta.url).href)})
const tsa = await startTsa()
parentPort.postMessage({url: tsa.url, caFile: tsa.caFile, dir: tsa.dir})
parentPort.once('message', async () => { await tsa.stop(); parentPort.postMessage('stopped') })`
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(source)}`))
  const info = await new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject))
  const stop = async () => {
    worker.postMessage('stop')
    await new Promise((resolve) => worker.once('message', resolve))
    await worker.terminate()
  }
  return {...info, stop}
}
