import {createHash} from 'node:crypto'
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import {certificateDer, cryptoEngine, formatName, serialHex, shortName} from './certificates.js'
import {problem, type SignatureProblem} from './problem.js'

/**
 * Certification path validation (RFC 5280 section 6) for a signer or a timestamp authority. pkijs builds
 * nothing we can inspect when it fails and does not enforce pathLenConstraint nor the end entity's key
 * purposes, so the path is built here (name chaining plus each issuer's signature, checked by pkijs), the
 * checks pkijs lacks or folds into one message are made here with their own codes, and pkijs's
 * CertificateChainValidationEngine then runs over the found path for name constraints and certificate
 * policies (policy constraints, mappings, inhibitAnyPolicy).
 */

export type CertificatePurpose = 'document-signing' | 'timestamping'

export interface PathValidationOptions {
  /** The trust anchors. */
  roots: readonly pkijs.Certificate[]
  /** Other certificates that may be intermediates (those carried in the signature). */
  intermediates: readonly pkijs.Certificate[]
  /** The moment every certificate on the path must be valid at. */
  time: Date
  purpose: CertificatePurpose
  /** A certificate expired at most this many days before `time` still counts, with a note. */
  graceDays?: number
}

export interface PathValidation {
  /** Leaf first, trust anchor last; empty when no path to a root exists. */
  path: pkijs.Certificate[]
  /** Every failed check, with its code. */
  problems: SignatureProblem[]
  /** What passed only by an allowance (grace period). */
  notes: SignatureProblem[]
}

export const OID = {
  keyUsage: '2.5.29.15',
  basicConstraints: '2.5.29.19',
  extKeyUsage: '2.5.29.37',
  nameConstraints: '2.5.29.30',
  policyConstraints: '2.5.29.36',
  anyExtendedKeyUsage: '2.5.29.37.0',
  emailProtection: '1.3.6.1.5.5.7.3.4',
  timeStamping: '1.3.6.1.5.5.7.3.8',
} as const

/** Extended key usages that allow signing a document (RFC 5280 absent/any, S/MIME, Microsoft, Adobe, RFC 9336). */
export const DOCUMENT_SIGNING_PURPOSES = new Set([
  OID.anyExtendedKeyUsage,
  OID.emailProtection,
  '1.3.6.1.4.1.311.10.3.12',
  '1.2.840.113583.1.1.5',
  '1.3.6.1.5.5.7.3.36',
])

/** Extensions this validator (or pkijs under it) processes; any other critical one makes the certificate unusable. */
const UNDERSTOOD = new Set([
  OID.keyUsage, OID.basicConstraints, OID.extKeyUsage, OID.nameConstraints, OID.policyConstraints,
  '2.5.29.14', '2.5.29.35', '2.5.29.17', '2.5.29.18', '2.5.29.32', '2.5.29.33', '2.5.29.54', '2.5.29.31', '1.3.6.1.5.5.7.1.1',
])

/** The longest path looked for: no sane PKI nests deeper, and a hostile bundle cannot make the search long. */
const MAX_PATH_LENGTH = 8
const MAX_PATHS = 16
/** The most issuer signatures checked while searching: a bundle of look-alike CAs cannot make the search long. */
const MAX_SIGNATURE_CHECKS = 256

const DAY_MS = 86_400_000

function extension(certificate: pkijs.Certificate, oid: string): pkijs.Extension | undefined {
  return certificate.extensions?.find((e) => e.extnID === oid)
}

/** The key usage bits as a number (bit 0 digitalSignature = 0x80 of the first octet …), or undefined when absent. */
export function keyUsageBits(certificate: pkijs.Certificate): number | undefined {
  const found = extension(certificate, OID.keyUsage)
  if (!found) return undefined
  const bytes = (found.parsedValue as asn1js.BitString | undefined)?.valueBlock.valueHexView
  if (!bytes || bytes.length === 0) return 0
  return (bytes[0]! << 8) | (bytes[1] ?? 0)
}
const KU = {digitalSignature: 0x8000, nonRepudiation: 0x4000, keyCertSign: 0x0400, cRLSign: 0x0200} as const
export {KU as KEY_USAGE}

/** The key purposes of the extended key usage extension, or undefined when absent. */
export function extendedKeyUsages(certificate: pkijs.Certificate): string[] | undefined {
  const found = extension(certificate, OID.extKeyUsage)
  if (!found) return undefined
  return found.parsedValue instanceof pkijs.ExtKeyUsage ? found.parsedValue.keyPurposes : []
}

