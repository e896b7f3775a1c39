import {createHash} from 'node:crypto'
import {Signer} from '@signpdf/utils'
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import {certificateFromDer} from './certificates.js'
import type {SigningIdentity} from './identity.js'
import {requestTimestamp, type TimestampOptions, type TimestampToken} from './timestamp-client.js'

export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  /** ESS signing-certificate-v2 (RFC 5035): binds the signer certificate to the signature. */
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  /** RFC 3161 token over the signature value, an unsigned attribute (PAdES B-T). */
  signatureTimeStampToken: '1.2.840.113549.1.9.16.2.14',
  /** Adobe's revocation information archived in the signature (ISO 32000-1 §12.8.3.3.2). */
  revocationInfoArchival: '1.2.840.113583.1.1.8',
} as const

/** What goes into a signature besides the key and certificates. */
export interface CadesOptions {
  /** Ask a time-stamping authority for a token over the signature value (PAdES B-T). */
  timestamp?: TimestampOptions
  /** DER CRLs to archive in the signed attributes, so a later verifier needs nothing else. */
  crls?: readonly Uint8Array[]
}

/** What a signature was made with, for the command's summary. */
export interface CadesResult {
  cms: Buffer
  timestamp: TimestampToken | undefined
}

/**
 * A detached CAdES CMS (ETSI.CAdES.detached, PAdES baseline B) over `content`: signed attributes contentType,
 * messageDigest, ESS signing-certificate-v2 and (with CRLs) revocationInfoArchival; no signingTime, which
 * PAdES forbids (the time is the dictionary's /M, and a timestamp's genTime). Signed by `identity.key`.
 */
export async function buildCadesSignature(content: Uint8Array, identity: SigningIdentity, options: CadesOptions = {}): Promise<CadesResult> {
  const certificates = identity.certificates.map((der) => certificateFromDer(der))
  const signer = certificates[0]!
  const attributes = [
    attribute(OID.contentType, new asn1js.ObjectIdentifier({value: OID.data})),
    attribute(OID.messageDigest, new asn1js.OctetString({valueHex: sha256(content)})),
    attribute(OID.signingCertificateV2, signingCertificateV2(identity.certificates[0]!, signer)),
    ...(options.crls && options.crls.length > 0 ? [attribute(OID.revocationInfoArchival, revocationInfoArchival(options.crls))] : []),
  ]
  // DER: a SET OF is sorted by its elements' encodings; the signature is over the SET itself.
  const sorted = attributes
    .map((entry) => ({entry, der: Buffer.from(entry.toSchema().toBER())}))
    .sort((a, b) => Buffer.compare(a.der, b.der))
  const signedAttributesDer = Buffer.concat([Buffer.from([0x31]), derLength(sorted.reduce((n, a) => n + a.der.length, 0)), ...sorted.map((a) => a.der)])
  const signature = await identity.key.sign(signedAttributesDer)
  const timestamp = options.timestamp ? await requestTimestamp(signature, options.timestamp) : undefined

  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({issuer: signer.issuer, serialNumber: signer.serialNumber}),
    digestAlgorithm: new pkijs.AlgorithmIdentifier({algorithmId: OID.sha256}),
    signedAttrs: new pkijs.SignedAndUnsignedAttributes({type: 0, attributes: sorted.map((a) => a.entry)}),
    signatureAlgorithm:
      identity.key.algorithm === 'rsa'
        ? new pkijs.AlgorithmIdentifier({algorithmId: OID.rsaEncryption, algorithmParams: new asn1js.Null()})
        : new pkijs.AlgorithmIdentifier({algorithmId: OID.ecdsaWithSha256}),
    signature: new asn1js.OctetString({valueHex: signature}),
    ...(timestamp
      ? {unsignedAttrs: new pkijs.SignedAndUnsignedAttributes({type: 1, attributes: [attribute(OID.signatureTimeStampToken, parseDer(timestamp.token))]})}
      : {}),
  })
  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [new pkijs.AlgorithmIdentifier({algorithmId: OID.sha256})],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({eContentType: OID.data}),
    certificates,
    signerInfos: [signerInfo],
  })
  const contentInfo = new pkijs.ContentInfo({contentType: OID.signedData, content: signedData.toSchema(true)})
  return {cms: Buffer.from(contentInfo.toSchema().toBER()), timestamp}
}

/** The @signpdf Signer over buildCadesSignature; keeps the last result for the command's summary. */
export class CadesSigner extends Signer {
  last: CadesResult | undefined
  constructor(
    private readonly identity: SigningIdentity,
    private readonly options: CadesOptions = {},
  ) {
    super()
  }

  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    this.last = await buildCadesSignature(pdfBuffer, this.identity, this.options)
    return this.last.cms
  }
}

function attribute(type: string, value: asn1js.BaseBlock): pkijs.Attribute {
  return new pkijs.Attribute({type, values: [value]})
}

/**
 * SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }, one ESSCertIDv2 ::= SEQUENCE {
 * hashAlgorithm DEFAULT sha256 (so left out), certHash OCTET STRING, issuerSerial IssuerSerial }.
 */
function signingCertificateV2(certificateDer: Uint8Array, certificate: pkijs.Certificate): asn1js.Sequence {
  const issuerSerial = new asn1js.Sequence({
    value: [
      // GeneralNames holding one directoryName [4] (EXPLICIT, as Name is a CHOICE).
      new asn1js.Sequence({value: [new asn1js.Constructed({idBlock: {tagClass: 3, tagNumber: 4}, value: [certificate.issuer.toSchema()]})]}),
      new asn1js.Integer({valueHex: certificate.serialNumber.valueBlock.valueHexView}),
    ],
  })
  const essCertId = new asn1js.Sequence({value: [new asn1js.OctetString({valueHex: sha256(certificateDer)}), issuerSerial]})
  return new asn1js.Sequence({value: [new asn1js.Sequence({value: [essCertId]})]})
}

/** RevocationInfoArchival ::= SEQUENCE { crl [0] EXPLICIT SEQUENCE OF CRLs, ocsp [1] …, otherRevInfo [2] … }. */
function revocationInfoArchival(crls: readonly Uint8Array[]): asn1js.Sequence {
  return new asn1js.Sequence({
    value: [new asn1js.Constructed({idBlock: {tagClass: 3, tagNumber: 0}, value: [new asn1js.Sequence({value: crls.map(parseDer)})]})],
  })
}

function parseDer(der: Uint8Array): asn1js.BaseBlock {
  const parsed = asn1js.fromBER(der)
  if (parsed.offset === -1) throw new Error(parsed.result.error || 'not DER')
  return parsed.result
}

function sha256(data: Uint8Array): Buffer {
  return createHash('sha256').update(data).digest()
}

function derLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length])
  const bytes: number[] = []
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest & 0xff)
  return Buffer.from([0x80 | bytes.length, ...bytes])
}
