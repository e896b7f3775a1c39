import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import {parseCertificatesPem} from './certificates.js'
import {hexDigitValue} from './pdf-syntax.js'
import {pdfProblem} from './pdf-file.js'
import {problem, type SignatureProblem} from './problem.js'
import {noRevocation, parseCrlFile, type RevocationStatus} from './revocation.js'
import {readReportAttachments, readReportStructure, ReportStructureError, type ReportStructure} from './report-structure.js'
import {describeSignatureDictionary, type SignatureDictionary} from './signature-dictionary.js'
import {readSignedData} from './signed-data.js'
import {noTimestamp, type TimestampStatus} from './timestamp-verify.js'
import {verifyCms, type SignerSummary, type ValidationTimeSource} from './verify-cms.js'
import type {CertificateSummary} from './path-validation.js'

export {problem, type SignatureProblem} from './problem.js'
export type {SignerSummary, ValidationTimeSource} from './verify-cms.js'

/**
 * What verifySignature found: the one verification report `verify --json` prints and the gate reads.
 * Plain data (JSON-ready: absent values are null); every problem and note carries a stable code.
 */
export interface SignatureVerification {
  /** A filled signature dictionary was found. */
  signed: boolean
  /** The signature is intact and covers the whole file: nothing was changed or added after signing. */
  valid: boolean
  /** Valid, and every trust check passed: path, purposes, revocation, timestamp, time bounds. */
  trusted: boolean
  /** /ByteRange covers every byte of the file except the /Contents hex string. */
  coversWholeFile: boolean
  /** What changed since signing: null when nothing did; else the first such problem (appended, changed, truncated). */
  modification: SignatureProblem | null
  signer: SignerSummary | null
  /** The signer's certification path as validated, signer first, root last (empty when none was found). */
  chain: CertificateSummary[]
  /** ISO 8601; the CMS signingTime (signed), else the dictionary's /M. Claimed by the signer. */
  signingTime: string | null
  /** ISO 8601; a trusted timestamp's genTime. */
  trustedTime: string | null
  /** ISO 8601; when the signer's certificates had to be valid: the trusted time, else the verifier's time. */
  validationTime: string
  validationTimeSource: ValidationTimeSource
  /** ISO 8601; the verifier's time (verify --now, the gate's day of judgement, else the clock). */
  verifiedAt: string
  timestamp: TimestampStatus
  revocation: RevocationStatus
  name: string | null
  reason: string | null
  location: string | null
  contactInfo: string | null
  subFilter: string | null
  byteRange: [number, number, number, number] | null
  /** Signature dictionaries in the file: 0 or 1 (the structure allows one signature, found through the form). */
  signatureCount: number
  /** Every failed check, each with its stable code: integrity problems first, then trust problems. */
  reasons: SignatureProblem[]
  /** What passed with a remark: a grace period, a revocation after the trusted time, an untrusted timestamp not required. */
  notes: SignatureProblem[]
}

export interface VerifyOptions {
  /** PEM texts of the certificates to trust as roots (a text may hold several). */
  trustedRoots: readonly string[]
  /** PEM texts of the roots a timestamp authority must chain to. */
  timestampRoots?: readonly string[]
  /** The verifier's time; the clock when absent. */
  validationTime?: Date
  /** CRL files (PEM or DER) the verifier supplies; when absent, the CRLs embedded in the signature are used. */
  crls?: readonly {bytes: Uint8Array; source: string}[]
  /** Fail a certificate of the path whose status no CRL gives. */
  requireRevocation?: boolean
  /** Fail a signature without a trusted timestamp. */
  requireTimestamp?: boolean
  /** Days past notAfter a certificate still counts (with a note). */
  validityGraceDays?: number
}

const OID = {
  signedData: '1.2.840.113549.1.7.2',
  data: '1.2.840.113549.1.7.1',
} as const

/** The codes that say the signed bytes changed after signing. */
const MODIFICATIONS = new Set(['bytes-appended', 'digest-mismatch', 'file-truncated', 'byte-range-not-at-start', 'gap-not-contents'])

const SUBFILTERS = new Set(['adbe.pkcs7.detached', 'ETSI.CAdES.detached'])

