// A small PKI for verification tests, built with pkijs: certificates with chosen dates and extensions, CRLs,
// RFC 3161 timestamp tokens, and signed reports whose CMS is made here (not by posattest's signer), so the
// verifier is tested against standard CMS rather than against its own signer.
import {createHash, webcrypto} from 'node:crypto'

type CryptoKey = webcrypto.CryptoKey
type CryptoKeyPair = webcrypto.CryptoKeyPair
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import {Signer} from '@signpdf/utils'
import {cryptoEngine} from '../../src/signing/certificates.js'
import {SignPdf} from '@signpdf/signpdf'
import {makeReportPdf} from './signing-fixtures.js'

const ALGORITHM = {name: 'ECDSA', namedCurve: 'P-256'} as const
const SHA256 = '2.16.840.1.101.3.4.2.1'

export interface Identity {
  certificate: pkijs.Certificate
  privateKey: CryptoKey
  pem: string
}

export interface CertificateOptions {
  cn: string
  o?: string
  notBefore: Date
  notAfter: Date
  /** Signed by this identity; self-signed when absent. */
  issuer?: Identity
  /** A CA certificate, with this pathLenConstraint (null: none). */
  ca?: {pathLen: number | null}
  /** Key usage bits by name; absent: digitalSignature+nonRepudiation for end entities, keyCertSign+cRLSign for CAs. */
  keyUsage?: Array<'digitalSignature' | 'nonRepudiation' | 'keyCertSign' | 'cRLSign'>
  extKeyUsage?: {purposes: string[]; critical: boolean}
  /** Permitted DNS subtrees (name constraints). */
  permittedDns?: string[]
  /** dNSName subject alternative names. */
  dnsNames?: string[]
  serial?: number
  /** Any other extensions, as given. */
  extraExtensions?: pkijs.Extension[]
}

let nextSerial = 1000

const KEY_USAGE_BITS = {digitalSignature: 0x80, nonRepudiation: 0x40, keyCertSign: 0x04, cRLSign: 0x02} as const

function name(cn: string, o?: string): pkijs.RelativeDistinguishedNames {
  const rdn = new pkijs.RelativeDistinguishedNames()
  if (o) rdn.typesAndValues.push(new pkijs.AttributeTypeAndValue({type: '2.5.4.10', value: new asn1js.Utf8String({value: o})}))
  rdn.typesAndValues.push(new pkijs.AttributeTypeAndValue({type: '2.5.4.3', value: new asn1js.Utf8String({value: cn})}))
  return rdn
}

const toPem = (label: string, der: ArrayBuffer): string =>
  `-----BEGIN ${label}-----\n${Buffer.from(der).toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END ${label}-----\n`

export const ext = (extnID: string, critical: boolean, value: {toSchema(): asn1js.BaseBlock} | asn1js.BaseBlock): pkijs.Extension =>
  new pkijs.Extension({extnID, critical, extnValue: ('toSchema' in value ? value.toSchema() : value).toBER(false)})

