import {createHash, randomBytes} from 'node:crypto'
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import {UserError} from '../model/errors.js'
import {cryptoEngine, parseCertificatesPem} from './certificates.js'

/** Where and how to ask for an RFC 3161 timestamp. */
export interface TimestampOptions {
  /** Time-stamping authorities, tried in order until one answers. */
  urls: readonly string[]
  /** PEM text of the roots the TSA's certificate must chain to (--tsa-ca); without it only the token's own signature is checked. */
  trustedRootsPem?: string
  /** Per TSA; default 15 s. */
  timeoutMs?: number
}

/** A checked token: the DER TimeStampToken (a CMS ContentInfo) and what it says. */
export interface TimestampToken {
  token: Uint8Array
  genTime: Date
  url: string
}

const SHA256 = '2.16.840.1.101.3.4.2.1'
const TST_INFO = '1.2.840.113549.1.9.16.1.4'
const EXTENDED_KEY_USAGE = '2.5.29.37'
const TIME_STAMPING = '1.3.6.1.5.5.7.3.8'
/** A reply holds one token: a TSTInfo, a signature and the TSA's few certificates. */
const MAX_REPLY_BYTES = 64 * 1024

/**
 * Asks each TSA in turn for a token over `signatureValue` (the SignerInfo's signature, as PAdES B-T wants)
 * and returns the first one that passes every check. When none does: a one-line UserError naming each URL.
 */
export async function requestTimestamp(signatureValue: Uint8Array, options: TimestampOptions): Promise<TimestampToken> {
  const roots = options.trustedRootsPem === undefined ? undefined : parseCertificatesPem(options.trustedRootsPem, '--tsa-ca')
  const failures: string[] = []
  for (const url of options.urls) {
    try {
      return await timestampFrom(url, signatureValue, roots, options.timeoutMs ?? 15_000)
    } catch (error) {
      if (error instanceof UserError) throw error
      failures.push(`${url}: ${(error as Error).message}`)
    }
  }
  throw new UserError('no-timestamp', `no time-stamping authority gave a usable timestamp (${failures.join('; ')})`)
}

async function timestampFrom(url: string, signatureValue: Uint8Array, roots: pkijs.Certificate[] | undefined, timeoutMs: number): Promise<TimestampToken> {
  if (!/^https?:\/\//i.test(url)) throw new UserError('bad-tsa-url', `--tsa must be an http:// or https:// URL, not ${url}`)
  const imprint = createHash('sha256').update(signatureValue).digest()
  const nonce = randomBytes(8)
  nonce[0] = (nonce[0]! & 0x7f) | 0x01 // positive, and no leading zero octet to strip
  const request = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({algorithmId: SHA256}),
      hashedMessage: new asn1js.OctetString({valueHex: imprint}),
    }),
    nonce: new asn1js.Integer({valueHex: nonce}),
    certReq: true,
  })
  const reply = await post(url, Buffer.from(request.toSchema().toBER()), timeoutMs)

  let response: pkijs.TimeStampResp
  try {
    response = pkijs.TimeStampResp.fromBER(reply)
  } catch {
    throw new Error('the reply is not an RFC 3161 TimeStampResp')
  }
  const status = response.status.status
  if (status !== pkijs.PKIStatus.granted && status !== pkijs.PKIStatus.grantedWithMods) {
    const text = response.status.statusStrings?.map((s) => s.valueBlock.value).join(' ') ?? ''
    throw new Error(`the request was refused (status ${status}${text ? `: ${printable(text)}` : ''})`)
  }
  if (!response.timeStampToken) throw new Error('the reply carries no token')
  const signedData = new pkijs.SignedData({schema: response.timeStampToken.content})
  if (signedData.encapContentInfo.eContentType !== TST_INFO || !signedData.encapContentInfo.eContent) {
    throw new Error('the token holds no TSTInfo')
  }
  const info = pkijs.TSTInfo.fromBER(signedData.encapContentInfo.eContent.valueBlock.valueHexView)
  if (info.messageImprint.hashAlgorithm.algorithmId !== SHA256 || !imprint.equals(Buffer.from(info.messageImprint.hashedMessage.valueBlock.valueHexView))) {
    throw new Error('the token is over another message imprint')
  }
  if (!info.nonce || !nonce.equals(Buffer.from(info.nonce.valueBlock.valueHexView))) {
    throw new Error('the token does not carry the nonce of the request (a replayed or foreign reply)')
  }
  let verified: pkijs.SignedDataVerifyResult
  try {
    verified = await signedData.verify(
      {signer: 0, data: new Uint8Array(signatureValue).buffer, checkChain: roots !== undefined, trustedCerts: roots ?? [], extendedMode: true},
      cryptoEngine,
    )
  } catch (error) {
    throw new Error(`the token does not verify${roots ? ' against --tsa-ca' : ''}: ${(error as {message?: string}).message ?? String(error)}`)
  }
  if (!verified.signatureVerified) throw new Error("the token's signature does not verify")
  const usages = verified.signerCertificate?.extensions?.find((e) => e.extnID === EXTENDED_KEY_USAGE)?.parsedValue as pkijs.ExtKeyUsage | undefined
  if (!usages?.keyPurposes.includes(TIME_STAMPING)) throw new Error("the TSA's certificate is not for time-stamping (no extended key usage timeStamping)")
  return {token: new Uint8Array(response.timeStampToken.toSchema().toBER()), genTime: info.genTime, url}
}

/** POSTs a query and reads at most MAX_REPLY_BYTES of the reply. */
async function post(url: string, body: Buffer, timeoutMs: number): Promise<ArrayBuffer> {
  let response: Response
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {'content-type': 'application/timestamp-query', accept: 'application/timestamp-reply'},
      body,
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    })
  } catch (error) {
    const cause = (error as {cause?: {code?: string; message?: string}}).cause
    const name = (error as Error).name
    throw new Error(name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : `cannot connect (${cause?.code ?? cause?.message ?? (error as Error).message})`)
  }
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  const chunks: Uint8Array[] = []
  let total = 0
  for await (const chunk of response.body ?? []) {
    total += (chunk as Uint8Array).length
    if (total > MAX_REPLY_BYTES) throw new Error(`the reply is larger than ${MAX_REPLY_BYTES} bytes`)
    chunks.push(chunk as Uint8Array)
  }
  const all = Buffer.concat(chunks)
  return all.buffer.slice(all.byteOffset, all.byteOffset + all.length)
}

/** A TSA's status text reaches the terminal: no control characters, bounded. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?').slice(0, 200)
}