function emptyResult(signatureCount: number, reasons: SignatureProblem[], verifiedAt: Date): SignatureVerification {
  return {
    signed: false,
    valid: false,
    trusted: false,
    coversWholeFile: false,
    modification: null,
    signer: null,
    chain: [],
    signingTime: null,
    trustedTime: null,
    validationTime: verifiedAt.toISOString(),
    validationTimeSource: 'verifier-clock',
    verifiedAt: verifiedAt.toISOString(),
    timestamp: noTimestamp(),
    revocation: noRevocation(),
    name: null,
    reason: null,
    location: null,
    contactInfo: null,
    subFilter: null,
    byteRange: null,
    signatureCount,
    reasons,
    notes: [],
  }
}

/** What verifyReport learnt: the verification, and the report's attachments when they may be used. */
export interface VerifiedReport {
  verification: SignatureVerification
  /**
   * The posattest attachments, decoded (capped): when the signature is valid, or when the file is unsigned
   * and its structure sound (a policy may accept unsigned reports). Never from a signed file whose signature fails.
   */
  attachments?: Map<string, Uint8Array>
  /** Why the attachments of an unsigned file could not be decoded. */
  attachmentProblem?: SignatureProblem
}

/** verifyReport's verification alone. */
export async function verifySignature(pdf: Uint8Array, options: VerifyOptions): Promise<SignatureVerification> {
  return (await verifyReport(pdf, options)).verification
}

/** What the CMS is checked against: the verifier's roots, CRLs and time, parsed once. */
interface VerifierInputs {
  roots: pkijs.Certificate[]
  timestampRoots: pkijs.Certificate[]
  crls: ReturnType<typeof parseCrlFile> | undefined
  verifiedAt: Date
  options: VerifyOptions
}

/**
 * Verifies the signature of a PDF report, from its bytes and the verifier's inputs alone (no network): first its
 * structure (report-structure.ts: one reading of the file, one signature found through the form, the attachment
 * rules; each broken rule is a reason with its code and the signature is then invalid), then the signature
 * dictionary and its /ByteRange (whole file but the /Contents string, nothing appended), the /Contents (a DER CMS
 * SignedData followed only by zero padding), then the CMS (verify-cms.ts): digest, signature value, carried
 * certificates, timestamp, the signer's path at the validation time, revocation. A signing time (trusted, else
 * claimed) after the verifier's time is refused. Throws only for unreadable roots or CRLs (a UserError);
 * everything about the PDF is a reason.
 */
export async function verifyReport(pdf: Uint8Array, options: VerifyOptions): Promise<VerifiedReport> {
  const inputs: VerifierInputs = {
    roots: options.trustedRoots.flatMap((pem, index) => parsedPem(pem, `trusted root ${index + 1}`)),
    timestampRoots: (options.timestampRoots ?? []).flatMap((pem, index) => parsedPem(pem, `timestamp root ${index + 1}`)),
    crls: options.crls?.flatMap((crl) => parsedCrl(crl)),
    verifiedAt: options.validationTime ?? new Date(),
    options,
  }
  const {verifiedAt} = inputs
  const unreadable = pdfProblem(pdf)
  if (unreadable?.code === 'not-a-pdf') return {verification: emptyResult(0, [unreadable], verifiedAt)}

  let structure: ReportStructure
  try {
    structure = readReportStructure(pdf)
  } catch (error) {
    if (!(error instanceof ReportStructureError)) throw error
    // Whether it claims a signature cannot be told from a file that cannot be read: it is refused as one.
    return {verification: {...emptyResult(0, [unreadable ?? problem(error.code, error.message)], verifiedAt), signed: true}}
  }
  const found = structure.signature
  if (!found) {
    const unsigned: VerifiedReport = {verification: emptyResult(0, [problem('no-signature', 'no signature found')], verifiedAt)}
    try {
      return {...unsigned, attachments: readReportAttachments(pdf, structure)}
    } catch (error) {
      if (!(error instanceof ReportStructureError)) throw error
      return {...unsigned, attachmentProblem: problem(error.code, error.message)}
    }
  }
  const signature = describeSignatureDictionary(found.dict, found.object.number)
  const verification = await verifyFoundSignature(pdf, signature, structure, inputs)
  if (!verification.valid || !structure.posattest) return {verification}
  try {
    return {verification, attachments: readReportAttachments(pdf, structure)}
  } catch (error) {
    if (!(error instanceof ReportStructureError)) throw error
    // An attachment that cannot be decoded within its bounds makes the report unusable: the signature covers it.
    const refused = {...verification, valid: false, trusted: false, reasons: [problem(error.code, error.message), ...verification.reasons]}
    return {verification: refused}
  }
}

