import {UserError} from '../model/errors.js'
import {readInput} from '../io/read-input.js'
import {parseCertificatesPem, readRootCertificates} from './certificates.js'
import type {CadesOptions} from './cms-signer.js'
import {parseCrl} from './crl.js'
import {assertValidAt, openSigningIdentity, type SigningIdentity} from './identity.js'
import {PKCS11_PIN, readCommandPassphrase} from './passphrase.js'
import {addSignaturePlaceholder, type SignatureFields} from './placeholder.js'
import {signatureFields, signDocument, type SignedPdf} from './sign.js'
import {resolveSigningTime} from './signing-time.js'

/** Where the signing key is and what goes into its signatures: the plain form of the signing flags. */
export interface SigningKeyOptions {
  /** A PKCS#12 file; exclusive with pkcs11Module. */
  p12?: string
  /** The variable holding the p12 passphrase (default POSATTEST_P12_PASSPHRASE). */
  passphraseEnv?: string
  /** A PKCS#11 module, with the key's label (pkcs11Key) and optionally the token's. */
  pkcs11Module?: string
  pkcs11Token?: string
  pkcs11Key?: string
  /** The variable holding the token PIN (default POSATTEST_PKCS11_PIN). */
  pinEnv?: string
  /** A PEM file with the token key's certificate and chain. */
  cert?: string
  /** RFC 3161 time-stamping authorities, tried in order. */
  tsa?: string[]
  /** The roots the TSA's certificate must chain to. */
  tsaCa?: string
  /** CRL files to embed in the signature. */
  embedRevocation?: string[]
}

/** An opened key with what goes into its signatures; close() releases a token session. */
export interface SigningSetup {
  identity: SigningIdentity
  cades: CadesOptions
  close(): void
}

/**
 * Reads the inputs named by the signing options (CRLs, the TSA roots, the certificate) before any secret is
 * asked for, then opens the p12 or logs in to the token. Problems are one-line UserErrors.
 */
export async function openSigningKey(options: SigningKeyOptions): Promise<SigningSetup> {
  if ((options.p12 === undefined) === (options.pkcs11Module === undefined)) {
    throw new UserError('no-signing-key', 'give the signing key with either --p12 FILE or --pkcs11-module PATH --pkcs11-key LABEL')
  }
  const crls = []
  for (const file of options.embedRevocation ?? []) crls.push(parseCrl(await readInput(file), file).der)
  const cades: CadesOptions = {
    ...(options.tsa && options.tsa.length > 0
      ? {timestamp: {urls: options.tsa, ...(options.tsaCa === undefined ? {} : {trustedRootsPem: await readRootCertificates(options.tsaCa)})}}
      : {}),
    ...(crls.length > 0 ? {crls} : {}),
  }
  if (options.p12 !== undefined) {
    const p12 = await readInput(options.p12) // a missing file fails before the passphrase prompt
    const identity = openSigningIdentity(p12, await readCommandPassphrase(options.passphraseEnv), options.p12)
    return {identity, cades, close: () => {}}
  }
  if (options.pkcs11Key === undefined) throw new UserError('no-signing-key', '--pkcs11-module needs --pkcs11-key LABEL')
  const certificates =
    options.cert === undefined
      ? undefined
      : parseCertificatesPem((await readInput(options.cert)).toString('utf8'), options.cert).map((c) => new Uint8Array(c.toSchema().toBER()))
  const pin = await readCommandPassphrase(options.pinEnv, {secret: PKCS11_PIN})
  const {openPkcs11Identity} = await import('./pkcs11-signer.js')
  const identity = await openPkcs11Identity({
    module: options.pkcs11Module!,
    key: options.pkcs11Key,
    pin,
    ...(options.pkcs11Token === undefined ? {} : {token: options.pkcs11Token}),
    ...(certificates === undefined ? {} : {certificates}),
  })
  return {identity, cades, close: () => identity.close()}
}

/** What a signature says besides the key: when, why and where. */
export interface SignerOptions {
  key: SigningKeyOptions
  /** The time of signing; default SOURCE_DATE_EPOCH, else the clock (signing-time.ts). */
  signingTime?: Date
  sourceDateEpoch?: string
  now?: () => Date
  /** /Reason; default DEFAULT_REASON. */
  reason?: string
  /** /Location; default empty. */
  location?: string
}

/** An opened key at one signing time: the one signing pipeline of `sign` and `report --sign`. */
export interface Signer {
  identity: SigningIdentity
  signingTime: Date
  /** The signature dictionary's values, for a placeholder written while the PDF is made. */
  fields: SignatureFields
  /** Adds an empty signature field with `fields` to a pdfkit document (before doc.end()). */
  addPlaceholder(doc: Parameters<typeof addSignaturePlaceholder>[0]): void
  /** Signs a PDF: in place when it carries an empty field, else by an incremental update (signDocument). */
  sign(pdf: Uint8Array, source: string): Promise<SignedPdf>
  close(): void
}

/**
 * Checks the reason and location, fixes the signing time, opens the key and checks its certificate is valid
 * then, before anything is rendered or signed: a wrong passphrase or PIN, or an expired certificate, fails fast.
 */
export async function openSigner(options: SignerOptions): Promise<Signer> {
  for (const [flag, value] of [['--reason', options.reason], ['--location', options.location]] as const) {
    if (value !== undefined && [...value].length > 256) throw new UserError('value-too-long', `${flag} must be at most 256 characters`)
  }
  const signingTime = resolveSigningTime({
    ...(options.signingTime === undefined ? {} : {signingTime: options.signingTime}),
    ...(options.sourceDateEpoch === undefined ? {} : {sourceDateEpoch: options.sourceDateEpoch}),
    now: options.now ?? (() => new Date()),
  })
  const setup = await openSigningKey(options.key)
  try {
    assertValidAt(setup.identity, signingTime)
  } catch (error) {
    setup.close()
    throw error
  }
  const {identity, cades} = setup
  const signOptions = {
    signingTime,
    ...(options.reason === undefined ? {} : {reason: options.reason}),
    ...(options.location === undefined ? {} : {location: options.location}),
    cades,
  }
  const fields = signatureFields(identity, signOptions)
  return {
    identity,
    signingTime,
    fields,
    addPlaceholder: (doc) => addSignaturePlaceholder(doc, fields),
    sign: (pdf, source) => signDocument(pdf, identity, {...signOptions, source}),
    close: () => setup.close(),
  }
}
