import {createPrivateKey, createPublicKey, randomBytes, sign as cryptoSign, type KeyObject} from 'node:crypto'
import {createRequire} from 'node:module'
import type forge from 'node-forge'
import {UserError} from '../model/errors.js'
import {certificateFromDer, nameField, serialHex, shortName} from './certificates.js'
import {openPkcs12Natively} from './p12.js'

/**
 * node-forge, loaded when first needed: making a trial identity, or a p12 that p12.ts leaves to it. Signing with
 * a p12 of the usual layout never loads it (required, not imported, so the bundle leaves it out of that path).
 */
let forgeModule: typeof forge | undefined
function loadForge(): typeof forge {
  forgeModule ??= createRequire(import.meta.url)('node-forge') as typeof forge
  return forgeModule
}

/**
 * A private key that signs with SHA-256: RSA PKCS#1 v1.5, or ECDSA (the value DER-encoded, as CMS wants it).
 * The key itself may live in this process (a p12) or on a token (PKCS#11): only `sign` is ever called.
 */
export interface SigningKey {
  algorithm: 'rsa' | 'ec'
  sign(data: Uint8Array): Promise<Uint8Array>
}

/** The key, certificate and chain to sign with, from a PKCS#12 file or a PKCS#11 token. */
export interface SigningIdentity {
  key: SigningKey
  /** DER: the signer certificate first, then the others (its chain) carried in the signature. */
  certificates: Uint8Array[]
  /** The p12 file or token it came from, for messages. */
  source: string
  /** The signer certificate's common name: what goes into the signature dictionary's /Name. */
  name: string
  organization: string | undefined
  email: string | undefined
  /** Hex, as printed by openssl and pdfsig. */
  serial: string
  issuer: string
  notBefore: Date
  notAfter: Date
  /** The signer certificate, then the other certificates, as PEM. */
  certificatesPem: string[]
}

/** Parameters of a trial identity made by `posattest keygen`. */
export interface TrialIdentityOptions {
  commonName: string
  organization?: string
  /** Start of validity of both certificates. */
  notBefore: Date
  /** Days the end-entity certificate stays valid; the CA lasts one day longer so it never expires first. */
  days: number
  passphrase: string
  /** RSA modulus size; 2048 keeps the signature small, which is enough for a trial identity. */
  bits?: number
}

export interface TrialIdentity {
  /** DER PKCS#12: the private key (AES-256-CBC, PBKDF2-HMAC-SHA256), the signer certificate and the CA. */
  p12: Uint8Array
  signerPem: string
  caPem: string
  /** The CA's private key as encrypted PKCS#8 PEM (AES-256-CBC, same passphrase): for `keygen revoke`. */
  caKeyPem: string
  signerSerial: string
}

/** PBKDF2 and MAC iterations of the p12 (OpenSSL 3 uses 2048; more costs little at this size). */
const P12_ITERATIONS = 10_000

/** The CA's subject: named after the organisation so several trial identities can be told apart. */
function caSubject(options: TrialIdentityOptions): forge.pki.CertificateField[] {
  return subject(`${options.organization ?? options.commonName} trial CA (posattest)`, options.organization)
}

function subject(commonName: string, organization: string | undefined): forge.pki.CertificateField[] {
  const forge = loadForge()
  // UTF8String, so that names outside PrintableString (accents, CJK, "&") survive; forge encodes it.
  const fields: forge.pki.CertificateField[] = [{name: 'commonName', value: commonName, valueTagClass: forge.asn1.Type.UTF8 as never}]
  if (organization) fields.push({name: 'organizationName', value: organization, valueTagClass: forge.asn1.Type.UTF8 as never})
  return fields
}

/** A positive 128-bit serial number in hex (RFC 5280 §4.1.2.2: unique, at most 20 octets, positive). */
function randomSerial(): string {
  const bytes = randomBytes(16)
  bytes[0] = (bytes[0]! & 0x7f) | 0x01
  return bytes.toString('hex')
}

/**
 * A small CA and an end-entity signing certificate issued by it, so that chain checks mean something:
 * `verify --ca ca.pem` trusts the CA, not the signer itself. For trials and tests, not for production.
 */