/*
 * The verifier's roots and CRLs are the same for every submission of a gate or portfolio run: each is parsed
 * once per process (a text that does not parse throws every time, as before). Nothing downstream changes a
 * parsed certificate or CRL.
 */
const pemCache = new Map<string, pkijs.Certificate[]>()
const MAX_CACHED_PEMS = 64

function parsedPem(pem: string, source: string): pkijs.Certificate[] {
  const key = `${source}\n${pem}`
  let certificates = pemCache.get(key)
  if (!certificates) {
    certificates = parseCertificatesPem(pem, source)
    if (pemCache.size >= MAX_CACHED_PEMS) pemCache.clear()
    pemCache.set(key, certificates)
  }
  return certificates
}

const crlCache = new WeakMap<Uint8Array, {source: string; crls: ReturnType<typeof parseCrlFile>}>()

function parsedCrl(crl: {bytes: Uint8Array; source: string}): ReturnType<typeof parseCrlFile> {
  const cached = crlCache.get(crl.bytes)
  if (cached && cached.source === crl.source) return cached.crls
  const crls = parseCrlFile(crl.bytes, crl.source)
  crlCache.set(crl.bytes, {source: crl.source, crls})
  return crls
}

async function verifyFoundSignature(
  pdf: Uint8Array,
  signature: SignatureDictionary,
  structure: ReportStructure,
  {roots, timestampRoots, crls, verifiedAt, options}: VerifierInputs,
): Promise<SignatureVerification> {
  if (signature.placeholder) {
    return emptyResult(1, [
      problem('empty-signature-field', 'the signature field is empty: the file was prepared for signing but never signed'),
    ], verifiedAt)
  }

  const integrity: SignatureProblem[] = []
  const trust: SignatureProblem[] = []
  const result: SignatureVerification = {
    ...emptyResult(1, [], verifiedAt),
    signed: true,
    name: signature.name ?? null,
    reason: signature.reason ?? null,
    location: signature.location ?? null,
    contactInfo: signature.contactInfo ?? null,
    subFilter: signature.subFilter ?? null,
    byteRange: signature.byteRange ?? null,
  }
  const finish = (): SignatureVerification => {
    result.valid = integrity.length === 0
    result.trusted = result.valid && trust.length === 0
    result.reasons = [...integrity, ...trust]
    result.modification = integrity.find((p) => MODIFICATIONS.has(p.code)) ?? null
    return result
  }

  if (signature.type !== undefined && signature.type !== 'Sig') integrity.push(problem('wrong-dictionary-type', `the signature dictionary has /Type /${signature.type}, not /Sig`))
  if (!SUBFILTERS.has(signature.subFilter ?? '')) {
    integrity.push(problem('unsupported-subfilter', `unsupported signature format /SubFilter ${signature.subFilter ?? '(none)'} (expected adbe.pkcs7.detached or ETSI.CAdES.detached)`))
  }
  const ranges = checkByteRange(pdf, signature, integrity)
  result.coversWholeFile = ranges.coversWholeFile
  // Unreadable bytes after the signed revision are reported as appended bytes when /ByteRange leaves them out.
  const trailing = structure.trailing
  if (trailing && !integrity.some((p) => p.code === 'bytes-appended')) integrity.unshift(problem(trailing.code, trailing.message))
  if (!ranges.cms) return finish()

  const cms = parseCms(ranges.cms, integrity)
  if (!cms) return finish()
  const checked = await verifyCms(cms.signedData, cms.signerInfo, ranges.signedBytes, {
    roots,
    timestampRoots,
    validationTime: verifiedAt,
    ...(crls === undefined ? {} : {crls}),
    requireRevocation: options.requireRevocation ?? false,
    requireTimestamp: options.requireTimestamp ?? false,
    validityGraceDays: options.validityGraceDays ?? 0,
    requireSigningCertificate: signature.subFilter === 'ETSI.CAdES.detached',
  })
  integrity.push(...checked.integrity)
  result.signer = checked.signer
  result.chain = checked.chain
  result.timestamp = checked.timestamp
  result.revocation = checked.revocation
  result.validationTime = checked.validationTime.toISOString()
  result.validationTimeSource = checked.validationTimeSource
  result.notes = checked.notes
  if (checked.trustedTime) result.trustedTime = checked.trustedTime.toISOString()
  if (!checked.signer) return finish()

  const signingTime = checked.claimedTime ?? signature.modified
  if (signingTime) result.signingTime = signingTime.toISOString()
  else integrity.push(problem('no-signing-time', 'the signature states no signing time'))
  const signedAt = checked.trustedTime ?? signingTime
  if (signedAt && signedAt > verifiedAt) {
    trust.push(problem('signed-in-future', `the signature is dated ${iso(signedAt)}${checked.trustedTime ? ' (trusted timestamp)' : ''}, after the time of verification ${iso(verifiedAt)}`))
  }
  trust.push(...checked.trust)
  return finish()
}

