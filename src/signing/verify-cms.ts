import {createHash} from 'node:crypto'
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import {cryptoEngine, formatName, nameField, serialHex, shortName} from './certificates.js'
import {summarizeCertificate, validatePath, type CertificateSummary} from './path-validation.js'
import {essSigningCertificate, findSignerCertificate, HASHES, verifySignedAttributes} from './cms-attributes.js'
import {problem, type SignatureProblem} from './problem.js'
import {checkRevocation, embeddedCrls, noRevocation, type RevocationStatus} from './revocation.js'
import {noTimestamp, verifySignatureTimestamp, type TimestampStatus} from './timestamp-verify.js'

/**
 * The CMS half of verifying a PDF signature (RFC 5652, RFC 3161, RFC 5280): independent of the PDF around
 * it and of how the signer built the CMS. verify.ts cuts the CMS and the signed bytes out of the file.
 */

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
  /** SHA-256 of the DER certificate, lower-case hex. */
  sha256: string
}

/** Where the moment the signer's chain was validated at comes from. */
export type ValidationTimeSource = 'trusted-timestamp' | 'verifier-clock'

export interface CmsVerification {
  signer: SignerSummary | null
  /** The signer's certification path, signer first, root last; empty when none was found. */
  chain: CertificateSummary[]
  /** The CMS signingTime attribute: claimed by the signer. */
  claimedTime: Date | undefined
  /** A trusted timestamp's genTime. */
  trustedTime: Date | undefined
  validationTime: Date
  validationTimeSource: ValidationTimeSource
  timestamp: TimestampStatus
  revocation: RevocationStatus
  /** Problems of the bytes: the signature does not hold. */
  integrity: SignatureProblem[]
  /** Problems of trust: the signature holds but its signer is not to be relied on. */
  trust: SignatureProblem[]
  /** What passed with a remark (a grace period, a revocation after the trusted time, a stale CRL not required). */
  notes: SignatureProblem[]
}

export interface CmsVerifyOptions {
  roots: readonly pkijs.Certificate[]
  timestampRoots: readonly pkijs.Certificate[]
  /** The verifier's time: the chain is validated at it unless a trusted timestamp says otherwise. */
  validationTime: Date
  /** CRLs the verifier supplies; when undefined, those embedded in the signature are used. */
  crls?: readonly pkijs.CertificateRevocationList[]
  requireRevocation: boolean
  requireTimestamp: boolean
  validityGraceDays: number
  /** CAdES (ETSI EN 319 122): the ESS signing-certificate-v2 attribute must be there. */
  requireSigningCertificate?: boolean
}

const OID = {
  data: '1.2.840.113549.1.7.1',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
} as const

/** Digests a signer may use over the document: SHA-1 is not among them. */
const DOCUMENT_DIGESTS = new Set(['2.16.840.1.101.3.4.2.1', '2.16.840.1.101.3.4.2.2', '2.16.840.1.101.3.4.2.3'])

/**
 * Verifies one SignerInfo of a parsed CMS SignedData over `signedBytes`: message digest, content type,
 * the signature value, every carried certificate against its issuer, an RFC 3161 signature timestamp, the
 * signer's certification path at the validation time (the timestamp's genTime when trusted, else the
 * verifier's time) and the revocation status of that path.
 */
