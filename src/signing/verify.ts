import {createHash} from 'node:crypto'
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import {cryptoEngine, formatName, nameField, parseCertificatesPem, serialHex, shortName} from './certificates.js'
import {hexDigitValue} from './pdf-syntax.js'
import {pdfProblem} from './pdf-file.js'
import {readReportAttachments, readReportStructure, ReportStructureError, type ReportStructure} from './report-structure.js'
import {describeSignatureDictionary, type SignatureDictionary} from './signature-dictionary.js'

export interface SignerSummary {
  /** Common name of the signer certificate's subject. */
  cn: string | null
  /** Organisation of the subject. */
  org: string | null
  /** Serial number in hex. */
  serial: string
  /** The issuer's common name (or whole name when it has none). */
  issuer: string
  subject: string
  notBefore: string
  notAfter: string
}

/** What verifySignature found. Plain data (JSON-ready: absent values are null). */
export interface SignatureVerification {
  /** A filled signature dictionary was found. */
  signed: boolean
  /** The signature is intact and covers the whole file: nothing was changed or added after signing. */
  valid: boolean
  /** Valid, and the signer certificate chains to one of the trusted roots at the signing time. */
  trusted: boolean
  /** /ByteRange covers every byte of the file except the /Contents hex string. */
  coversWholeFile: boolean
  signer: SignerSummary | null
  /** ISO 8601; the CMS signingTime (signed), else the dictionary's /M. Claimed by the signer: no timestamp. */
  signingTime: string | null
  name: string | null
  reason: string | null
  location: string | null
  contactInfo: string | null
  subFilter: string | null
  byteRange: [number, number, number, number] | null
  /** Signature dictionaries in the file: 0 or 1 (a file with more is refused by its structure). */
  signatureCount: number
  /** Every failed check, each with its stable code: integrity problems first, then trust problems. */
  reasons: SignatureProblem[]
}

/** One failed check of a signature: a stable code to act on, and the words to show. */
export interface SignatureProblem {
  code: string
  message: string
}

export const problem = (code: string, message: string): SignatureProblem => ({code, message})

export interface VerifyOptions {
  /** PEM texts of the certificates to trust as roots (a text may hold several). */
  trustedRoots: readonly string[]
}

const OID = {
  signedData: '1.2.840.113549.1.7.2',
  data: '1.2.840.113549.1.7.1',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  keyUsage: '2.5.29.15',
  subjectKeyIdentifier: '2.5.29.14',
  rsaEncryption: '1.2.840.113549.1.1.1',
} as const

const DIGESTS: Record<string, {node: string; webcrypto: string}> = {
  '2.16.840.1.101.3.4.2.1': {node: 'sha256', webcrypto: 'SHA-256'},
  '2.16.840.1.101.3.4.2.2': {node: 'sha384', webcrypto: 'SHA-384'},
  '2.16.840.1.101.3.4.2.3': {node: 'sha512', webcrypto: 'SHA-512'},
}

const SUBFILTERS = new Set(['adbe.pkcs7.detached', 'ETSI.CAdES.detached'])

