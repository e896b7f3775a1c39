import {createHash} from 'node:crypto'
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import {shortName} from './certificates.js'
import {extendedKeyUsages, keyUsageBits, KEY_USAGE, OID as CERT_OID, summarizeCertificate, validatePath, type CertificateSummary} from './path-validation.js'
import {essSigningCertificate, findSignerCertificate, HASHES, verifySignedAttributes} from './cms-attributes.js'
import {problem, type SignatureProblem} from './problem.js'

/**
 * RFC 3161 signature timestamps (the unsigned attribute id-aa-signatureTimeStampToken of RFC 3161 appendix A):
 * a TSA's signed statement that the signer's signature value existed at genTime. Checked from the token's
 * bytes alone: the imprint, the token's own CMS signature and signed attributes, the TSA certificate's
 * purpose, and its path to the timestamp roots at the verification time.
 */

export const TIMESTAMP_OID = {
  signatureTimeStampToken: '1.2.840.113549.1.9.16.2.14',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
} as const


export interface TimestampStatus {
  /** present: a token was found; valid: its imprint and signature hold; trusted: and its TSA chains to a timestamp root. */
  present: boolean
  valid: boolean
  trusted: boolean
  /** The token's genTime (ISO 8601), once its signature holds. */
  genTime: string | null
  /** The TSA certificate, then its issuers up to the timestamp root (when a path was found). */
  tsa: CertificateSummary[]
  problems: SignatureProblem[]
}

/** The status of a signature without a timestamp (a fresh object: reports never share arrays). */
export const noTimestamp = (): TimestampStatus => ({present: false, valid: false, trusted: false, genTime: null, tsa: [], problems: []})

export interface TimestampOptions {
  /** Roots the TSA must chain to; without any, a token can be valid but never trusted. */
  roots: readonly pkijs.Certificate[]
  /** When the TSA's own chain must be valid: the verification time. */
  now: Date
}

function attribute(attributes: pkijs.Attribute[] | undefined, oid: string): unknown[] {
  return attributes?.filter((a) => a.type === oid).flatMap((a) => a.values) ?? []
}

const hash = (algorithm: string, ...parts: Uint8Array[]): Buffer => {
  const h = createHash(algorithm)
  for (const part of parts) h.update(part)
  return h.digest()
}

/** Finds and checks the signature timestamp of `signerInfo` (over its signature value). */
export async function verifySignatureTimestamp(signerInfo: pkijs.SignerInfo, options: TimestampOptions): Promise<TimestampStatus> {
  const tokens = attribute(signerInfo.unsignedAttrs?.attributes, TIMESTAMP_OID.signatureTimeStampToken)
  if (tokens.length === 0) return noTimestamp()
  const status: TimestampStatus = {...noTimestamp(), present: true}
  const fail = (code: string, message: string): TimestampStatus => {
    status.problems.push(problem(code, message))
    return status
  }
  if (tokens.length > 1) return fail('timestamp-malformed', `the signature carries ${tokens.length} timestamp tokens; expected one`)

  let signedData: pkijs.SignedData
  let tstInfo: pkijs.TSTInfo
  let eContent: Uint8Array
  try {
    const contentInfo = new pkijs.ContentInfo({schema: tokens[0]})
    if (contentInfo.contentType !== TIMESTAMP_OID.signedData) throw new Error(`content type ${contentInfo.contentType}`)
    signedData = new pkijs.SignedData({schema: contentInfo.content})
    if (signedData.encapContentInfo.eContentType !== TIMESTAMP_OID.tstInfo) throw new Error(`its content is ${signedData.encapContentInfo.eContentType}, not TSTInfo`)
    const content = signedData.encapContentInfo.eContent
    if (!content) throw new Error('it holds no TSTInfo')
    // A constructed OCTET STRING is the concatenation of its parts (pkijs keeps them apart).
    eContent = content.idBlock.isConstructed
      ? Buffer.concat(content.valueBlock.value.map((part) => Buffer.from((part as asn1js.OctetString).valueBlock.valueHexView)))
      : content.valueBlock.valueHexView
    const parsed = asn1js.fromBER(eContent)
    if (parsed.offset === -1) throw new Error('its TSTInfo is not DER')
    tstInfo = new pkijs.TSTInfo({schema: parsed.result})
  } catch (error) {
    return fail('timestamp-malformed', `the timestamp token cannot be read: ${(error as Error).message}`)
  }

  // The imprint: the hash of the signer's signature value (RFC 3161 appendix A).
  const imprintHash = HASHES[tstInfo.messageImprint.hashAlgorithm.algorithmId]
  if (!imprintHash) return fail('timestamp-malformed', `the timestamp uses an unsupported hash ${tstInfo.messageImprint.hashAlgorithm.algorithmId}`)
  const expected = hash(imprintHash.node, signerInfo.signature.valueBlock.valueHexView)
  if (!expected.equals(Buffer.from(tstInfo.messageImprint.hashedMessage.valueBlock.valueHexView))) {
    return fail('timestamp-imprint-mismatch', 'the timestamp is not over this signature (its message imprint differs from the hash of the signature value)')
  }

  const [tokenSigner, ...others] = signedData.signerInfos
  if (!tokenSigner || others.length > 0) return fail('timestamp-malformed', `the timestamp token has ${signedData.signerInfos.length} signers; expected one`)
  const certificates = signedData.certificates?.filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate) ?? []
  const tsaCertificate = findSignerCertificate(tokenSigner, [...certificates, ...options.roots])
  if (!tsaCertificate) return fail('timestamp-signature-invalid', "the timestamp authority's certificate is neither in the token nor a timestamp root")

  const signatureProblem = await tokenSignatureProblem(tokenSigner, eContent, tsaCertificate)
  if (signatureProblem) return fail('timestamp-signature-invalid', `the timestamp token does not hold: ${signatureProblem}`)
  status.valid = true
  status.genTime = tstInfo.genTime.toISOString()

  const tsaProblem = tsaPurposeProblem(tsaCertificate)
  if (tsaProblem) return fail('timestamp-not-tsa', tsaProblem)
  if (options.roots.length === 0) return fail('timestamp-untrusted', 'no timestamp root was given, so the timestamp cannot be trusted')
  const chain = await validatePath(tsaCertificate, {roots: options.roots, intermediates: certificates, time: options.now, purpose: 'timestamping'})
  status.tsa = (chain.path.length > 0 ? chain.path : [tsaCertificate]).map(summarizeCertificate)
  if (chain.problems.length > 0) {
    return fail('timestamp-untrusted', `the timestamp authority ${JSON.stringify(shortName(tsaCertificate.subject))} is not trusted: ${chain.problems.map((p) => p.message).join('; ')}`)
  }
  status.trusted = true
  return status
}