export function createTrialIdentity(options: TrialIdentityOptions): TrialIdentity {
  const forge = loadForge()
  const bits = options.bits ?? 2048
  const caKeys = forge.pki.rsa.generateKeyPair({bits})
  const signerKeys = forge.pki.rsa.generateKeyPair({bits})
  const dayMs = 24 * 60 * 60 * 1000

  const ca = forge.pki.createCertificate()
  ca.publicKey = caKeys.publicKey
  ca.serialNumber = randomSerial()
  ca.validity.notBefore = options.notBefore
  ca.validity.notAfter = new Date(options.notBefore.getTime() + (options.days + 1) * dayMs)
  ca.setSubject(caSubject(options))
  ca.setIssuer(caSubject(options))
  ca.setExtensions([
    {name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true},
    {name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true},
    {name: 'subjectKeyIdentifier'},
  ])
  ca.sign(caKeys.privateKey, forge.md.sha256.create())

  const signer = forge.pki.createCertificate()
  signer.publicKey = signerKeys.publicKey
  signer.serialNumber = randomSerial()
  signer.validity.notBefore = options.notBefore
  signer.validity.notAfter = new Date(options.notBefore.getTime() + options.days * dayMs)
  signer.setSubject(subject(options.commonName, options.organization))
  signer.setIssuer(caSubject(options))
  signer.setExtensions([
    {name: 'basicConstraints', cA: false, critical: true},
    {name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true},
    {name: 'subjectKeyIdentifier'},
    {name: 'authorityKeyIdentifier', keyIdentifier: ca.generateSubjectKeyIdentifier().getBytes()},
  ])
  signer.sign(caKeys.privateKey, forge.md.sha256.create())

  // prfAlgorithm is passed on to PBES2 by forge 1.4 but missing from its typings.
  const p12Options = {algorithm: 'aes256', prfAlgorithm: 'sha256', count: P12_ITERATIONS, friendlyName: options.commonName} as const
  const p12Asn1 = forge.pkcs12.toPkcs12Asn1(signerKeys.privateKey, [signer, ca], options.passphrase, p12Options)
  return {
    p12: Buffer.from(forge.asn1.toDer(p12Asn1).getBytes(), 'binary'),
    signerPem: forge.pki.certificateToPem(signer),
    caPem: forge.pki.certificateToPem(ca),
    caKeyPem: createPrivateKey(forge.pki.privateKeyToPem(caKeys.privateKey))
      .export({type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: options.passphrase})
      .toString(),
    signerSerial: signer.serialNumber,
  }
}

/**
 * Opens a PKCS#12 file with its passphrase (once) and finds the certificate that belongs to the private key,
 * which Node's crypto then signs with. RSA and EC keys are supported. Node's crypto opens the usual layout
 * (p12.ts); any other file, and any file that does not open so, is opened by node-forge, whose answer stands.
 * Every way this can fail is a one-line UserError naming `source` (the file).
 */
export function openSigningIdentity(p12Bytes: Uint8Array, passphrase: string, source: string): SigningIdentity {
  const opened = openPkcs12Natively(p12Bytes, passphrase)
  if (opened) return identityFromCertificates(fileKey(opened.privateKey, source), opened.certificates, source, createPublicKey(opened.privateKey))
  return openWithForge(p12Bytes, passphrase, source)
}

function openWithForge(p12Bytes: Uint8Array, passphrase: string, source: string): SigningIdentity {
  const forge = loadForge()
  let p12: forge.pkcs12.Pkcs12Pfx
  let asn1: forge.asn1.Asn1
  try {
    asn1 = forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(p12Bytes).toString('binary')))
  } catch {
    throw new UserError('not-pkcs12', `${source}: not a PKCS#12 (.p12/.pfx) file: it cannot be parsed`)
  }
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(asn1, false, passphrase)
  } catch (error) {
    if (isForgeMacFailure(error)) throw new UserError('wrong-passphrase', `${source}: wrong passphrase (the PKCS#12 integrity check failed)`)
    throw new UserError('unusable-pkcs12', `${source}: not a usable PKCS#12 file: ${(error as Error).message ?? String(error)}`)
  }
  const keyBags = p12.getBags({bagType: forge.pki.oids.pkcs8ShroudedKeyBag!})[forge.pki.oids.pkcs8ShroudedKeyBag!] ?? []
  if (keyBags.length !== 1) {
    throw new UserError('key-count', `${source}: expected exactly one encrypted private key, found ${keyBags.length}`)
  }
  const privateKey = nodePrivateKey(keyBags[0]!, source)
  const certBags = p12.getBags({bagType: forge.pki.oids.certBag!})[forge.pki.oids.certBag!] ?? []
  const certificates = certBags
    .map((bag) => bag.cert ?? bag.asn1)
    .filter((cert) => cert !== undefined)
    .map((cert) => Buffer.from(forge.asn1.toDer('version' in cert ? forge.pki.certificateToAsn1(cert) : cert).getBytes(), 'binary'))
  return identityFromCertificates(fileKey(privateKey, source), certificates, source, createPublicKey(privateKey))
}

