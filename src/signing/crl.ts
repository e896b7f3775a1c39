import {createPrivateKey, createPublicKey, sign as cryptoSign, type KeyObject} from 'node:crypto'
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import {UserError} from '../model/errors.js'
import {parseCertificatesPem} from './certificates.js'
import {pem} from './identity.js'

/** RFC 5280 §5.3.1 CRLReason codes a trial CA may use (7 is unused, 8 removeFromCRL only in delta CRLs). */
export const REVOCATION_REASONS = {
  unspecified: 0,
  keyCompromise: 1,
  cACompromise: 2,
  affiliationChanged: 3,
  superseded: 4,
  cessationOfOperation: 5,
  certificateHold: 6,
  privilegeWithdrawn: 9,
} as const
export type RevocationReason = keyof typeof REVOCATION_REASONS

export interface RevokedEntry {
  /** Hex without leading zero octets, as openssl prints it. */
  serial: string
  date: Date
  reason: RevocationReason
}

const OID = {
  crlNumber: '2.5.29.20',
  crlReason: '2.5.29.21',
  authorityKeyIdentifier: '2.5.29.35',
  subjectKeyIdentifier: '2.5.29.14',
  sha256WithRsa: '1.2.840.113549.1.1.11',
} as const

/** A CRL is read whole; a trial CA's is a few hundred bytes, a large public CA's a few megabytes. */
export const MAX_CRL_BYTES = 4 * 1024 * 1024

/** A parsed CRL and its DER bytes (what goes into a signature). */
export interface ParsedCrl {
  der: Buffer
  crl: pkijs.CertificateRevocationList
}

/** Reads a CRL in PEM (-----BEGIN X509 CRL-----) or DER; anything else is a one-line UserError naming `source`. */
export function parseCrl(bytes: Uint8Array, source: string): ParsedCrl {
  if (bytes.length > MAX_CRL_BYTES) throw new UserError('crl-too-large', `${source}: larger than ${MAX_CRL_BYTES} bytes; not a CRL posattest reads`)
  const text = Buffer.from(bytes).toString('latin1')
  const block = /-----BEGIN X509 CRL-----([\s\S]*?)-----END X509 CRL-----/.exec(text)
  if (text.includes('-----BEGIN') && !block) throw new UserError('no-pem-crl', `${source}: no PEM CRL (-----BEGIN X509 CRL-----) found`)
  const der = block ? Buffer.from(block[1]!.replace(/\s+/g, ''), 'base64') : Buffer.from(bytes)
  const parsed = asn1js.fromBER(der)
  try {
    if (parsed.offset === -1 || parsed.offset !== der.length) throw new Error('not one DER structure')
    return {der, crl: new pkijs.CertificateRevocationList({schema: parsed.result})}
  } catch (error) {
    throw new UserError('not-a-crl', `${source}: not a CRL (an X.509 certificate revocation list): ${(error as Error).message}`)
  }
}

/** The revoked serials of a CRL, with their dates and reasons. */
export function revokedEntries(crl: pkijs.CertificateRevocationList): RevokedEntry[] {
  const names = Object.fromEntries(Object.entries(REVOCATION_REASONS).map(([name, code]) => [code, name])) as Record<number, RevocationReason>
  return (crl.revokedCertificates ?? []).map((entry) => {
    const reason = entry.crlEntryExtensions?.extensions.find((e) => e.extnID === OID.crlReason)
    const code = reason ? (asn1js.fromBER(reason.extnValue.valueBlock.valueHexView).result as asn1js.Enumerated).valueBlock.valueDec : 0
    return {
      serial: Buffer.from(entry.userCertificate.valueBlock.valueHexView).toString('hex').replace(/^(00)+(?=.)/, ''),
      date: entry.revocationDate.value,
      reason: names[code] ?? 'unspecified',
    }
  })
}

/** The CRL number extension, 0 when absent. */
export function crlNumber(crl: pkijs.CertificateRevocationList): bigint {
  const extension = crl.crlExtensions?.extensions.find((e) => e.extnID === OID.crlNumber)
  if (!extension) return 0n
  const value = asn1js.fromBER(extension.extnValue.valueBlock.valueHexView).result as asn1js.Integer
  return BigInt(`0x${Buffer.from(value.valueBlock.valueHexView).toString('hex') || '0'}`)
}

/**
 * A version 2 CRL issued by `ca` (its certificate) and signed with its RSA key (SHA-256): the entries, an
 * authority key identifier, the CRL number, thisUpdate and nextUpdate. Returned as PEM.
 */
