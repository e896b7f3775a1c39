import {createDecipheriv, createHmac, hash as oneShotHash, createPrivateKey, pbkdf2Sync, timingSafeEqual, type KeyObject} from 'node:crypto'
import * as asn1js from 'asn1js'

/*
 * Opening a PKCS#12 file (RFC 7292) with Node's crypto: the MAC's key derivation, HMAC, PBKDF2 and AES run
 * natively instead of in node-forge's JavaScript, which spent ~200 ms of `posattest sign` on a p12 of 10,000
 * iterations. Only the layout posattest keygen and OpenSSL 3 write is read here: a password-integrity MAC
 * (SHA-1 or SHA-2), SafeContents as plain data or PBES2-encrypted data (PBKDF2 + AES-CBC), exactly one
 * PBES2-shrouded key bag and X.509 certificate bags, and an ASCII passphrase. For anything else, and for every
 * failure (a wrong passphrase included), the answer is undefined and the caller opens the file with
 * node-forge as before, so every error keeps its code and its words.
 */

const OID = {
  data: '1.2.840.113549.1.7.1',
  encryptedData: '1.2.840.113549.1.7.6',
  pbes2: '1.2.840.113549.1.5.13',
  pbkdf2: '1.2.840.113549.1.5.12',
  shroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
  x509Certificate: '1.2.840.113549.1.9.22.1',
} as const

/** MAC digests: OID → Node's name, digest length and block size (the PKCS#12 KDF's u and v). */
const DIGESTS: Record<string, {name: string; u: number; v: number}> = {
  '1.3.14.3.2.26': {name: 'sha1', u: 20, v: 64},
  '2.16.840.1.101.3.4.2.1': {name: 'sha256', u: 32, v: 64},
  '2.16.840.1.101.3.4.2.2': {name: 'sha384', u: 48, v: 128},
  '2.16.840.1.101.3.4.2.3': {name: 'sha512', u: 64, v: 128},
}

/** PBKDF2 PRFs (the default is HMAC-SHA1). */
const PRFS: Record<string, string> = {
  '1.2.840.113549.2.7': 'sha1',
  '1.2.840.113549.2.9': 'sha256',
  '1.2.840.113549.2.10': 'sha384',
  '1.2.840.113549.2.11': 'sha512',
}

const CIPHERS: Record<string, {name: string; keyLength: number}> = {
  '2.16.840.1.101.3.4.1.2': {name: 'aes-128-cbc', keyLength: 16},
  '2.16.840.1.101.3.4.1.22': {name: 'aes-192-cbc', keyLength: 24},
  '2.16.840.1.101.3.4.1.42': {name: 'aes-256-cbc', keyLength: 32},
}

/** More than any real p12 uses; a hostile count is left to forge's own handling. */
const MAX_ITERATIONS = 10_000_000

export interface OpenedPkcs12 {
  privateKey: KeyObject
  /** DER, in the order the file holds them. */
  certificates: Uint8Array[]
}

/** Thrown inside this module when the file is not the layout read here; never escapes. */
class NotHandled extends Error {}

const notHandled = (): never => {
  throw new NotHandled()
}

/** The p12's key and certificates, or undefined when node-forge must open it (see above). */
export function openPkcs12Natively(bytes: Uint8Array, passphrase: string): OpenedPkcs12 | undefined {
  // forge reads a passphrase's characters as bytes where OpenSSL reads UTF-8: they agree on ASCII only.
  if (passphrase === '' || !/^[\x20-\x7e]*$/.test(passphrase)) return undefined
  try {
    return open(bytes, passphrase)
  } catch (error) {
    if (error instanceof NotHandled) return undefined
    // A malformed structure that asn1js or Node's crypto refuses: forge decides what to say about it.
    return undefined
  }
}