const iso = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z')

/** How far a local assessment date may lie from the UTC signing time: the widest time-zone offset. */
const TIME_ZONE_SLACK_MS = 14 * 3_600_000

/**
 * Refuses a signature made before the day it attests (the assessment date, a local YYYY-MM-DD): the time is
 * the trusted one when there is a timestamp, else the claimed one. Returns the verification with the
 * problem added (and trusted cleared), or unchanged.
 */
export function checkSignedAfterAssessment(verification: SignatureVerification, assessmentDate: string): SignatureVerification {
  const signedAt = verification.trustedTime ?? verification.signingTime
  const start = Date.parse(`${assessmentDate}T00:00:00Z`)
  if (!verification.signed || !signedAt || Number.isNaN(start) || Date.parse(signedAt) >= start - TIME_ZONE_SLACK_MS) return verification
  const which = verification.trustedTime ? 'trusted timestamp' : 'claimed'
  const reason = problem('signed-before-assessment', `the signature is dated ${signedAt.replace(/\.\d{3}Z$/, 'Z')} (${which}), before the assessment date ${assessmentDate}`)
  return {...verification, trusted: false, reasons: [...verification.reasons, reason]}
}

interface RangeCheck {
  coversWholeFile: boolean
  /** The DER CMS cut out of /Contents, when the gap holds a hex string. */
  cms: Uint8Array | undefined
  /** The two signed ranges, when they lie inside the file. */
  signedBytes: [Uint8Array, Uint8Array] | undefined
}

function checkByteRange(pdf: Uint8Array, signature: SignatureDictionary, integrity: SignatureProblem[]): RangeCheck {
  const range = signature.byteRange
  if (!range) {
    integrity.push(problem('byte-range-malformed', 'the /ByteRange of the signature is not four non-negative integers'))
    return {coversWholeFile: false, cms: undefined, signedBytes: undefined}
  }
  const [start1, length1, start2, length2] = range
  const gapStart = start1 + length1
  let whole = true
  if (start1 !== 0) {
    integrity.push(problem('byte-range-not-at-start', `the signed bytes do not start at the beginning of the file (/ByteRange starts at ${start1})`))
    whole = false
  }
  if (start2 < gapStart) {
    integrity.push(problem('byte-range-overlap', 'the two ranges of /ByteRange overlap'))
    return {coversWholeFile: false, cms: undefined, signedBytes: undefined}
  }
  const end = start2 + length2
  if (end < pdf.length) {
    const extra = pdf.length - end
    integrity.push(problem('bytes-appended', `${extra === 1 ? '1 byte was' : `${extra} bytes were`} appended after signing (the signature covers bytes up to ${end} of ${pdf.length})`))
    whole = false
  } else if (end > pdf.length) {
    integrity.push(problem('file-truncated', `the file is shorter than the signed bytes (${pdf.length} of ${end}): it was truncated`))
    whole = false
  }
  const signedBytes: RangeCheck['signedBytes'] =
    end <= pdf.length ? [pdf.subarray(start1, gapStart), pdf.subarray(start2, end)] : undefined

  // The gap must be exactly the signature's own /Contents `<hex>`, and nothing else.
  const gapIsContents = signature.contents?.start === gapStart && signature.contents.end === start2
  let hexOnly = pdf[gapStart] === 0x3c && pdf[start2 - 1] === 0x3e && start2 - gapStart >= 2 && (start2 - gapStart) % 2 === 0
  for (let at = gapStart + 1; hexOnly && at < start2 - 1; at++) if (hexDigitValue(pdf[at]) < 0) hexOnly = false
  if (!gapIsContents || !hexOnly) {
    integrity.push(problem('gap-not-contents', 'the bytes left out of /ByteRange are not exactly the hex string of the signature\'s /Contents'))
    return {coversWholeFile: false, cms: undefined, signedBytes}
  }
  const cms = Buffer.from(Buffer.from(pdf.subarray(gapStart + 1, start2 - 1)).toString('latin1'), 'hex')
  return {coversWholeFile: whole, cms, signedBytes}
}