export async function makeCertificate(options: CertificateOptions): Promise<Identity> {
  const keys = (await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair
  const certificate = new pkijs.Certificate()
  certificate.version = 2
  certificate.serialNumber = new asn1js.Integer({value: options.serial ?? nextSerial++})
  certificate.subject = name(options.cn, options.o)
  certificate.issuer = options.issuer ? options.issuer.certificate.subject : name(options.cn, options.o)
  certificate.notBefore.value = options.notBefore
  certificate.notAfter.value = options.notAfter
  await certificate.subjectPublicKeyInfo.importKey(keys.publicKey, cryptoEngine)
  const extensions: pkijs.Extension[] = []
  extensions.push(ext('2.5.29.19', true, new pkijs.BasicConstraints(options.ca ? {cA: true, ...(options.ca.pathLen === null ? {} : {pathLenConstraint: options.ca.pathLen})} : {})))
  const usages = options.keyUsage ?? (options.ca ? ['keyCertSign', 'cRLSign'] : ['digitalSignature', 'nonRepudiation'])
  const bits = usages.reduce((sum, usage) => sum | KEY_USAGE_BITS[usage], 0)
  extensions.push(ext('2.5.29.15', true, new asn1js.BitString({valueHex: new Uint8Array([bits]).buffer, unusedBits: 1})))
  if (options.extKeyUsage) extensions.push(ext('2.5.29.37', options.extKeyUsage.critical, new pkijs.ExtKeyUsage({keyPurposes: options.extKeyUsage.purposes})))
  if (options.dnsNames) {
    extensions.push(ext('2.5.29.17', false, new pkijs.GeneralNames({names: options.dnsNames.map((value) => new pkijs.GeneralName({type: 2, value}))})))
  }
  if (options.permittedDns) {
    const permittedSubtrees = options.permittedDns.map((value) => new pkijs.GeneralSubtree({base: new pkijs.GeneralName({type: 2, value})}))
    extensions.push(ext('2.5.29.30', true, new pkijs.NameConstraints({permittedSubtrees})))
  }
  certificate.extensions = [...extensions, ...(options.extraExtensions ?? [])]
  await certificate.sign(options.issuer?.privateKey ?? keys.privateKey, 'SHA-256', cryptoEngine)
  return {certificate, privateKey: keys.privateKey, pem: toPem('CERTIFICATE', certificate.toSchema().toBER(false))}
}

export interface RevokedEntry {
  serial: pkijs.Certificate
  date: Date
  /** CRLReason value (1 keyCompromise …). */
  reason?: number
}

/** A CRL signed by `issuer`, as PEM. */
export async function makeCrl(issuer: Identity, options: {thisUpdate: Date; nextUpdate: Date; revoked?: RevokedEntry[]}): Promise<{crl: pkijs.CertificateRevocationList; pem: string; der: Buffer}> {
  const crl = new pkijs.CertificateRevocationList()
  crl.version = 1
  crl.issuer = issuer.certificate.subject
  crl.thisUpdate = new pkijs.Time({type: 0, value: options.thisUpdate})
  crl.nextUpdate = new pkijs.Time({type: 0, value: options.nextUpdate})
  if (options.revoked?.length) {
    crl.revokedCertificates = options.revoked.map((entry) => new pkijs.RevokedCertificate({
      userCertificate: entry.serial.serialNumber,
      revocationDate: new pkijs.Time({type: 0, value: entry.date}),
      ...(entry.reason === undefined ? {} : {
        crlEntryExtensions: new pkijs.Extensions({extensions: [ext('2.5.29.21', false, new asn1js.Enumerated({value: entry.reason}))]}),
      }),
    }))
  }
  await crl.sign(issuer.privateKey, 'SHA-256', cryptoEngine)
  const der = Buffer.from(crl.toSchema(true).toBER(false))
  return {crl, der, pem: toPem('X509 CRL', crl.toSchema(true).toBER(false))}
}

const attribute = (type: string, value: asn1js.BaseBlock): pkijs.Attribute => new pkijs.Attribute({type, values: [value]})

/** ESS signing-certificate-v2 naming `certificate` (SHA-256, the default hash, left out). */
function signingCertificateV2(certificate: pkijs.Certificate): asn1js.Sequence {
  const hash = createHash('sha256').update(Buffer.from(certificate.toSchema().toBER(false))).digest()
  return new asn1js.Sequence({value: [new asn1js.Sequence({value: [new asn1js.Sequence({value: [new asn1js.OctetString({valueHex: hash})]})]})]})
}

export interface TimestampOptions {
  tsa: Identity
  genTime: Date
  /** The bytes whose SHA-256 is the imprint; the signature value when absent. */
  imprintOf?: Uint8Array
  /** Sign with this key instead of the TSA's (a forged token). */
  signingKey?: CryptoKey
}

/** An RFC 3161 TimeStampToken (ContentInfo of SignedData over a TSTInfo) over `imprintOf`. */
export async function makeTimestampToken(imprintOf: Uint8Array, options: TimestampOptions): Promise<asn1js.Sequence> {
  const tstInfo = new pkijs.TSTInfo({
    version: 1,
    policy: '1.3.6.1.4.1.99999.1',
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({algorithmId: SHA256}),
      hashedMessage: new asn1js.OctetString({valueHex: createHash('sha256').update(imprintOf).digest()}),
    }),
    serialNumber: new asn1js.Integer({value: nextSerial++}),
    genTime: options.genTime,
  })
  const content = Buffer.from(tstInfo.toSchema().toBER(false))
  const signedData = new pkijs.SignedData({
    version: 3,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({eContentType: '1.2.840.113549.1.9.16.1.4', eContent: new asn1js.OctetString({valueHex: content})}),
    certificates: [options.tsa.certificate],
    signerInfos: [new pkijs.SignerInfo({
      version: 1,
      sid: new pkijs.IssuerAndSerialNumber({issuer: options.tsa.certificate.issuer, serialNumber: options.tsa.certificate.serialNumber}),
      signedAttrs: new pkijs.SignedAndUnsignedAttributes({type: 0, attributes: [
        attribute('1.2.840.113549.1.9.3', new asn1js.ObjectIdentifier({value: '1.2.840.113549.1.9.16.1.4'})),
        attribute('1.2.840.113549.1.9.4', new asn1js.OctetString({valueHex: createHash('sha256').update(content).digest()})),
        attribute('1.2.840.113549.1.9.16.2.47', signingCertificateV2(options.tsa.certificate)),
      ]}),
    })],
  })
  await signedData.sign(options.signingKey ?? options.tsa.privateKey, 0, 'SHA-256', undefined, cryptoEngine)
  return new pkijs.ContentInfo({contentType: '1.2.840.113549.1.7.2', content: signedData.toSchema(true)}).toSchema() as asn1js.Sequence
}