function open(bytes: Uint8Array, passphrase: string): OpenedPkcs12 {
  const pfx = sequence(parse(bytes), 2)
  if (integer(pfx[0]) !== 3) notHandled()
  const authSafe = dataContent(pfx[1])
  verifyMac(pfx[2] ?? notHandled(), authSafe, passphrase)
  const keys: Uint8Array[] = []
  const certificates: Uint8Array[] = []
  for (const info of sequence(parse(authSafe))) {
    const [type] = sequence(info, 1)
    const safeContents = oid(type) === OID.data ? dataContent(info) : decryptData(info, passphrase)
    for (const bag of sequence(parse(safeContents))) {
      const [bagId, bagValue] = sequence(bag, 2)
      const value = explicit(bagValue)
      if (oid(bagId) === OID.shroudedKeyBag) {
        keys.push(der(value))
      } else if (oid(bagId) === OID.certBag) {
        const [certId, certValue] = sequence(value, 2)
        if (oid(certId) !== OID.x509Certificate) notHandled()
        certificates.push(octets(explicit(certValue)))
      } else {
        notHandled()
      }
    }
  }
  if (keys.length !== 1) notHandled()
  const privateKey = createPrivateKey({key: Buffer.from(keys[0]!), format: 'der', type: 'pkcs8', passphrase})
  return {privateKey, certificates}
}

/** MacData: HMAC over the AuthenticatedSafe with the PKCS#12 KDF's key (RFC 7292 B.2, ID 3). */
function verifyMac(node: asn1js.AsnType, authSafe: Uint8Array, passphrase: string): void {
  const [digestInfo, saltNode, iterationsNode] = sequence(node, 2)
  const [algorithm, digestNode] = sequence(digestInfo, 2)
  const digest = DIGESTS[oid(sequence(algorithm, 1)[0])] ?? notHandled()
  const iterations = iterationsNode === undefined ? 1 : integer(iterationsNode)
  if (!(iterations >= 1 && iterations <= MAX_ITERATIONS)) notHandled()
  const key = pkcs12Kdf(passphrase, octets(saltNode), 3, iterations, digest)
  const expected = createHmac(digest.name, key).update(authSafe).digest()
  const given = octets(digestNode)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) notHandled()
}

/** RFC 7292 appendix B.2 for one block of output (n ≤ u: the MAC key is the digest's length). */
function pkcs12Kdf(passphrase: string, salt: Uint8Array, id: number, iterations: number, digest: {name: string; u: number; v: number}): Buffer {
  const {u, v} = digest
  const password = Buffer.alloc((passphrase.length + 1) * 2)
  for (let i = 0; i < passphrase.length; i++) password.writeUInt16BE(passphrase.charCodeAt(i), i * 2)
  const fill = (source: Uint8Array) => {
    const out = Buffer.alloc(source.length === 0 ? 0 : v * Math.ceil(source.length / v))
    for (let i = 0; i < out.length; i++) out[i] = source[i % source.length]!
    return out
  }
  // crypto.hash: one call per iteration, half the cost of createHash().update().digest() over 10,000 rounds.
  let hash = oneShotHash(digest.name, Buffer.concat([Buffer.alloc(v, id), fill(salt), fill(password)]), 'buffer')
  for (let i = 1; i < iterations; i++) hash = oneShotHash(digest.name, hash, 'buffer')
  return hash.subarray(0, u)
}

