import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {OID} from '../../src/signing/cms-signer.js'
import {signatureLengthFor} from '../../src/signing/placeholder.js'
import {signPlaceholder} from '../../src/signing/sign.js'
import {verifySignature} from '../../src/signing/verify.js'
import {tempDir} from '../helpers/run-cli.js'
import {downTsaUrl, startTsa, type TestTsa} from '../helpers/tsa.mjs'
import {makeReportPdf, OTHER_CA, SIGNING_TIME, signatureOf, tool, TRIAL_CA, trialIdentity} from '../helpers/signing-fixtures.js'

const placeholder = {name: 'Test Signer', reason: 'Annual attestation', location: 'Berlin', signatureLength: signatureLengthFor({timestamp: true, crlBytes: 0})}

let dir: string
let cleanup: () => Promise<void>
let tsa: TestTsa
let tsaCa: string
beforeAll(async () => {
  ;({dir, cleanup} = await tempDir('posattest-tsa-test-'))
  tsa = await startTsa()
  tsaCa = readFileSync(tsa.caFile, 'utf8')
})
afterAll(async () => {
  await tsa.stop()
  await cleanup()
})

const sign = async (urls: string[], trustedRootsPem?: string) =>
  signPlaceholder(await makeReportPdf({placeholder}), trialIdentity(), SIGNING_TIME, 'report.pdf', {
    timestamp: {urls, ...(trustedRootsPem === undefined ? {} : {trustedRootsPem}), timeoutMs: 5000},
  })

describe('signing with an RFC 3161 timestamp (PAdES B-T)', () => {
  it('puts a token over the signature value into the SignerInfo that openssl ts -verify accepts, and pdfsig calls the signature valid', async () => {
    const {pdf, timestamp} = await sign([tsa.url], tsaCa)
    expect(timestamp?.url).toBe(tsa.url)
    expect(Math.abs(timestamp!.genTime.getTime() - Date.now())).toBeLessThan(60_000)

    const file = path.join(dir, 'stamped.pdf')
    await writeFile(file, pdf)
    const pdfsig = tool('pdfsig', [file]).output
    expect(pdfsig).toContain('Signature is Valid.')
    expect(pdfsig).toContain('Total document signed')
    expect(pdfsig).toContain('Signature Type: ETSI.CAdES.detached')

    const {signerInfo} = signatureOf(pdf)
    const tokens = signerInfo.unsignedAttrs?.attributes.filter((a) => a.type === OID.signatureTimeStampToken) ?? []
    expect(tokens).toHaveLength(1)
    await writeFile(path.join(dir, 'token.der'), Buffer.from(tokens[0]!.values[0]!.toBER()))
    const imprint = createHash('sha256').update(signerInfo.signature.valueBlock.valueHexView).digest('hex')
    const check = tool('openssl', ['ts', '-verify', '-digest', imprint, '-in', path.join(dir, 'token.der'), '-token_in', '-CAfile', tsa.caFile])
    expect(check.output).toContain('Verification: OK')
    // The unsigned attribute leaves the signed part alone: posattest's verifier still accepts it.
    expect(await verifySignature(pdf, {trustedRoots: [TRIAL_CA]})).toMatchObject({valid: true, trusted: true, reasons: []})
  })

  it('refuses a reply that carries another nonce than the request', async () => {
    const replaying = await startTsa('wrong-nonce')
    try {
      await expect(sign([replaying.url])).rejects.toThrow(
        `no time-stamping authority gave a usable timestamp (${replaying.url}: the token does not carry the nonce of the request (a replayed or foreign reply))`,
      )
    } finally {
      await replaying.stop()
    }
  })

  it('tries the next TSA when one is down or fails, and names each URL when none answers', async () => {
    const down = await downTsaUrl()
    const failing = await startTsa('http-error')
    try {
      const before = tsa.requests
      const {timestamp} = await sign([down, failing.url, tsa.url])
      expect(timestamp?.url).toBe(tsa.url)
      expect(tsa.requests).toBe(before + 1)
      await expect(sign([down, failing.url])).rejects.toThrow(
        new RegExp(`^no time-stamping authority gave a usable timestamp \\(${down}: cannot connect \\(ECONNREFUSED\\); ${failing.url}: HTTP 500\\)$`),
      )
    } finally {
      await failing.stop()
    }
  })

  it("refuses a token whose TSA certificate does not chain to --tsa-ca", async () => {
    await expect(sign([tsa.url], OTHER_CA)).rejects.toThrow(`${tsa.url}: the token does not verify against --tsa-ca`)
  })
})