export interface CmsOptions {
  signer: Identity
  /** Carried besides the signer's certificate (intermediates, maybe the root). */
  chain?: Identity[]
  signingTime: Date
  timestamp?: Omit<TimestampOptions, 'imprintOf'> & {imprintOf?: Uint8Array}
  /** A TimeStampToken from elsewhere (DER), made over the signature value. */
  timestampToken?: (signatureValue: Uint8Array) => Uint8Array
  /** CRLs put in the revocationInfoArchival signed attribute. */
  embeddedCrls?: pkijs.CertificateRevocationList[]
  /** The certificate the ESS signing-certificate-v2 attribute names (default the signer's); null leaves it out. */
  essCertificate?: Identity | null
  /** Attach the report fixture's answers beside its evaluated result (assessed 2026-11-20), so verify can derive it. */
  answered?: boolean
  /** /SubFilter of the signature field (default ETSI.CAdES.detached, as the placeholder writes it). */
  subFilter?: 'ETSI.CAdES.detached' | 'adbe.pkcs7.detached'
}

/** A detached CMS SignedData over `data`, as a PDF signer makes it, optionally with a signature timestamp. */
export async function makeCms(data: Uint8Array, options: CmsOptions): Promise<Buffer> {
  const signer = options.signer.certificate
  const attributes = [
    attribute('1.2.840.113549.1.9.3', new asn1js.ObjectIdentifier({value: '1.2.840.113549.1.7.1'})),
    attribute('1.2.840.113549.1.9.5', new asn1js.UTCTime({valueDate: options.signingTime})),
    attribute('1.2.840.113549.1.9.4', new asn1js.OctetString({valueHex: createHash('sha256').update(data).digest()})),
  ]
  if (options.essCertificate !== null) attributes.push(attribute('1.2.840.113549.1.9.16.2.47', signingCertificateV2((options.essCertificate ?? options.signer).certificate)))
  if (options.embeddedCrls) {
    const crls = new asn1js.Sequence({value: options.embeddedCrls.map((crl) => crl.toSchema(true))})
    attributes.push(attribute('1.2.840.113583.1.1.8', new asn1js.Sequence({value: [new asn1js.Constructed({idBlock: {tagClass: 3, tagNumber: 0}, value: [crls]})]})))
  }
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({eContentType: '1.2.840.113549.1.7.1'}),
    certificates: [signer, ...(options.chain ?? []).map((identity) => identity.certificate)],
    signerInfos: [new pkijs.SignerInfo({
      version: 1,
      sid: new pkijs.IssuerAndSerialNumber({issuer: signer.issuer, serialNumber: signer.serialNumber}),
      signedAttrs: new pkijs.SignedAndUnsignedAttributes({type: 0, attributes}),
    })],
  })
  await signedData.sign(options.signer.privateKey, 0, 'SHA-256', undefined, cryptoEngine)
  const signerInfo = signedData.signerInfos[0]!
  const signatureValue = signerInfo.signature.valueBlock.valueHexView
  const token = options.timestampToken
    ? asn1js.fromBER(options.timestampToken(signatureValue)).result
    : options.timestamp && (await makeTimestampToken(options.timestamp.imprintOf ?? signatureValue, options.timestamp))
  if (token) {
    signerInfo.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({type: 1, attributes: [attribute('1.2.840.113549.1.9.16.2.14', token)]})
  }
  return Buffer.from(new pkijs.ContentInfo({contentType: '1.2.840.113549.1.7.2', content: signedData.toSchema(true)}).toSchema().toBER(false))
}

/** A @signpdf Signer that fills the placeholder with makeCms. */
class CmsSigner extends Signer {
  constructor(private readonly options: CmsOptions) {
    super()
  }

  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    return makeCms(pdfBuffer, this.options)
  }
}

/** The test report (result embedded), with a placeholder, signed with a CMS made by makeCms. */
export async function signedTestReport(options: CmsOptions): Promise<Buffer> {
  const placeholder = {name: options.signer.certificate.subject.typesAndValues.at(-1)!.value.valueBlock.value as string, reason: 'Annual attestation', location: 'Test'}
  let pdf = await makeReportPdf({placeholder, time: options.signingTime, ...(options.answered ? {answered: true} : {})})
  // Both names have 19 characters: the file keeps its offsets.
  if (options.subFilter) pdf = Buffer.from(pdf.toString('latin1').replace(/\/SubFilter \/(adbe\.pkcs7\.detached|ETSI\.CAdES\.detached)/, `/SubFilter /${options.subFilter}`), 'latin1')
  return new SignPdf().sign(pdf, new CmsSigner(options), options.signingTime)
}

export const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`)