function basicConstraints(certificate: pkijs.Certificate): {cA: boolean; pathLen?: number} {
  const value = extension(certificate, OID.basicConstraints)?.parsedValue
  if (!(value instanceof pkijs.BasicConstraints)) return {cA: false}
  // pkijs leaves pathLenConstraint unset when absent, and an asn1js Integer when too large for a number (no limit).
  const pathLen = typeof value.pathLenConstraint === 'number' ? value.pathLenConstraint : undefined
  return {cA: value.cA === true, ...(pathLen === undefined ? {} : {pathLen})}
}

const isSelfIssued = (certificate: pkijs.Certificate): boolean => certificate.subject.isEqual(certificate.issuer)
const sameCertificate = (a: pkijs.Certificate, b: pkijs.Certificate): boolean => Buffer.from(a.tbsView).equals(Buffer.from(b.tbsView))

export function fingerprint(certificate: pkijs.Certificate): string {
  return createHash('sha256').update(certificateDer(certificate)).digest('hex')
}

const describe = (certificate: pkijs.Certificate): string => `"${shortName(certificate.subject)}"`
const day = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z')

async function signedBy(certificate: pkijs.Certificate, issuer: pkijs.Certificate): Promise<boolean> {
  try {
    return await certificate.verify(issuer, cryptoEngine)
  } catch {
    return false
  }
}

/** Every path from `leaf` to a root: name chaining, each link's signature verified, no certificate twice. */
async function buildPaths(leaf: pkijs.Certificate, options: PathValidationOptions): Promise<pkijs.Certificate[][]> {
  const found: pkijs.Certificate[][] = []
  const pool = [...options.roots, ...options.intermediates]
  let checks = 0
  const extend = async (path: pkijs.Certificate[]): Promise<void> => {
    const last = path.at(-1)!
    if (options.roots.some((root) => sameCertificate(root, last))) {
      found.push(path)
      return
    }
    if (path.length >= MAX_PATH_LENGTH) return
    for (const candidate of pool) {
      if (found.length >= MAX_PATHS || checks >= MAX_SIGNATURE_CHECKS) return
      if (!candidate.subject.isEqual(last.issuer) || path.some((c) => sameCertificate(c, candidate))) continue
      checks++
      if (await signedBy(last, candidate)) await extend([...path, candidate])
    }
  }
  await extend([leaf])
  return found
}

/** The checks of RFC 5280 6.1 that pkijs does not make (or makes without saying which), on one path. */
function checkPath(path: pkijs.Certificate[], options: PathValidationOptions): PathValidation {
  const problems: SignatureProblem[] = []
  const notes: SignatureProblem[] = []
  const grace = (options.graceDays ?? 0) * DAY_MS
  const time = options.time
  for (const certificate of path) {
    const {notBefore, notAfter} = {notBefore: certificate.notBefore.value, notAfter: certificate.notAfter.value}
    if (time < notBefore) {
      problems.push(problem('certificate-not-yet-valid', `certificate ${describe(certificate)} is not valid until ${day(notBefore)} (checked at ${day(time)})`))
    } else if (time.getTime() > notAfter.getTime() + grace) {
      problems.push(problem('certificate-expired', `certificate ${describe(certificate)} expired on ${day(notAfter)} (checked at ${day(time)})`))
    } else if (time > notAfter) {
      notes.push(problem('validity-grace', `certificate ${describe(certificate)} expired on ${day(notAfter)}, within the ${options.graceDays}-day grace period`))
    }
    for (const e of certificate.extensions ?? []) {
      if (e.critical && (!UNDERSTOOD.has(e.extnID) || e.parsedValue === undefined)) {
        problems.push(problem('unknown-critical-extension', `certificate ${describe(certificate)} has a critical extension ${e.extnID} that cannot be processed`))
      }
    }
  }
  for (const [index, issuer] of path.entries()) {
    if (index === 0) continue
    const constraints = basicConstraints(issuer)
    if (!constraints.cA) {
      problems.push(problem('issuer-not-ca', `certificate ${describe(issuer)} issues ${describe(path[index - 1]!)} but is not a certificate authority (basicConstraints cA is not set)`))
      continue
    }
    const usage = keyUsageBits(issuer)
    if (usage !== undefined && (usage & KU.keyCertSign) === 0) {
      problems.push(problem('key-usage', `certificate authority ${describe(issuer)} may not sign certificates (key usage lacks keyCertSign)`))
    }
    // The CAs between this issuer and the leaf, self-issued ones not counted (RFC 5280 4.2.1.9).
    const below = path.slice(1, index).filter((c) => !isSelfIssued(c)).length
    if (constraints.pathLen !== undefined && below > constraints.pathLen) {
      problems.push(problem('path-length-exceeded', `certificate authority ${describe(issuer)} allows ${constraints.pathLen} intermediate CA${constraints.pathLen === 1 ? '' : 's'} below it (pathLenConstraint); the path has ${below}`))
    }
  }
  if (options.purpose === 'document-signing') problems.push(...documentSigningProblems(path[0]!))
  return {path, problems, notes}
}