/** EncryptedData with PBES2 (PBKDF2, AES-CBC): the SafeContents it holds. */
function decryptData(info: asn1js.AsnType, passphrase: string): Uint8Array {
  const [type, content] = sequence(info, 2)
  if (oid(type) !== OID.encryptedData) notHandled()
  const [, encryptedContentInfo] = sequence(explicit(content), 2)
  const [contentType, algorithm, encryptedNode] = sequence(encryptedContentInfo, 3)
  const encrypted = encryptedNode!
  if (oid(contentType) !== OID.data) notHandled()
  const [algorithmId, params] = sequence(algorithm, 2)
  if (oid(algorithmId) !== OID.pbes2) notHandled()
  const [kdf, scheme] = sequence(params, 2)
  const [kdfId, kdfParams] = sequence(kdf, 2)
  if (oid(kdfId) !== OID.pbkdf2) notHandled()
  const [saltNode, iterationsNode, ...rest] = sequence(kdfParams, 2)
  const prfNode = rest.find((n) => n instanceof asn1js.Sequence)
  const prf = prfNode === undefined ? 'sha1' : (PRFS[oid(sequence(prfNode, 1)[0])] ?? notHandled())
  const [cipherId, ivNode] = sequence(scheme, 2)
  const cipher = CIPHERS[oid(cipherId)] ?? notHandled()
  const iterations = integer(iterationsNode)
  if (!(iterations >= 1 && iterations <= MAX_ITERATIONS)) notHandled()
  const key = pbkdf2Sync(passphrase, octets(saltNode), iterations, cipher.keyLength, prf)
  // encryptedContent is [0] IMPLICIT OCTET STRING: primitive, or constructed of OCTET STRING pieces.
  if (encrypted.idBlock.tagClass !== 3 || encrypted.idBlock.tagNumber !== 0) notHandled()
  const ciphertext = encrypted.idBlock.isConstructed
    ? Buffer.concat((encrypted as asn1js.Constructed).valueBlock.value.map((piece) => octets(piece)))
    : Buffer.from((encrypted as asn1js.Primitive).valueBlock.valueHexView)
  const decipher = createDecipheriv(cipher.name, key, octets(ivNode))
  return Buffer.concat([decipher.update(ciphertext), decipher.final()])
}

// Small readers over asn1js's tree; each refuses what it does not expect.

function parse(bytes: Uint8Array): asn1js.AsnType {
  const parsed = asn1js.fromBER(bytes)
  if (parsed.offset === -1 || parsed.offset !== bytes.byteLength) notHandled()
  return parsed.result
}

function sequence(node: asn1js.AsnType | undefined, min = 0): asn1js.AsnType[] {
  if (!(node instanceof asn1js.Sequence) || node.valueBlock.value.length < min) notHandled()
  return (node as asn1js.Sequence).valueBlock.value
}

function oid(node: asn1js.AsnType | undefined): string {
  if (!(node instanceof asn1js.ObjectIdentifier)) notHandled()
  return (node as asn1js.ObjectIdentifier).valueBlock.toString()
}

function integer(node: asn1js.AsnType | undefined): number {
  if (!(node instanceof asn1js.Integer)) notHandled()
  const value = (node as asn1js.Integer).valueBlock.valueDec
  if (!Number.isSafeInteger(value)) notHandled()
  return value
}

function octets(node: asn1js.AsnType | undefined): Buffer {
  if (!(node instanceof asn1js.OctetString)) notHandled()
  const string = node as asn1js.OctetString
  if (string.valueBlock.isConstructed) return Buffer.concat(string.valueBlock.value.map((piece) => octets(piece)))
  return Buffer.from(string.valueBlock.valueHexView)
}

/** The one element of a context-specific [0] EXPLICIT wrapper. */
function explicit(node: asn1js.AsnType | undefined): asn1js.AsnType {
  if (!(node instanceof asn1js.Constructed) || node.idBlock.tagClass !== 3 || node.idBlock.tagNumber !== 0 || node.valueBlock.value.length !== 1) notHandled()
  return (node as asn1js.Constructed).valueBlock.value[0]!
}

/** ContentInfo of type data: the octets of its [0] EXPLICIT OCTET STRING. */
function dataContent(node: asn1js.AsnType | undefined): Uint8Array {
  const [type, content] = sequence(node, 2)
  if (oid(type) !== OID.data) notHandled()
  return octets(explicit(content))
}

/** The bytes a node was read from (its DER as the file holds it). */
function der(node: asn1js.AsnType): Uint8Array {
  return node.valueBeforeDecodeView
}
