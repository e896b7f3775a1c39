import {createHash, webcrypto} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import {fileError, UserError} from '../model/errors.js'

/** Signature checks remembered per process: a portfolio checks the same CA's signature on every signer certificate. */
const MAX_REMEMBERED_CHECKS = 4096

/**
 * pkijs's engine, remembering each signature check it has made by everything the check reads (the signed
 * bytes, the signature, its algorithm and the public key, each as encoded): the same inputs always give the
 * same answer, so a certificate met again (a CA in every submission of a book) is not verified again. A
 * check that threw throws the same error again.
 */
class RememberingCryptoEngine extends pkijs.CryptoEngine {
  private readonly checks = new Map<string, Promise<boolean>>()

  override verifyWithPublicKey(
    data: Parameters<pkijs.CryptoEngine['verifyWithPublicKey']>[0],
    signature: asn1js.BitString | asn1js.OctetString,
    publicKeyInfo: pkijs.PublicKeyInfo,
    signatureAlgorithm: pkijs.AlgorithmIdentifier,
    shaAlgorithm?: string | null,
  ): Promise<boolean> {
    const key = createHash('sha256')
    for (const part of [
      bytesOf(data),
      new Uint8Array(signature.toBER(false)),
      new Uint8Array(signatureAlgorithm.toSchema().toBER(false)),
      new Uint8Array(publicKeyInfo.toSchema().toBER(false)),
    ]) {
      key.update(String(part.byteLength)).update(':').update(part)
    }
    const digest = key.update(`sha:${shaAlgorithm ?? ''}`).digest('hex')
    let check = this.checks.get(digest)
    if (!check) {
      check = super.verifyWithPublicKey(data, signature, publicKeyInfo, signatureAlgorithm, shaAlgorithm ?? undefined)
      if (this.checks.size >= MAX_REMEMBERED_CHECKS) this.checks.clear()
      this.checks.set(digest, check)
    }
    return check
  }
}

function bytesOf(data: ArrayBuffer | ArrayBufferView): Uint8Array {
  if (data instanceof Uint8Array) return data
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
  return new Uint8Array(data)
}

/** pkijs on Node's WebCrypto, passed explicitly so no global engine has to be set. */
export const cryptoEngine: pkijs.CryptoEngine = new RememberingCryptoEngine({
  name: 'node',
  crypto: webcrypto as unknown as ConstructorParameters<typeof pkijs.CryptoEngine>[0]['crypto'],
})

const MAX_REMEMBERED_ENCODINGS = 1024
const encodings = new Map<string, Buffer>()
const encodingOf = new WeakMap<pkijs.Certificate, Buffer>()

/**
 * A certificate's DER as pkijs encodes it again (`toSchema().toBER(false)`: what fingerprints and the ESS
 * signing-certificate hash are taken over), remembered by what that encoding is made of (the signed part as
 * read, the signature algorithm and the signature value): re-encoding costs more than every other step of
 * reading a certificate.
 */
export function certificateDer(certificate: pkijs.Certificate): Buffer {
  const known = encodingOf.get(certificate)
  if (known) return known
  const key = createHash('sha256')
  for (const part of [
    new Uint8Array(certificate.tbsView),
    new Uint8Array(certificate.signatureAlgorithm.toSchema().toBER(false)),
    new Uint8Array(certificate.signatureValue.toBER(false)),
  ]) {
    key.update(String(part.byteLength)).update(':').update(part)
  }
  const digest = key.digest('hex')
  let der = encodings.get(digest)
  if (!der) {
    der = Buffer.from(certificate.toSchema().toBER(false))
    if (encodings.size >= MAX_REMEMBERED_ENCODINGS) encodings.clear()
    encodings.set(digest, der)
  }
  encodingOf.set(certificate, der)
  return der
}

const NAME_LABELS: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '1.2.840.113549.1.9.1': 'E',
}

export function nameField(name: pkijs.RelativeDistinguishedNames, oid: string): string | undefined {
  const attribute = name.typesAndValues.find((entry) => entry.type === oid)
  const value = (attribute?.value as {valueBlock?: {value?: unknown}} | undefined)?.valueBlock?.value
  return typeof value === 'string' ? value : undefined
}

/** `CN=…, O=…` in the order of the certificate, for messages. */
export function formatName(name: pkijs.RelativeDistinguishedNames): string {
  const parts = name.typesAndValues.map((entry) => {
    const value = (entry.value as {valueBlock?: {value?: unknown}}).valueBlock?.value
    return `${NAME_LABELS[entry.type] ?? entry.type}=${typeof value === 'string' ? value : '?'}`
  })
  return parts.length > 0 ? parts.join(', ') : '(empty name)'
}

/** The common name, else the whole name: how a certificate is called in messages. */
export function shortName(name: pkijs.RelativeDistinguishedNames): string {
  return nameField(name, '2.5.4.3') ?? formatName(name)
}

/** Serial number in hex without leading zero octets, as openssl and pdfsig print it. */
export function serialHex(certificate: pkijs.Certificate): string {
  const hex = Buffer.from(certificate.serialNumber.valueBlock.valueHexView).toString('hex')
  return hex.replace(/^(00)+(?=.)/, '')
}

export function certificateFromDer(der: Uint8Array): pkijs.Certificate {
  const parsed = asn1js.fromBER(der)
  if (parsed.offset === -1) throw new Error(parsed.result.error || 'not DER')
  return new pkijs.Certificate({schema: parsed.result})
}

/**
 * Every certificate of a PEM text (a bundle may hold several). `source` names the text in messages;
 * anything that is not a readable certificate is a one-line UserError.
 */
/**
 * The text of a PEM file of trusted root certificates (verify --ca, gate --ca, a policy's trusted_roots), once
 * every certificate in it parses. Problems are one-line UserErrors naming `shown` (the file as the user wrote it).
 */
export async function readRootCertificates(file: string, shown = file): Promise<string> {
  let text: string
  try {
    text = (await readFile(file)).toString('utf8')
  } catch (error) {
    throw fileError(shown, error)
  }
  parseCertificatesPem(text, shown)
  return text
}

export function parseCertificatesPem(text: string, source: string): pkijs.Certificate[] {
  const blocks = [...text.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)]
  if (blocks.length === 0) throw new UserError('no-pem-certificate', `${source}: no PEM certificate (-----BEGIN CERTIFICATE-----) found`)
  return blocks.map((block, index) => {
    try {
      return certificateFromDer(Buffer.from(block[1]!.replace(/\s+/g, ''), 'base64'))
    } catch (error) {
      throw new UserError('certificate-unparsable', `${source}: certificate ${index + 1} cannot be parsed: ${(error as Error).message}`)
    }
  })
}

