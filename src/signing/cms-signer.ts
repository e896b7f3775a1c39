import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import {cryptoEngine} from './certificates.js'

const SUBJECT_KEY_IDENTIFIER = '2.5.29.14'
const RSA_ENCRYPTION = '1.2.840.113549.1.1.1'

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
