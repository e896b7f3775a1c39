// Verifying a timestamped signature: `posattest verify --ca --tsa-ca` (and verifySignature in-process) beside
// `openssl cms -verify` of the same CMS plus `openssl ts -verify` of its timestamp token. The signed report is
// made with openssl alone (cms -sign -cades over the byte ranges: posattest refuses a CMS without the ESS
// signing-certificate-v2 attribute; ts -reply over the signature value), so both sides check the very same bytes.
import {mkdir, readFile, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {spawnSync} from 'node:child_process'
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import {SignPdf} from '@signpdf/signpdf'
import {Signer} from '@signpdf/utils'
import {makeOpensslTsa, openssl, opensslLeaf, opensslRoot} from '../test/helpers/openssl-tsa.mjs'
import {dist, exampleAnswers, OUT} from './fixtures.mjs'
import {BIN, printComparison, ROOT, timeAsync, timeCommand} from './lib.mjs'

/** Signs with `openssl cms -sign`, then adds an `openssl ts` token over the signature value as an unsigned attribute. */
class OpensslTimestampedSigner extends Signer {
  constructor(dir, tsa) {
    super()
    this.dir = dir
    this.tsa = tsa
  }

  async sign(content) {
    await writeFile(path.join(this.dir, 'content.bin'), content)
    openssl(['cms', '-sign', '-binary', '-cades', '-md', 'sha256', '-in', 'content.bin', '-signer', 'signer.pem', '-inkey', 'signer.key',
      '-certfile', 'root.pem', '-outform', 'DER', '-out', 'plain.p7s'], this.dir)
    const contentInfo = new pkijs.ContentInfo({schema: asn1js.fromBER(await readFile(path.join(this.dir, 'plain.p7s'))).result})
    const signedData = new pkijs.SignedData({schema: contentInfo.content})
    const signerInfo = signedData.signerInfos[0]
    const signatureValue = signerInfo.signature.valueBlock.valueHexView
    await writeFile(path.join(this.dir, 'signature-value.bin'), signatureValue)
    const token = this.tsa.token(signatureValue)
    await writeFile(path.join(this.dir, 'token.tst'), token)
    signerInfo.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({
      type: 1,
      attributes: [new pkijs.Attribute({type: '1.2.840.113549.1.9.16.2.14', values: [asn1js.fromBER(token).result]})],
    })
    const der = Buffer.from(new pkijs.ContentInfo({contentType: contentInfo.contentType, content: signedData.toSchema(true)}).toSchema().toBER(false))
    await writeFile(path.join(this.dir, 'timestamped.p7s'), der)
    return der
  }
}

export default async function verifyTimestamp() {
  const runs = Number(process.env.BENCH_RUNS ?? 10)
  const dir = path.join(OUT, 'verify-timestamp')
  await rm(dir, {recursive: true, force: true})
  await mkdir(dir, {recursive: true})
  const file = (name) => path.relative(ROOT, path.join(dir, name))

  // Untimed setup: the signer's CA and certificate, a TSA, and the report signed with both.
  opensslRoot(dir, 'root', 'Bench Merchant Root')
  opensslLeaf(dir, 'signer', '/CN=Bench Signer/O=Bench Merchant', 'root', ['basicConstraints=critical,CA:FALSE', 'keyUsage=critical,digitalSignature,nonRepudiation'])
  const tsa = makeOpensslTsa(dir)
  const report = spawnSync(process.execPath, [BIN, 'report', path.relative(ROOT, exampleAnswers('merchant-gaps')), '-o', file('report.pdf')], {cwd: ROOT})
  if (report.status !== 0) throw new Error(`posattest report: ${report.stderr}`)
  const {addPlaceholderToPdf} = await dist('signing/placeholder.js')
  const {verifySignature} = await dist('signing/verify.js')
  const now = new Date()
  const prepared = addPlaceholderToPdf(await readFile(path.join(dir, 'report.pdf')), {name: 'Bench Signer', reason: 'bench', location: '', contactInfo: '', signingTime: now}, 'report.pdf')
  const signed = await new SignPdf().sign(prepared, new OpensslTimestampedSigner(dir, tsa), now)
  await writeFile(path.join(dir, 'signed.pdf'), signed)

  const verifyArgs = [BIN, 'verify', file('signed.pdf'), '--ca', file('root.pem'), '--tsa-ca', file('tsa-root.pem')]
  const check = spawnSync(process.execPath, [...verifyArgs, '--json'], {cwd: ROOT, encoding: 'utf8'})
  const json = JSON.parse(check.stdout)
  if (check.status !== 0 || json.signature.validationTimeSource !== 'trusted-timestamp') throw new Error(`posattest verify: ${check.stdout.slice(0, 800)}`)
  const posattest = timeCommand(process.execPath, verifyArgs, {runs})

  // openssl checks the same two things in two runs: the CMS over the signed byte ranges, then the token over the signature value.
  const cmsVerify = timeCommand('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', file('timestamped.p7s'), '-content', file('content.bin'),
    '-CAfile', file('root.pem'), '-purpose', 'any', '-out', file('content.verified')], {runs})
  const tsVerify = timeCommand('openssl', ['ts', '-verify', '-data', file('signature-value.bin'), '-in', file('token.tst'), '-token_in',
    '-CAfile', file('tsa-root.pem'), '-untrusted', file('tsa.pem')], {runs})
  const baseline = {label: 'openssl cms -verify + ts -verify', value: cmsVerify + tsVerify}
  printComparison('verify --tsa-ca: timestamped (CLI)', posattest, baseline)

  const options = {trustedRoots: [await readFile(path.join(dir, 'root.pem'), 'utf8')], timestampRoots: [tsa.rootPem]}
  let verdict
  const inProcess = await timeAsync(async () => (verdict = await verifySignature(signed, options)), {runs})
  if (!verdict.trusted || verdict.validationTimeSource !== 'trusted-timestamp') throw new Error(`verifySignature: ${JSON.stringify(verdict.reasons)}`)
  printComparison('verify --tsa-ca: verifySignature (in-process)', inProcess, baseline)
  const plainMs = await timeAsync(() => verifySignature(signed, {trustedRoots: options.trustedRoots}), {runs})
  console.log(`  of which the timestamp (token signature, TSA path): ${(inProcess - plainMs).toFixed(1)} ms; openssl cms -verify ${cmsVerify.toFixed(1)} ms, ts -verify ${tsVerify.toFixed(1)} ms`)
}