export function issueCrl(options: {
  ca: pkijs.Certificate
  caKey: KeyObject
  entries: readonly RevokedEntry[]
  thisUpdate: Date
  nextUpdate: Date
  number: bigint
}): string {
  const extensions: pkijs.Extension[] = [
    new pkijs.Extension({extnID: OID.crlNumber, extnValue: new asn1js.Integer({valueHex: bigintBytes(options.number)}).toBER()}),
  ]
  const keyId = options.ca.extensions?.find((e) => e.extnID === OID.subjectKeyIdentifier)?.parsedValue as asn1js.OctetString | undefined
  if (keyId) {
    const aki = new pkijs.AuthorityKeyIdentifier({keyIdentifier: new asn1js.OctetString({valueHex: keyId.valueBlock.valueHexView})})
    extensions.unshift(new pkijs.Extension({extnID: OID.authorityKeyIdentifier, extnValue: aki.toSchema().toBER()}))
  }
  const algorithm = () => new pkijs.AlgorithmIdentifier({algorithmId: OID.sha256WithRsa, algorithmParams: new asn1js.Null()})
  const crl = new pkijs.CertificateRevocationList({
    version: 1,
    signature: algorithm(),
    issuer: options.ca.subject,
    thisUpdate: new pkijs.Time({type: 0, value: options.thisUpdate}),
    nextUpdate: new pkijs.Time({type: 0, value: options.nextUpdate}),
    crlExtensions: new pkijs.Extensions({extensions}),
    signatureAlgorithm: algorithm(),
  })
  if (options.entries.length > 0) {
    crl.revokedCertificates = options.entries.map(
      (entry) =>
        new pkijs.RevokedCertificate({
          userCertificate: new asn1js.Integer({valueHex: Buffer.from(entry.serial.length % 2 ? `0${entry.serial}` : entry.serial, 'hex')}),
          revocationDate: new pkijs.Time({type: 0, value: entry.date}),
          crlEntryExtensions: new pkijs.Extensions({
            extensions: [new pkijs.Extension({extnID: OID.crlReason, extnValue: new asn1js.Enumerated({value: REVOCATION_REASONS[entry.reason]}).toBER()})],
          }),
        }),
    )
  }
  // encodeTBS is protected in pkijs's typings but is how its own sign() builds the TBSCertList.
  const tbs = Buffer.from((crl as unknown as {encodeTBS(): asn1js.Sequence}).encodeTBS().toBER())
  crl.tbsView = new Uint8Array(tbs)
  crl.signatureValue = new asn1js.BitString({valueHex: cryptoSign('sha256', tbs, options.caKey)})
  return pem('X509 CRL', new Uint8Array(crl.toSchema().toBER()))
}

/** A positive INTEGER's content octets (a leading zero when the top bit is set). */
function bigintBytes(value: bigint): Buffer {
  let hex = value.toString(16)
  if (hex.length % 2) hex = `0${hex}`
  const bytes = Buffer.from(hex, 'hex')
  return bytes[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes
}

/** What `keygen revoke` made: the new CRL and what it lists. */
export interface TrialCrl {
  pem: string
  entries: RevokedEntry[]
  number: bigint
  thisUpdate: Date
  nextUpdate: Date
}

/**
 * The trial CA's next CRL: the entries of `previous` (its last CRL, if any) plus `serial` when given,
 * numbered one above it, valid from `date` for `nextUpdateDays`. The CA key is the encrypted PKCS#8 PEM
 * written by keygen. Problems are one-line UserErrors naming the files.
 */
export function updateTrialCrl(options: {
  caPem: string
  caSource: string
  caKeyPem: string
  caKeySource: string
  passphrase: string
  previous?: {bytes: Uint8Array; source: string}
  serial?: string
  reason: RevocationReason
  date: Date
  nextUpdateDays: number
}): TrialCrl {
  const ca = parseCertificatesPem(options.caPem, options.caSource)[0]!
  let caKey: KeyObject
  try {
    caKey = createPrivateKey({key: options.caKeyPem, format: 'pem', passphrase: options.passphrase})
  } catch (error) {
    // OpenSSL's own codes: a wrong (or missing) passphrase fails the decryption, anything else is not a key.
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ERR_OSSL_BAD_DECRYPT' || code === 'ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED') {
      throw new UserError('wrong-passphrase', `${options.caKeySource}: wrong passphrase`)
    }
    throw new UserError('unusable-key', `${options.caKeySource}: not a usable private key: ${(error as Error).message}`)
  }
  const caPublic = createPublicKey({key: Buffer.from(ca.subjectPublicKeyInfo.toSchema().toBER()), format: 'der', type: 'spki'})
  if (!createPublicKey(caKey).equals(caPublic)) throw new UserError('key-certificate-mismatch', `${options.caKeySource}: the key does not belong to the CA certificate ${options.caSource}`)

  let entries: RevokedEntry[] = []
  let number = 0n
  if (options.previous) {
    const {crl} = parseCrl(options.previous.bytes, options.previous.source)
    if (!crl.issuer.isEqual(ca.subject)) throw new UserError('crl-issuer-mismatch', `${options.previous.source}: the CRL is not issued by the CA in ${options.caSource}`)
    entries = revokedEntries(crl)
    number = crlNumber(crl)
  }
  if (options.serial !== undefined) {
    const serial = options.serial.toLowerCase().replace(/^0x/, '').replace(/^(00)+(?=.)/, '')
    if (!/^[0-9a-f]{1,40}$/.test(serial)) throw new UserError('bad-serial', `--serial must be the certificate's serial number in hex, not ${options.serial}`)
    if (!entries.some((entry) => entry.serial === serial)) entries.push({serial, date: options.date, reason: options.reason})
  }
  const nextUpdate = new Date(options.date.getTime() + options.nextUpdateDays * 86_400_000)
  const pem = issueCrl({ca, caKey, entries, thisUpdate: options.date, nextUpdate, number: number + 1n})
  return {pem, entries, number: number + 1n, thisUpdate: options.date, nextUpdate}
}
