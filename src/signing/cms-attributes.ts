/** Reading a CMS SignerInfo on the verifying side: its signed attributes, its signer among the carried certificates, its ESS signing certificate. */
import {createHash} from 'node:crypto'
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import {certificateDer, cryptoEngine} from './certificates.js'

const SUBJECT_KEY_IDENTIFIER = '2.5.29.14'
const RSA_ENCRYPTION = '1.2.840.113549.1.1.1'
const SIGNING_CERTIFICATE = '1.2.840.113549.1.9.16.2.12'
const SIGNING_CERTIFICATE_V2 = '1.2.840.113549.1.9.16.2.47'

export const HASHES: Record<string, {node: string; webcrypto: string}> = {
  '1.3.14.3.2.26': {node: 'sha1', webcrypto: 'SHA-1'},
  '2.16.840.1.101.3.4.2.1': {node: 'sha256', webcrypto: 'SHA-256'},
  '2.16.840.1.101.3.4.2.2': {node: 'sha384', webcrypto: 'SHA-384'},
  '2.16.840.1.101.3.4.2.3': {node: 'sha512', webcrypto: 'SHA-512'},
}


/** The certificate a SignerInfo names: by issuer and serial number, or by subject key identifier. */
export function findSignerCertificate(signerInfo: pkijs.SignerInfo, certificates: readonly pkijs.Certificate[]): pkijs.Certificate | undefined {
  const sid = signerInfo.sid as unknown
  if (sid instanceof pkijs.IssuerAndSerialNumber) {
    return certificates.find((certificate) => certificate.issuer.isEqual(sid.issuer) && certificate.serialNumber.isEqual(sid.serialNumber))
  }
  const keyIdentifier = (sid as {valueBlock?: {value?: Array<{valueBlock?: {valueHexView?: Uint8Array}}>}})?.valueBlock?.value?.[0]?.valueBlock?.valueHexView
  if (!keyIdentifier) return undefined
  return certificates.find((certificate) => {
    const extension = certificate.extensions?.find((e) => e.extnID === SUBJECT_KEY_IDENTIFIER)
    const value = (extension?.parsedValue as asn1js.OctetString | undefined)?.valueBlock.valueHexView
    return value !== undefined && Buffer.from(value).equals(Buffer.from(keyIdentifier))
  })
}

/**
 * Whether the SignerInfo's signature over its signed attributes verifies with `certificate`'s key;
 * `webcryptoDigest` is the digest (SHA-256 …) an rsaEncryption signature algorithm leaves unsaid. Throws when
 * the key or algorithm cannot be used.
 */
export function verifySignedAttributes(signerInfo: pkijs.SignerInfo, certificate: pkijs.Certificate, webcryptoDigest: string): Promise<boolean> {
  return cryptoEngine.verifyWithPublicKey(
    signerInfo.signedAttrs!.encodedValue,
    signerInfo.signature,
    certificate.subjectPublicKeyInfo,
    signerInfo.signatureAlgorithm,
    signerInfo.signatureAlgorithm.algorithmId === RSA_ENCRYPTION ? webcryptoDigest : undefined,
  )
}

/** The first ESSCertID(v2) of the signing-certificate attribute: the hash the signer's certificate must have. */
function signingCertificateHash(attributes: pkijs.Attribute[]): {algorithm: string; value: Buffer} | undefined {
  const read = (oid: string, v2: boolean): {algorithm: string; value: Buffer} | undefined => {
    const values = attributes.filter((a) => a.type === oid).flatMap((a) => a.values)
    if (values.length !== 1) return undefined
    const certs = (values[0] as asn1js.Sequence).valueBlock?.value?.[0] as asn1js.Sequence | undefined
    const first = certs?.valueBlock?.value?.[0] as asn1js.Sequence | undefined
    const fields = first?.valueBlock?.value ?? []
    let algorithm = v2 ? 'sha256' : 'sha1'
    let at = 0
    if (v2 && fields[0] instanceof asn1js.Sequence) {
      const id = (fields[0].valueBlock.value[0] as asn1js.ObjectIdentifier | undefined)?.valueBlock.toString()
      const known = id ? HASHES[id] : undefined
      if (!known) return undefined
      algorithm = known.node
      at = 1
    }
    const value = fields[at]
    return value instanceof asn1js.OctetString ? {algorithm, value: Buffer.from(value.valueBlock.valueHexView)} : undefined
  }
  return read(SIGNING_CERTIFICATE_V2, true) ?? read(SIGNING_CERTIFICATE, false)
}

/**
 * Whether the ESS signing-certificate(-v2) attribute (RFC 2634, RFC 5035) names `certificate`: it binds the
 * signature to one certificate, so a certificate with the same key cannot be substituted.
 */
export function essSigningCertificate(attributes: readonly pkijs.Attribute[], certificate: pkijs.Certificate): 'absent' | 'match' | 'mismatch' {
  const named = signingCertificateHash([...attributes])
  if (!named) return 'absent'
  const actual = createHash(named.algorithm).update(certificateDer(certificate)).digest()
  return actual.equals(named.value) ? 'match' : 'mismatch'
}