function emptyResult(signatureCount: number, reasons: SignatureProblem[]): SignatureVerification {
  return {
    signed: false,
    valid: false,
    trusted: false,
    coversWholeFile: false,
    signer: null,
    signingTime: null,
    name: null,
    reason: null,
    location: null,
    contactInfo: null,
    subFilter: null,
    byteRange: null,
    signatureCount,
    reasons,
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

/**
 * Verifies the signature of a PDF report, from its bytes alone (no clock, no network, no files): first its
 * structure (report-structure.ts: one reading of the file, one signature found through the form, the
 * attachment rules; each broken rule is a reason with its code and the signature is then invalid),
 * the signature dictionary and its /ByteRange (whole file but the /Contents string, nothing appended),
 * the /Contents (a DER CMS SignedData followed only by zero padding), the CMS (message digest of the byte
 * ranges, the signer's signature over the signed attributes, every certificate it carries), the signer
 * certificate's validity and key usage at the signing time, and its chain to `trustedRoots` at that time.
 * Throws only for unreadable trusted roots (a UserError); everything about the PDF is a reason.
 */
export async function verifyReport(pdf: Uint8Array, options: VerifyOptions): Promise<VerifiedReport> {
  const roots = options.trustedRoots.flatMap((pem, index) => parseCertificatesPem(pem, `trusted root ${index + 1}`))
  const unreadable = pdfProblem(pdf)
  if (unreadable?.code === 'not-a-pdf') return {verification: emptyResult(0, [unreadable])}

  let structure: ReportStructure
  try {
    structure = readReportStructure(pdf)
  } catch (error) {
    if (!(error instanceof ReportStructureError)) throw error
    // Whether it claims a signature cannot be told from a file that cannot be read: it is refused as one.
    return {verification: {...emptyResult(0, [unreadable ?? problem(error.code, error.message)]), signed: true}}
  }
  const found = structure.signature
  if (!found) {
    const unsigned: VerifiedReport = {verification: emptyResult(0, [problem('no-signature', 'no signature found')])}
    try {
      return {...unsigned, attachments: readReportAttachments(pdf, structure)}
    } catch (error) {
      if (!(error instanceof ReportStructureError)) throw error
      return {...unsigned, attachmentProblem: problem(error.code, error.message)}
    }
  }
  const signature = describeSignatureDictionary(found.dict, found.object.number)
  const verification = await verifyFoundSignature(pdf, signature, structure, roots)
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

async function verifyFoundSignature(
  pdf: Uint8Array,
  signature: SignatureDictionary,
  structure: ReportStructure,
  roots: pkijs.Certificate[],
): Promise<SignatureVerification> {
  if (signature.placeholder) {
    return emptyResult(1, [
      problem('empty-signature-field', 'the signature field is empty: the file was prepared for signing but never signed'),
    ])
  }

  const integrity: SignatureProblem[] = []
  const trust: SignatureProblem[] = []
  const result: SignatureVerification = {
    ...emptyResult(1, []),
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
    return result
  }

  if (signature.type !== undefined && signature.type !== 'Sig') integrity.push(problem('wrong-dictionary-type', `the signature dictionary has /Type /${signature.type}, not /Sig`))
  if (!SUBFILTERS.has(signature.subFilter ?? '')) {
    integrity.push(problem('unsupported-subfilter', `unsupported signature format /SubFilter ${signature.subFilter ?? '(none)'} (expected adbe.pkcs7.detached)`))
  }
  const ranges = checkByteRange(pdf, signature, integrity)
  result.coversWholeFile = ranges.coversWholeFile
  // Unreadable bytes after the signed revision are reported as appended bytes when /ByteRange leaves them out.
  const trailing = structure.trailing
  if (trailing && !integrity.some((p) => p.code === 'bytes-appended')) integrity.unshift(problem(trailing.code, trailing.message))
  if (!ranges.cms) return finish()

  const cms = parseCms(ranges.cms, integrity)
  if (!cms) return finish()
  const {signedData, signerInfo} = cms

  const certificates = signedData.certificates?.filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate) ?? []
  if ((signedData.certificates?.length ?? 0) !== certificates.length) integrity.push(problem('unsupported-certificate-type', 'the signature carries a certificate of an unsupported type'))
  const signerCertificate = findSignerCertificate(signerInfo, certificates)
  if (!signerCertificate) {
    integrity.push(problem('signer-certificate-missing', "the signer's certificate is not in the signature (no certificate matches the signer identifier)"))
    return finish()
  }
  result.signer = summarize(signerCertificate)

  const signingTime = cmsSigningTime(signerInfo) ?? signature.modified
  if (signingTime) result.signingTime = signingTime.toISOString()
  else integrity.push(problem('no-signing-time', 'the signature states no signing time'))

  // The document: the digest over both byte ranges must equal the signed messageDigest attribute.
  const digest = DIGESTS[signerInfo.digestAlgorithm.algorithmId]
  const messageDigest = signedAttribute(signerInfo, OID.messageDigest)
  if (!digest) {
    integrity.push(problem('unsupported-digest', `unsupported digest algorithm ${signerInfo.digestAlgorithm.algorithmId} (SHA-256, SHA-384 or SHA-512 expected)`))
  } else if (!(messageDigest instanceof asn1js.OctetString)) {
    integrity.push(problem('no-message-digest', 'the signed attributes hold no message digest'))
  } else if (ranges.signedBytes) {
    const actual = createHash(digest.node).update(ranges.signedBytes[0]).update(ranges.signedBytes[1]).digest()
    if (!actual.equals(Buffer.from(messageDigest.valueBlock.valueHexView))) {
      integrity.push(problem('digest-mismatch', 'the signed bytes were changed after signing (the message digest does not match)'))
    }
  }
  const contentType = signedAttribute(signerInfo, OID.contentType)
  if (!(contentType instanceof asn1js.ObjectIdentifier) || contentType.valueBlock.toString() !== OID.data) {
    integrity.push(problem('content-type', 'the signed content-type attribute is missing or is not id-data'))
  }

  // The signer: its signature over the signed attributes (what pkijs SignedData.verify checks last).
  if (digest && signerInfo.signedAttrs) {
    let verified = false
    let checkable = true
    try {
      verified = await cryptoEngine.verifyWithPublicKey(
        signerInfo.signedAttrs.encodedValue,
        signerInfo.signature,
        signerCertificate.subjectPublicKeyInfo,
        signerInfo.signatureAlgorithm,
        signerInfo.signatureAlgorithm.algorithmId === OID.rsaEncryption ? digest.webcrypto : undefined,
      )
    } catch (error) {
      checkable = false
      integrity.push(problem('signature-value-unverifiable', `the signature value cannot be checked: ${(error as Error).message}`))
    }
    if (!verified && checkable) {
      integrity.push(problem('signature-value-invalid', "the signature value does not verify with the signer's certificate"))
    }
  }

  if (signingTime) checkSignerCertificate(signerCertificate, signingTime, integrity)
  const intact = await checkCarriedCertificates(certificates, roots, integrity)
  // A damaged copy among the candidates makes pkijs give up on every path, so only intact ones are offered.
  if (signingTime) await checkChain(signerCertificate, intact, roots, signingTime, trust)
  return finish()
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
    signedData = new pkijs.SignedData({schema: contentInfo.content})
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

function signedAttribute(signerInfo: pkijs.SignerInfo, oid: string): unknown {
  const attributes = signerInfo.signedAttrs?.attributes.filter((attribute) => attribute.type === oid) ?? []
  return attributes.length === 1 && attributes[0]!.values.length === 1 ? attributes[0]!.values[0] : undefined
}

function cmsSigningTime(signerInfo: pkijs.SignerInfo): Date | undefined {
  const value = signedAttribute(signerInfo, OID.signingTime)
  return value instanceof asn1js.UTCTime || value instanceof asn1js.GeneralizedTime ? value.toDate() : undefined
}

function findSignerCertificate(signerInfo: pkijs.SignerInfo, certificates: pkijs.Certificate[]): pkijs.Certificate | undefined {
  const sid = signerInfo.sid as unknown
  if (sid instanceof pkijs.IssuerAndSerialNumber) {
    return certificates.find((certificate) => certificate.issuer.isEqual(sid.issuer) && certificate.serialNumber.isEqual(sid.serialNumber))
  }
  const keyIdentifier = (sid as {valueBlock?: {value?: Array<{valueBlock?: {valueHexView?: Uint8Array}}>}})?.valueBlock?.value?.[0]?.valueBlock?.valueHexView
  if (!keyIdentifier) return undefined
  return certificates.find((certificate) => {
    const extension = certificate.extensions?.find((e) => e.extnID === OID.subjectKeyIdentifier)
    const value = (extension?.parsedValue as asn1js.OctetString | undefined)?.valueBlock.valueHexView
    return value !== undefined && Buffer.from(value).equals(Buffer.from(keyIdentifier))
  })
}

function summarize(certificate: pkijs.Certificate): SignerSummary {
  return {
    cn: nameField(certificate.subject, '2.5.4.3') ?? null,
    org: nameField(certificate.subject, '2.5.4.10') ?? null,
    serial: serialHex(certificate),
    issuer: shortName(certificate.issuer),
    subject: formatName(certificate.subject),
    notBefore: certificate.notBefore.value.toISOString(),
    notAfter: certificate.notAfter.value.toISOString(),
  }
}

/** Validity at the signing time, and a key usage that allows signing documents. */
function checkSignerCertificate(certificate: pkijs.Certificate, signingTime: Date, integrity: SignatureProblem[]): void {
  const notBefore = certificate.notBefore.value
  const notAfter = certificate.notAfter.value
  if (signingTime < notBefore || signingTime > notAfter) {
    integrity.push(problem(
        'certificate-not-valid-at-signing-time',
      `the signer's certificate was not valid at the signing time ${signingTime.toISOString()} ` +
        `(valid from ${notBefore.toISOString()} to ${notAfter.toISOString()})`,
    ))
  }
  const keyUsage = certificate.extensions?.find((extension) => extension.extnID === OID.keyUsage)
  const bits = (keyUsage?.parsedValue as asn1js.BitString | undefined)?.valueBlock.valueHexView
  // digitalSignature (bit 0, 0x80) or nonRepudiation (bit 1, 0x40).
  if (keyUsage && (!bits || (bits[0]! & 0xc0) === 0)) {
    integrity.push(problem('key-usage', "the signer's certificate may not be used for signatures (key usage lacks digitalSignature and nonRepudiation)"))
  }
}

/**
 * CMS does not sign the certificates it carries, so each is checked against its issuer instead: one found
 * among the carried certificates or the trusted roots (a self-signed one against itself). A certificate
 * whose issuer is nowhere to be found cannot be checked, which counts as a failure: a changed byte in it
 * would otherwise go unnoticed.
 */
async function checkCarriedCertificates(
  certificates: pkijs.Certificate[],
  roots: pkijs.Certificate[],
  integrity: SignatureProblem[],
): Promise<pkijs.Certificate[]> {
  const intact: pkijs.Certificate[] = []
  for (const certificate of certificates) {
    const issuers = [...certificates, ...roots].filter((candidate) => candidate.subject.isEqual(certificate.issuer))
    if (issuers.length === 0) {
      integrity.push(problem(
        'carried-certificate-unverifiable',
        `certificate "${shortName(certificate.subject)}" in the signature cannot be checked: its issuer ` +
          `"${shortName(certificate.issuer)}" is neither in the signature nor a trusted root`,
      ))
      continue
    }
    let verified = false
    for (const issuer of issuers) {
      try {
        if (await certificate.verify(issuer, cryptoEngine)) verified = true
      } catch {
        // An unusable key or algorithm: this candidate does not verify it.
      }
      if (verified) break
    }
    if (verified) intact.push(certificate)
    else integrity.push(problem('carried-certificate-altered', `certificate "${shortName(certificate.subject)}" in the signature does not verify against its issuer: it was altered`))
  }
  return intact
}

async function checkChain(
  signer: pkijs.Certificate,
  certificates: pkijs.Certificate[],
  roots: pkijs.Certificate[],
  signingTime: Date,
  trust: SignatureProblem[],
): Promise<void> {
  if (roots.length === 0) {
    trust.push(problem('no-trusted-roots', 'no trusted root certificate was given, so the signer cannot be trusted'))
    return
  }
  // pkijs takes the last of `certs` as the end entity.
  const engine = new pkijs.CertificateChainValidationEngine({
    trustedCerts: roots,
    certs: [...certificates.filter((certificate) => certificate !== signer), signer],
    checkDate: signingTime,
  })
  try {
    const chain = await engine.verify({}, cryptoEngine)
    if (!chain.result) trust.push(problem('chain-untrusted', `the signer's certificate does not chain to a trusted root: ${chain.resultMessage}`))
  } catch (error) {
    const message = (error as {resultMessage?: string; message?: string}).resultMessage ?? (error as Error).message
    trust.push(problem('chain-untrusted', `the signer's certificate does not chain to a trusted root: ${message}`))
  }
}