/** A signer's certificate must allow signatures and, if it names purposes, one that covers documents. */
export function documentSigningProblems(signer: pkijs.Certificate): SignatureProblem[] {
  const problems: SignatureProblem[] = []
  const usage = keyUsageBits(signer)
  if (usage !== undefined && (usage & (KU.digitalSignature | KU.nonRepudiation)) === 0) {
    problems.push(problem('key-usage', "the signer's certificate may not be used for signatures (key usage lacks digitalSignature and nonRepudiation)"))
  }
  const purposes = extendedKeyUsages(signer)
  if (purposes !== undefined && !purposes.some((purpose) => DOCUMENT_SIGNING_PURPOSES.has(purpose))) {
    problems.push(problem('extended-key-usage', `the signer's certificate is not for signing documents (extended key usage ${purposes.join(', ') || 'empty'})`))
  }
  return problems
}

/** Name constraints and certificate policies, by pkijs, over a path already found and checked. */
async function libraryProblems(path: pkijs.Certificate[], time: Date): Promise<SignatureProblem[]> {
  // Validity (and any grace) was judged above; pkijs is asked at a moment every certificate is valid.
  const latestStart = Math.max(...path.map((c) => c.notBefore.value.getTime()))
  const earliestEnd = Math.min(...path.map((c) => c.notAfter.value.getTime()))
  const checkDate = new Date(Math.min(Math.max(time.getTime(), latestStart), earliestEnd))
  const engine = new pkijs.CertificateChainValidationEngine({
    trustedCerts: [path.at(-1)!],
    certs: [...path.slice(1, -1).reverse(), path[0]!],
    checkDate,
  })
  let message: string
  let code: number | undefined
  try {
    const result = await engine.verify({}, cryptoEngine)
    if (result.result) return []
    message = result.resultMessage
    code = result.resultCode
  } catch (error) {
    message = (error as {resultMessage?: string}).resultMessage ?? (error as Error).message
    code = (error as {resultCode?: number}).resultCode
  }
  // pkijs's result codes: 21, 41 and 42 are name forms and constraints; 0 (with no result), 98 and 99 are policies.
  if (code === 21 || code === 41 || code === 42) return [problem('name-constraints', `the certification path breaks a name constraint: ${message}`)]
  if (code === 0 || code === 98 || code === 99) return [problem('certificate-policy', `the certification path breaks its certificate policies: ${message}`)]
  return [problem('chain-untrusted', `the certification path is not valid: ${message}`)]
}

/**
 * Finds and validates the certification path of `leaf` at `options.time`. Of several paths, the first that
 * passes every check is taken; when none does, the first path's problems are reported.
 */
export async function validatePath(leaf: pkijs.Certificate, options: PathValidationOptions): Promise<PathValidation> {
  const paths = await buildPaths(leaf, options)
  if (paths.length === 0) {
    return {
      path: [],
      problems: [problem('chain-untrusted', `certificate ${describe(leaf)} does not chain to a trusted root`)],
      notes: [],
    }
  }
  let first: PathValidation | undefined
  for (const path of paths) {
    const checked = checkPath(path, options)
    if (checked.problems.length === 0) checked.problems.push(...(await libraryProblems(path, options.time)))
    if (checked.problems.length === 0) return checked
    first ??= checked
  }
  return first!
}

/** What a report shows of a certificate. */
export interface CertificateSummary {
  subject: string
  issuer: string
  serial: string
  notBefore: string
  notAfter: string
  /** SHA-256 of the DER certificate, lower-case hex. */
  sha256: string
}

export function summarizeCertificate(certificate: pkijs.Certificate): CertificateSummary {
  return {
    subject: formatName(certificate.subject),
    issuer: formatName(certificate.issuer),
    serial: serialHex(certificate),
    notBefore: certificate.notBefore.value.toISOString(),
    notAfter: certificate.notAfter.value.toISOString(),
    sha256: fingerprint(certificate),
  }
}