export async function verifyCms(
  signedData: pkijs.SignedData,
  signerInfo: pkijs.SignerInfo,
  signedBytes: readonly Uint8Array[] | undefined,
  options: CmsVerifyOptions,
): Promise<CmsVerification> {
  const result: CmsVerification = {
    signer: null,
    chain: [],
    claimedTime: cmsSigningTime(signerInfo),
    trustedTime: undefined,
    validationTime: options.validationTime,
    validationTimeSource: 'verifier-clock',
    timestamp: noTimestamp(),
    revocation: noRevocation(),
    integrity: [],
    trust: [],
    notes: [],
  }
  const {integrity, trust} = result

  const certificates = signedData.certificates?.filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate) ?? []
  if ((signedData.certificates?.length ?? 0) !== certificates.length) integrity.push(problem('unsupported-certificate-type', 'the signature carries a certificate of an unsupported type'))
  const signerCertificate = findSignerCertificate(signerInfo, certificates)
  if (!signerCertificate) {
    integrity.push(problem('signer-certificate-missing', "the signer's certificate is not in the signature (no certificate matches the signer identifier)"))
    return result
  }
  result.signer = summarize(signerCertificate)

  // The document: the digest over the signed bytes must equal the signed messageDigest attribute.
  const digest = DOCUMENT_DIGESTS.has(signerInfo.digestAlgorithm.algorithmId) ? HASHES[signerInfo.digestAlgorithm.algorithmId] : undefined
  const messageDigest = signedAttribute(signerInfo, OID.messageDigest)
  if (!digest) {
    integrity.push(problem('unsupported-digest', `unsupported digest algorithm ${signerInfo.digestAlgorithm.algorithmId} (SHA-256, SHA-384 or SHA-512 expected)`))
  } else if (!(messageDigest instanceof asn1js.OctetString)) {
    integrity.push(problem('no-message-digest', 'the signed attributes hold no message digest'))
  } else if (signedBytes) {
    const hash = createHash(digest.node)
    for (const part of signedBytes) hash.update(part)
    if (!hash.digest().equals(Buffer.from(messageDigest.valueBlock.valueHexView))) {
      integrity.push(problem('digest-mismatch', 'the signed bytes were changed after signing (the message digest does not match)'))
    }
  }
  const contentType = signedAttribute(signerInfo, OID.contentType)
  if (!(contentType instanceof asn1js.ObjectIdentifier) || contentType.valueBlock.toString() !== OID.data) {
    integrity.push(problem('content-type', 'the signed content-type attribute is missing or is not id-data'))
  }

  // ESS signing-certificate(-v2): when present it must name the signer's certificate; CAdES requires it.
  const named = essSigningCertificate(signerInfo.signedAttrs?.attributes ?? [], signerCertificate)
  if (named === 'mismatch') integrity.push(problem('signing-certificate-mismatch', "the signed ESS signing-certificate attribute names another certificate than the signer's"))
  else if (named === 'absent' && options.requireSigningCertificate) {
    integrity.push(problem('signing-certificate-missing', 'a CAdES signature must carry the ESS signing-certificate-v2 attribute; this one does not'))
  }

  // The signer: its signature over the signed attributes.
  if (digest && signerInfo.signedAttrs) {
    let verified = false
    let checkable = true
    try {
      verified = await verifySignedAttributes(signerInfo, signerCertificate, digest.webcrypto)
    } catch (error) {
      checkable = false
      integrity.push(problem('signature-value-unverifiable', `the signature value cannot be checked: ${(error as Error).message}`))
    }
    if (!verified && checkable) integrity.push(problem('signature-value-invalid', "the signature value does not verify with the signer's certificate"))
  }
  const intact = await checkCarriedCertificates(certificates, options.roots, integrity)

  // When the certificate counts: at a trusted timestamp's genTime, else at the verifier's time.
  result.timestamp = await verifySignatureTimestamp(signerInfo, {roots: options.timestampRoots, now: options.validationTime})
  if (result.timestamp.trusted && result.timestamp.genTime) {
    result.trustedTime = new Date(result.timestamp.genTime)
    result.validationTime = result.trustedTime
    result.validationTimeSource = 'trusted-timestamp'
  } else if (result.timestamp.present) {
    // A token that is not over this signature or not signed by its TSA is a forgery or damage; one that
    // merely cannot be trusted leaves the signature to be judged at the verifier's time.
    const damaged = result.timestamp.problems.some((p) => p.code === 'timestamp-imprint-mismatch' || p.code === 'timestamp-signature-invalid' || p.code === 'timestamp-malformed')
    if (damaged || options.requireTimestamp) trust.push(...result.timestamp.problems)
    else result.notes.push(...result.timestamp.problems)
  } else if (options.requireTimestamp) {
    trust.push(problem('timestamp-missing', 'the signature carries no timestamp and one is required'))
  }

  if (options.roots.length === 0) {
    trust.push(problem('no-trusted-roots', 'no trusted root certificate was given, so the signer cannot be trusted'))
    return result
  }
  // A damaged copy among the candidates could stand in for a good one, so only intact ones are offered.
  const path = await validatePath(signerCertificate, {
    roots: options.roots,
    intermediates: intact.filter((c) => c !== signerCertificate),
    time: result.validationTime,
    purpose: 'document-signing',
    graceDays: options.validityGraceDays,
  })
  result.chain = path.path.map(summarizeCertificate)
  trust.push(...path.problems)
  result.notes.push(...path.notes)
  if (path.path.length > 0) {
    const supplied = options.crls !== undefined
    const crls = supplied ? options.crls! : embeddedCrls(signedData, signerInfo)
    result.revocation = await checkRevocation(path.path, {
      crls,
      source: supplied ? 'supplied' : crls.length > 0 ? 'embedded' : 'none',
      required: options.requireRevocation,
      validationTime: result.validationTime,
      trustedTime: result.trustedTime ?? null,
    })
    trust.push(...result.revocation.problems)
    result.notes.push(...result.revocation.notes)
  }
  return result
}

function signedAttribute(signerInfo: pkijs.SignerInfo, oid: string): unknown {
  const attributes = signerInfo.signedAttrs?.attributes.filter((attribute) => attribute.type === oid) ?? []
  return attributes.length === 1 && attributes[0]!.values.length === 1 ? attributes[0]!.values[0] : undefined
}

function cmsSigningTime(signerInfo: pkijs.SignerInfo): Date | undefined {
  const value = signedAttribute(signerInfo, OID.signingTime)
  return value instanceof asn1js.UTCTime || value instanceof asn1js.GeneralizedTime ? value.toDate() : undefined
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
    sha256: summarizeCertificate(certificate).sha256,
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
  roots: readonly pkijs.Certificate[],
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
