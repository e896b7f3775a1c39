import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import * as asn1js from 'asn1js'
import PDFDocument from 'pdfkit'
import * as pkijs from 'pkijs'
import {FIXTURES} from './run-cli.js'
import {openSigningIdentity, type SigningIdentity} from '../../src/signing/identity.js'
import {addSignaturePlaceholder} from '../../src/signing/placeholder.js'
import {findSignatureDictionaries} from '../../src/signing/signature-dictionary.js'

export const SIGNING = path.join(FIXTURES, 'signing')
export const PASSPHRASE = 'test-passphrase'
export const TRIAL_P12 = path.join(SIGNING, 'trial/signer.p12')
export const TRIAL_CA = readFileSync(path.join(SIGNING, 'trial/ca.pem'), 'utf8')
export const OTHER_CA = readFileSync(path.join(SIGNING, 'other/ca.pem'), 'utf8')
export const RESULT_JSON = readFileSync(path.join(SIGNING, 'result.json'))
/** Inside the validity of the trial identity (2026-01-01 to 2035-12-30). */
export const SIGNING_TIME = new Date('2026-11-24T10:00:00Z')

export function trialIdentity(): SigningIdentity {
  return openSigningIdentity(readFileSync(TRIAL_P12), PASSPHRASE, TRIAL_P12)
}

/**
 * A two-page pdfkit document with the result embedded as posattest-result.json, like a small report;
 * with `placeholder`, it carries the empty signature field `report --sign` adds.
 */
export async function makeReportPdf(
  options: {placeholder?: {name: string; reason: string; location: string; signatureLength?: number}; time?: Date; answered?: boolean} = {},
): Promise<Buffer> {
  const time = options.time ?? SIGNING_TIME
  // With `answered`, the result is that of the report fixture's answers, attached beside it as `report` does, so a
  // verifier can evaluate it again; without, the fixed result alone (a report whose result cannot be derived).
  const attachments: [string, Buffer][] = options.answered ? await answeredAttachments() : [['posattest-result.json', RESULT_JSON]]
  const doc = new PDFDocument({info: {Title: 'Test report', CreationDate: time, ModDate: time}, pdfVersion: '1.7'})
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  doc.text('PCI DSS self-assessment: card terminals')
  doc.addPage().text('Page two')
  for (const [name, bytes] of attachments) {
    ;(doc as unknown as {file(data: Buffer, options: object): void}).file(bytes, {name, type: 'application/json', creationDate: time, modifiedDate: time})
  }
  if (options.placeholder) addSignaturePlaceholder(doc, {...options.placeholder, contactInfo: '', signingTime: time})
  doc.end()
  return done
}

/** The result and canonical answers of test/fixtures/report/answers, evaluated with the shipped catalog. */
async function answeredAttachments(): Promise<[string, Buffer][]> {
  const [{evaluateAnswersFile}, {canonicalAnswersJson}] = await Promise.all([
    import('../../src/evaluation/evaluate-answers-file.js'),
    import('../../src/evaluation/canonical-json.js'),
  ])
  const {json, answers} = await evaluateAnswersFile(path.join(FIXTURES, 'report/answers/answers.yaml'), {generator: 'posattest test'})
  return [
    ['posattest-result.json', Buffer.from(json)],
    ['posattest-answers.json', Buffer.from(canonicalAnswersJson(answers))],
  ]
}

/** Runs a verifier (pdfsig, qpdf, openssl) and returns its output; these tools are installed by .ci/run. */
export function tool(command: string, args: string[]): {status: number | null; output: string} {
  const result = spawnSync(command, args, {encoding: 'utf8'})
  if (result.error) throw result.error
  return {status: result.status, output: `${result.stdout}${result.stderr}`}
}

/** A small seeded generator (mulberry32), so the sampled tamper positions are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The DER CMS cut out of a signed PDF's /Contents (without the zero padding), and its one SignerInfo. */
export function signatureOf(signed: Buffer): {cms: Buffer; signerInfo: pkijs.SignerInfo; signedData: pkijs.SignedData} {
  const [, length1, start2] = findSignatureDictionaries(signed).at(-1)!.byteRange!
  const padded = Buffer.from(signed.subarray(length1 + 1, start2 - 1).toString('latin1'), 'hex')
  const parsed = asn1js.fromBER(padded)
  const cms = padded.subarray(0, parsed.offset)
  const signedData = new pkijs.SignedData({schema: new pkijs.ContentInfo({schema: parsed.result}).content})
  return {cms, signerInfo: signedData.signerInfos[0]!, signedData}
}