/** Why the token's own signature does not hold (RFC 5652 5.4, RFC 3161 2.4.2, RFC 5035), or undefined. */
async function tokenSignatureProblem(signer: pkijs.SignerInfo, eContent: Uint8Array, tsa: pkijs.Certificate): Promise<string | undefined> {
  const digest = HASHES[signer.digestAlgorithm.algorithmId]
  if (!digest) return `unsupported digest algorithm ${signer.digestAlgorithm.algorithmId}`
  const attributes = signer.signedAttrs?.attributes
  if (!attributes) return 'the token has no signed attributes'
  const contentType = attribute(attributes, TIMESTAMP_OID.contentType)
  if (contentType.length !== 1 || !(contentType[0] instanceof asn1js.ObjectIdentifier) || contentType[0].valueBlock.toString() !== TIMESTAMP_OID.tstInfo) {
    return 'its content-type attribute is missing or is not id-ct-TSTInfo'
  }
  const messageDigest = attribute(attributes, TIMESTAMP_OID.messageDigest)
  if (messageDigest.length !== 1 || !(messageDigest[0] instanceof asn1js.OctetString) || !hash(digest.node, eContent).equals(Buffer.from(messageDigest[0].valueBlock.valueHexView))) {
    return 'its message digest does not match its TSTInfo'
  }
  const named = essSigningCertificate(attributes, tsa)
  if (named === 'absent') return 'it names no signing certificate (ESS signing-certificate or signing-certificate-v2)'
  if (named === 'mismatch') return "its ESS signing certificate is not the timestamp authority's certificate"
  let verified = false
  try {
    verified = await verifySignedAttributes(signer, tsa, digest.webcrypto)
  } catch (error) {
    return `its signature cannot be checked: ${(error as Error).message}`
  }
  return verified ? undefined : "its signature does not verify with the timestamp authority's certificate"
}

/** RFC 3161 2.3: the TSA certificate has one, critical, extended key usage: timeStamping. */
function tsaPurposeProblem(tsa: pkijs.Certificate): string | undefined {
  const eku = tsa.extensions?.find((e) => e.extnID === CERT_OID.extKeyUsage)
  const purposes = extendedKeyUsages(tsa)
  if (!eku || !eku.critical || purposes?.length !== 1 || purposes[0] !== CERT_OID.timeStamping) {
    return `certificate "${shortName(tsa.subject)}" is not a timestamp authority's (it needs a critical extended key usage of timeStamping alone)`
  }
  const usage = keyUsageBits(tsa)
  if (usage !== undefined && (usage & (KEY_USAGE.digitalSignature | KEY_USAGE.nonRepudiation)) === 0) {
    return `certificate "${shortName(tsa.subject)}" may not sign (key usage lacks digitalSignature and nonRepudiation)`
  }
  return undefined
}