/** forge decodes RSA keys itself and leaves others as the decrypted PrivateKeyInfo; Node reads both. */
function nodePrivateKey(bag: forge.pkcs12.Bag, source: string): KeyObject {
  const forge = loadForge()
  const info = bag.key ? forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(bag.key)) : bag.asn1
  if (!info) throw new UserError('unreadable-key', `${source}: the private key cannot be read`)
  try {
    return createPrivateKey({key: Buffer.from(forge.asn1.toDer(info).getBytes(), 'binary'), format: 'der', type: 'pkcs8'})
  } catch (error) {
    throw new UserError('unreadable-key', `${source}: the private key cannot be read: ${(error as Error).message}`)
  }
}

/** A key held in this process; RSA or EC (P-256, P-384), signing with SHA-256. */
export function fileKey(privateKey: KeyObject, source: string): SigningKey {
  const type = privateKey.asymmetricKeyType
  if (type !== 'rsa' && type !== 'ec') {
    throw new UserError('unsupported-key-type', `${source}: the private key is of type ${type ?? 'unknown'}; posattest signs with RSA or EC keys only`)
  }
  return {
    algorithm: type,
    sign: async (data) => cryptoSign('sha256', data, type === 'ec' ? {key: privateKey, dsaEncoding: 'der'} : privateKey),
  }
}

/**
 * An identity from a key and DER certificates: the signer certificate is the one whose public key is
 * `publicKey` (else the first), and it goes first. Names and validity are read from it.
 */
export function identityFromCertificates(key: SigningKey, certificates: Uint8Array[], source: string, publicKey?: KeyObject): SigningIdentity {
  const parsed = certificates.map((der, index) => {
    try {
      return {der, certificate: certificateFromDer(der)}
    } catch (error) {
      throw new UserError('certificate-unparsable', `${source}: certificate ${index + 1} cannot be parsed: ${(error as Error).message}`)
    }
  })
  const spki = (entry: (typeof parsed)[number]) =>
    createPublicKey({key: Buffer.from(entry.certificate.subjectPublicKeyInfo.toSchema().toBER()), format: 'der', type: 'spki'})
  const own = publicKey ? parsed.find((entry) => spki(entry).equals(publicKey)) : parsed[0]
  if (!own) throw new UserError('no-signer-certificate', `${source}: no certificate ${parsed.length === 0 ? 'found' : 'belongs to the private key'}`)
  const {certificate} = own
  const name = nameField(certificate.subject, '2.5.4.3') ?? nameField(certificate.subject, '2.5.4.10')
  if (!name) throw new UserError('no-common-name', `${source}: the signer certificate has no common name`)
  const ordered = [own, ...parsed.filter((entry) => entry !== own)]
  return {
    key,
    certificates: ordered.map((entry) => entry.der),
    source,
    name,
    organization: nameField(certificate.subject, '2.5.4.10'),
    email: nameField(certificate.subject, '1.2.840.113549.1.9.1'),
    serial: serialHex(certificate),
    issuer: nameField(certificate.issuer, '2.5.4.3') ?? nameField(certificate.issuer, '2.5.4.10') ?? shortName(certificate.issuer),
    notBefore: certificate.notBefore.value,
    notAfter: certificate.notAfter.value,
    certificatesPem: ordered.map((entry) => pem('CERTIFICATE', entry.der)),
  }
}

export function pem(label: string, der: Uint8Array): string {
  const base64 = Buffer.from(der).toString('base64').replace(/.{1,64}/g, '$&\n')
  return `-----BEGIN ${label}-----\n${base64}-----END ${label}-----\n`
}

/** Signing outside the certificate's validity would only produce a signature every verifier rejects. */
export function assertValidAt(identity: SigningIdentity, signingTime: Date): void {
  if (signingTime < identity.notBefore || signingTime > identity.notAfter) {
    throw new UserError(
      'certificate-not-valid-at-signing-time',
      `${identity.source}: the signer certificate is valid from ${identity.notBefore.toISOString()} to ` +
        `${identity.notAfter.toISOString()}, not at the signing time ${signingTime.toISOString()}`,
    )
  }
}

/**
 * node-forge reports a failed PKCS#12 integrity check (the usual sign of a wrong passphrase) as a plain Error
 * with no code, so this one comparison with its fixed text is the only way to tell it from a damaged file.
 * It compares the whole text: a reworded forge message falls back to "not a usable PKCS#12 file", never the
 * other way round.
 */
function isForgeMacFailure(error: unknown): boolean {
  return error instanceof Error && error.message === FORGE_MAC_FAILURE
}

const FORGE_MAC_FAILURE = 'PKCS#12 MAC could not be verified. Invalid password?'