function parseCms(
  contents: Uint8Array,
  integrity: SignatureProblem[],
): {signedData: pkijs.SignedData; signerInfo: pkijs.SignerInfo} | undefined {
  const parsed = asn1js.fromBER(contents)
  if (parsed.offset === -1 || parsed.result.error) {
    integrity.push(problem('cms-unparseable', 'the signature (CMS) in /Contents cannot be parsed'))
    return undefined
  }
  if (contents.subarray(parsed.offset).some((byte) => byte !== 0)) {
    integrity.push(problem('cms-trailing-bytes', '/Contents holds bytes after the signature that are not zero padding'))
  }
  let signedData: pkijs.SignedData
  try {
    const contentInfo = new pkijs.ContentInfo({schema: parsed.result})
    if (contentInfo.contentType !== OID.signedData) {
      integrity.push(problem('not-signed-data', `the signature is not a CMS SignedData (content type ${contentInfo.contentType})`))
      return undefined
    }
    signedData = readSignedData(contentInfo.content)
  } catch (error) {
    integrity.push(problem('cms-malformed', `the signature (CMS) is malformed: ${(error as Error).message}`))
    return undefined
  }
  // Everything outside the signed attributes is unprotected by the signature value; hold it to what a
  // detached signature with one signer must be, so that no changed byte of the CMS goes unnoticed.
  const [signerInfo, ...others] = signedData.signerInfos
  if (!signerInfo || others.length > 0) {
    integrity.push(problem('signer-count', `the signature has ${signedData.signerInfos.length} signers; expected one`))
    return undefined
  }
  const usesKeyIdentifier = !(signerInfo.sid instanceof pkijs.IssuerAndSerialNumber)
  if (signerInfo.version !== (usesKeyIdentifier ? 3 : 1) || signedData.version !== (usesKeyIdentifier ? 3 : 1)) {
    integrity.push(problem('cms-version', `the CMS version numbers are wrong (SignedData ${signedData.version}, SignerInfo ${signerInfo.version})`))
  }
  const digestIds = signedData.digestAlgorithms.map((algorithm) => algorithm.algorithmId)
  if (digestIds.length !== 1 || digestIds[0] !== signerInfo.digestAlgorithm.algorithmId) {
    integrity.push(problem('digest-algorithms-mismatch', `the digest algorithms of the CMS (${digestIds.join(', ')}) do not match its signer's`))
  }
  for (const algorithm of [...signedData.digestAlgorithms, signerInfo.digestAlgorithm, signerInfo.signatureAlgorithm]) {
    const params = algorithm.algorithmParams as asn1js.BaseBlock | undefined
    if (params !== undefined && !(params instanceof asn1js.Null)) {
      integrity.push(problem('algorithm-parameters', `unexpected parameters for algorithm ${algorithm.algorithmId}`))
    }
  }
  if (signedData.encapContentInfo.eContentType !== OID.data || signedData.encapContentInfo.eContent !== undefined) {
    integrity.push(problem('not-detached', 'the signature is not detached signed data (id-data without content)'))
  }
  if (!signerInfo.signedAttrs) {
    integrity.push(problem('no-signed-attributes', 'the signature has no signed attributes'))
    return undefined
  }
  return {signedData, signerInfo}
}
