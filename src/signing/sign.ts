import {SignPdf} from '@signpdf/signpdf'
import {UserError} from '../model/errors.js'
import {readInput} from '../io/read-input.js'
import {CadesSigner, type CadesOptions} from './cms-signer.js'
import {assertValidAt, openSigningIdentity, type SigningIdentity} from './identity.js'
import {pdfProblem} from './pdf-file.js'
import {addPlaceholderToPdf, signatureLengthFor, type SignatureFields} from './placeholder.js'
import {findSignatureDictionaries} from './signature-dictionary.js'
import type {TimestampToken} from './timestamp-client.js'

/** The reason written into the signature when none is given. */
export const DEFAULT_REASON = 'PCI DSS self-assessment of POS terminal security (posattest)'

/** A signed PDF, and the timestamp its signature carries (when one was asked for). */
export interface SignedPdf {
  pdf: Buffer
  timestamp: TimestampToken | undefined
}

/**
 * Signs a PDF that carries exactly one empty signature placeholder (from addSignaturePlaceholder or
 * addPlaceholderToPdf): fills /ByteRange and writes the detached CAdES CMS (ETSI.CAdES.detached) into
 * /Contents. Without a timestamp the result is byte-identical across runs for an RSA key.
 * `source` names the PDF in error messages.
 */
export async function signPdf(pdf: Uint8Array, identity: SigningIdentity, signingTime: Date, source = 'PDF', cades: CadesOptions = {}): Promise<Buffer> {
  return (await signPlaceholder(pdf, identity, signingTime, source, cades)).pdf
}

/** signPdf, also returning the timestamp. */
export async function signPlaceholder(
  pdf: Uint8Array,
  identity: SigningIdentity,
  signingTime: Date,
  source = 'PDF',
  cades: CadesOptions = {},
): Promise<SignedPdf> {
  const placeholders = findSignatureDictionaries(pdf).filter((signature) => signature.placeholder)
  if (placeholders.length !== 1) {
    throw new UserError(
      'signature-field-count',
      placeholders.length === 0
        ? `${source}: no empty signature field to sign`
        : `${source}: ${placeholders.length} empty signature fields; expected one`,
    )
  }
  const signer = new CadesSigner(identity, cades)
  try {
    return {pdf: await new SignPdf().sign(Buffer.from(pdf), signer, signingTime), timestamp: signer.last?.timestamp}
  } catch (error) {
    if (error instanceof UserError) throw error
    // Measured, not read off the library's message: the signature made against the room the field has.
    const contents = placeholders[0]!.contents
    const room = contents ? (contents.end - contents.start - 2) / 2 : 0
    const made = signer.last?.cms.length
    if (made !== undefined && made > room) {
      throw new UserError(
        'signature-too-large',
        `${source}: the signature does not fit the ${room}-byte signature field ` +
          `(${made} bytes): the certificate chain, timestamp or CRLs are too large`,
      )
    }
    const message = (error as Error)?.message ?? String(error)
    throw new UserError('cannot-sign', `${source}: cannot be signed: ${message}`)
  }
}

export interface SignOptions {
  signingTime: Date
  /** Defaults to DEFAULT_REASON. */
  reason?: string
  location?: string
  /** Defaults to the certificate's e-mail address, if it has one. */
  contactInfo?: string
  /** How the PDF is named in messages. */
  source?: string
  /** A timestamp and CRLs to put into the signature. */
  cades?: CadesOptions
}

/**
 * Signs any PDF with an opened identity. A PDF that carries an empty placeholder (a `posattest report`)
 * is signed in place, keeping the fields written with the placeholder. Any other PDF gets a signature field
 * by an incremental update first, so its original bytes stay intact. An already signed PDF is refused.
 */
export async function signWithIdentity(pdf: Uint8Array, identity: SigningIdentity, options: SignOptions): Promise<Buffer> {
  return (await signDocument(pdf, identity, options)).pdf
}

/** signWithIdentity, also returning the timestamp. */
export async function signDocument(pdf: Uint8Array, identity: SigningIdentity, options: SignOptions): Promise<SignedPdf> {
  const source = options.source ?? 'PDF'
  const problem = pdfProblem(pdf)
  if (problem) throw new UserError(problem.code, `${source}: ${problem.message}`)
  assertValidAt(identity, options.signingTime)
  const signatures = findSignatureDictionaries(pdf)
  const placeholder = signatures.some((signature) => signature.placeholder)
  if (!placeholder && signatures.length > 0) {
    const signer = signatures.at(-1)?.name
    throw new UserError('already-signed', `${source}: already signed${signer ? ` by ${signer}` : ''}; posattest adds no second signature`)
  }
  const prepared = placeholder ? pdf : addPlaceholderToPdf(pdf, signatureFields(identity, options), source)
  return signPlaceholder(prepared, identity, options.signingTime, source, options.cades)
}

/**
 * The signature dictionary's values for a signature of `identity` (/Name, /Reason, /Location, /ContactInfo,
 * /M and the room for the CMS): one definition for a placeholder added here and one written while a report
 * is rendered (`report --sign`).
 */
export function signatureFields(identity: SigningIdentity, options: SignOptions): SignatureFields {
  return {
    name: identity.name,
    reason: options.reason ?? DEFAULT_REASON,
    location: options.location ?? '',
    contactInfo: options.contactInfo ?? identity.email ?? '',
    signingTime: options.signingTime,
    signatureLength: cadesSignatureLength(options.cades),
  }
}

/** Reads and opens a p12 file; a missing or unreadable file, a wrong passphrase: one-line UserErrors. */
export async function openP12File(p12Path: string, passphrase: string): Promise<SigningIdentity> {
  return openSigningIdentity(await readInput(p12Path), passphrase, p12Path)
}

/**
 * PDF bytes and a p12 path in one call (for tests and scripts): opens the p12, checks the certificate is valid
 * at the signing time, and signs (in place when the PDF carries a placeholder). The commands sign through
 * openSigner (signing-setup.ts), which also reads the passphrase, a token and the timestamp and CRL options.
 */
export async function signWithP12File(
  pdf: Uint8Array,
  options: SignOptions & {p12Path: string; passphrase: string},
): Promise<{pdf: Buffer; identity: SigningIdentity}> {
  const identity = await openP12File(options.p12Path, options.passphrase)
  return {pdf: await signWithIdentity(pdf, identity, options), identity}
}

/** The placeholder size a signature with these extras needs. */
export function cadesSignatureLength(cades: CadesOptions | undefined): number {
  return signatureLengthFor({timestamp: cades?.timestamp !== undefined, crlBytes: (cades?.crls ?? []).reduce((n, crl) => n + crl.length, 0)})
}
