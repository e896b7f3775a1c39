import {randomBytes} from 'node:crypto'
import {P12Signer} from '@signpdf/signer-p12'
import forge from 'node-forge'
import {EXIT, UserError} from '../errors.js'

/** The key, certificate and chain read from a PKCS#12 file, ready to sign with. */
export interface SigningIdentity {
  /**
   * A fresh @signpdf signer over the same p12 bytes. Fresh each time because P12Signer consumes its buffer
   * on the first signature (3.3.0): a second sign() with the same instance fails with "Too few bytes".
   */
  createSigner(): P12Signer
  /** The p12 file it came from, for messages. */
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
  /** The signer certificate, then the other certificates of the file, as PEM. */
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
  signerSerial: string
}

/** PBKDF2 and MAC iterations of the p12 (OpenSSL 3 uses 2048; more costs little at this size). */
const P12_ITERATIONS = 10_000

/** The CA's subject: named after the organisation so several trial identities can be told apart. */
function caSubject(options: TrialIdentityOptions): forge.pki.CertificateField[] {
  return subject(`${options.organization ?? options.commonName} trial CA (posattest)`, options.organization)
}

function subject(commonName: string, organization: string | undefined): forge.pki.CertificateField[] {
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
    signerSerial: signer.serialNumber,
  }
}

function field(cert: forge.pki.Certificate, name: string, of: 'subject' | 'issuer' = 'subject'): string | undefined {
  const attribute = cert[of].getField(name) as {value?: unknown; valueTagClass?: number} | null
  if (typeof attribute?.value !== 'string') return undefined
  // forge hands UTF8String values back as raw bytes.
  return attribute.valueTagClass === forge.asn1.Type.UTF8 ? forge.util.decodeUtf8(attribute.value) : attribute.value
}

/**
 * Opens a PKCS#12 file with its passphrase and finds the certificate that belongs to the private key.
 * Every way this can fail is a one-line UserError naming `source` (the file).
 */
export function openSigningIdentity(p12Bytes: Uint8Array, passphrase: string, source: string): SigningIdentity {
  let p12: forge.pkcs12.Pkcs12Pfx
  let asn1: forge.asn1.Asn1
  try {
    asn1 = forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(p12Bytes).toString('binary')))
  } catch {
    throw new UserError(`${source}: not a PKCS#12 (.p12/.pfx) file: it cannot be parsed`, EXIT.usage)
  }
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(asn1, false, passphrase)
  } catch (error) {
    const message = (error as Error).message ?? String(error)
    if (/MAC could not be verified|Invalid password/i.test(message)) {
      throw new UserError(`${source}: wrong passphrase (the PKCS#12 integrity check failed)`, EXIT.usage)
    }
    if (/OID is not RSA|Unknown OID|Unsupported/i.test(message)) {
      throw new UserError(`${source}: unsupported PKCS#12 content (only RSA keys are supported): ${message}`, EXIT.usage)
    }
    throw new UserError(`${source}: not a usable PKCS#12 file: ${message}`, EXIT.usage)
  }
  const keyBags = p12.getBags({bagType: forge.pki.oids.pkcs8ShroudedKeyBag!})[forge.pki.oids.pkcs8ShroudedKeyBag!] ?? []
  const key = keyBags[0]?.key as forge.pki.rsa.PrivateKey | undefined
  if (keyBags.length !== 1) {
    throw new UserError(`${source}: expected exactly one encrypted private key, found ${keyBags.length}`, EXIT.usage)
  }
  // forge leaves the key empty when it is not RSA (the integrity check passed, so it was decrypted).
  if (!key) throw new UserError(`${source}: the private key is not an RSA key; posattest signs with RSA keys only`, EXIT.usage)
  const certBags = p12.getBags({bagType: forge.pki.oids.certBag!})[forge.pki.oids.certBag!] ?? []
  const certificates = certBags.map((bag) => bag.cert).filter((cert): cert is forge.pki.Certificate => cert !== undefined)
  const own = certificates.find((cert) => {
    const publicKey = cert.publicKey as forge.pki.rsa.PublicKey
    return publicKey.n?.compareTo(key.n) === 0 && publicKey.e?.compareTo(key.e) === 0
  })
  if (!own) throw new UserError(`${source}: no certificate in the file belongs to its private key`, EXIT.usage)
  const name = field(own, 'CN') ?? field(own, 'O')
  if (!name) throw new UserError(`${source}: the signer certificate has no common name`, EXIT.usage)
  return {
    createSigner: () => new P12Signer(Buffer.from(p12Bytes), {passphrase}),
    source,
    name,
    organization: field(own, 'O'),
    email: field(own, 'E'),
    serial: own.serialNumber.replace(/^(00)+(?=.)/, ''),
    issuer: field(own, 'CN', 'issuer') ?? field(own, 'O', 'issuer') ?? '(unnamed issuer)',
    notBefore: own.validity.notBefore,
    notAfter: own.validity.notAfter,
    certificatesPem: [own, ...certificates.filter((cert) => cert !== own)].map((cert) => forge.pki.certificateToPem(cert)),
  }
}

/** Signing outside the certificate's validity would only produce a signature every verifier rejects. */
export function assertValidAt(identity: SigningIdentity, signingTime: Date): void {
  if (signingTime < identity.notBefore || signingTime > identity.notAfter) {
    throw new UserError(
      `${identity.source}: the signer certificate is valid from ${identity.notBefore.toISOString()} to ` +
        `${identity.notAfter.toISOString()}, not at the signing time ${signingTime.toISOString()}`,
      EXIT.usage,
    )
  }
}
