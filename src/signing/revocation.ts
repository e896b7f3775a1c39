import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import {UserError} from '../model/errors.js'
import {cryptoEngine, serialHex, shortName} from './certificates.js'
import {keyUsageBits, KEY_USAGE} from './path-validation.js'
import {problem, type SignatureProblem} from './problem.js'

/**
 * Revocation by CRLs (RFC 5280 section 5 and 6.3): the signer's and each intermediate's status in a CRL
 * signed by its issuer. The CRLs are the ones the verifier supplies, else those embedded in the signature
 * (Adobe's revocationInfoArchival signed attribute, or the CMS crls field).
 */

export const REVOCATION_INFO_ARCHIVAL = '1.2.840.113583.1.1.8'
const CRL_REASON = '2.5.29.21'

/** RFC 5280 5.3.1 CRLReason names, by their ENUMERATED value. */
const REASONS = ['unspecified', 'keyCompromise', 'cACompromise', 'affiliationChanged', 'superseded', 'cessationOfOperation', 'certificateHold', 'unused', 'removeFromCRL', 'privilegeWithdrawn', 'aACompromise']

export type RevocationSource = 'embedded' | 'supplied' | 'none'

export interface CertificateRevocation {
  /** The certificate's common name (or whole subject). */
  certificate: string
  serial: string
  status: 'good' | 'revoked' | 'unknown'
  /** When revoked: the CRL's revocation date (ISO 8601) and reason. */
  revokedAt?: string
  reason?: string
  /** The CRL the status comes from. */
  crl?: {issuer: string; thisUpdate: string; nextUpdate: string | null; stale: boolean}
}

export interface RevocationStatus {
  source: RevocationSource
  /** Whether the verifier required a status for every certificate. */
  required: boolean
  /** One entry per certificate on the path below the root, signer first. */
  certificates: CertificateRevocation[]
  problems: SignatureProblem[]
  notes: SignatureProblem[]
}

/** The status when nothing was checked (a fresh object: reports never share arrays). */
export const noRevocation = (): RevocationStatus => ({source: 'none', required: false, certificates: [], problems: [], notes: []})

/** The most CRLs taken from a signature: a hostile one cannot make verification walk thousands. */
const MAX_CRLS = 32

function crlFromDer(der: Uint8Array): pkijs.CertificateRevocationList {
  const parsed = asn1js.fromBER(der)
  if (parsed.offset === -1) throw new Error(parsed.result.error || 'not DER')
  return new pkijs.CertificateRevocationList({schema: parsed.result})
}

/** Every CRL of a file (PEM, possibly several, or one DER); `source` names it in the one-line UserError. */
export function parseCrlFile(bytes: Uint8Array, source: string): pkijs.CertificateRevocationList[] {
  const text = Buffer.from(bytes).toString('latin1')
  const blocks = [...text.matchAll(/-----BEGIN X509 CRL-----([\s\S]*?)-----END X509 CRL-----/g)]
  try {
    if (blocks.length === 0) return [crlFromDer(bytes)]
    return blocks.map((block) => crlFromDer(Buffer.from(block[1]!.replace(/\s+/g, ''), 'base64')))
  } catch (error) {
    throw new UserError('not-a-crl', `${source}: not a CRL (PEM "X509 CRL" or DER): ${(error as Error).message}`)
  }
}

/** The CRLs a signature carries: revocationInfoArchival [0] (a signed attribute) and the CMS crls field. */
export function embeddedCrls(signedData: pkijs.SignedData, signerInfo: pkijs.SignerInfo): pkijs.CertificateRevocationList[] {
  const crls: pkijs.CertificateRevocationList[] = []
  for (const crl of signedData.crls ?? []) if (crl instanceof pkijs.CertificateRevocationList) crls.push(crl)
  const archival = signerInfo.signedAttrs?.attributes.filter((a) => a.type === REVOCATION_INFO_ARCHIVAL).flatMap((a) => a.values) ?? []
  for (const value of archival) {
    if (!(value instanceof asn1js.Sequence)) continue
    for (const tagged of value.valueBlock.value) {
      // [0] EXPLICIT SEQUENCE OF CertificateList; [1] OCSP responses and [2] other formats are not read.
      if (tagged.idBlock.tagClass !== 3 || tagged.idBlock.tagNumber !== 0) continue
      const list = (tagged as asn1js.Constructed).valueBlock.value?.[0]
      if (!(list instanceof asn1js.Sequence)) continue
      for (const item of list.valueBlock.value) {
        try {
          crls.push(new pkijs.CertificateRevocationList({schema: item}))
        } catch {
          // An unreadable CRL is no evidence either way.
        }
      }
    }
  }
  return crls.slice(0, MAX_CRLS)
}

const iso = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z')

async function issuedBy(crl: pkijs.CertificateRevocationList, issuer: pkijs.Certificate): Promise<boolean> {
  if (!crl.issuer.isEqual(issuer.subject)) return false
  const usage = keyUsageBits(issuer)
  if (usage !== undefined && (usage & KEY_USAGE.cRLSign) === 0) return false
  try {
    return await crl.verify({issuerCertificate: issuer}, cryptoEngine)
  } catch {
    return false
  }
}

function revocationReason(entry: pkijs.RevokedCertificate): string {
  const extension = entry.crlEntryExtensions?.extensions.find((e) => e.extnID === CRL_REASON)
  const value = (extension?.parsedValue as asn1js.Enumerated | undefined)?.valueBlock?.valueDec
  return typeof value === 'number' ? (REASONS[value] ?? `reason ${value}`) : 'unspecified'
}

export interface RevocationOptions {
  crls: readonly pkijs.CertificateRevocationList[]
  source: RevocationSource
  /** Whether every certificate must have a status. */
  required: boolean
  /** The moment the path is validated at: a CRL whose nextUpdate is before it is stale. */
  validationTime: Date
  /** A trusted timestamp's genTime: a revocation after it leaves the signature standing. */
  trustedTime: Date | null
}

/** The status of each certificate of `path` (leaf first, anchor last; the anchor is trusted as is). */
export async function checkRevocation(path: readonly pkijs.Certificate[], options: RevocationOptions): Promise<RevocationStatus> {
  const status: RevocationStatus = {source: options.source, required: options.required, certificates: [], problems: [], notes: []}
  for (let index = 0; index + 1 < path.length; index++) {
    const certificate = path[index]!
    const issuer = path[index + 1]!
    const name = shortName(certificate.subject)
    const entry: CertificateRevocation = {certificate: name, serial: serialHex(certificate), status: 'unknown'}
    status.certificates.push(entry)
    const candidates: pkijs.CertificateRevocationList[] = []
    for (const crl of options.crls) if (await issuedBy(crl, issuer)) candidates.push(crl)
    // The newest CRL of the issuer speaks for it.
    const crl = candidates.sort((a, b) => b.thisUpdate.value.getTime() - a.thisUpdate.value.getTime())[0]
    if (!crl) {
      if (options.required) status.problems.push(problem('revocation-unknown', `no CRL signed by "${shortName(issuer.subject)}" gives the status of certificate "${name}"`))
      continue
    }
    const nextUpdate = crl.nextUpdate?.value ?? null
    const stale = nextUpdate !== null && nextUpdate < options.validationTime
    entry.crl = {issuer: shortName(crl.issuer), thisUpdate: crl.thisUpdate.value.toISOString(), nextUpdate: nextUpdate?.toISOString() ?? null, stale}
    const revoked = crl.revokedCertificates?.find((r) => r.userCertificate.isEqual(certificate.serialNumber))
    const reason = revoked ? revocationReason(revoked) : undefined
    if (revoked && reason !== 'removeFromCRL') {
      const revokedAt = revoked.revocationDate.value
      entry.revokedAt = revokedAt.toISOString()
      entry.reason = reason
      if (options.trustedTime && revokedAt > options.trustedTime) {
        entry.status = 'good'
        status.notes.push(problem('revoked-after-timestamp', `certificate "${name}" was revoked on ${iso(revokedAt)} (${reason}), after the trusted signing time ${iso(options.trustedTime)}: the signature stands`))
      } else {
        entry.status = 'revoked'
        status.problems.push(problem('certificate-revoked', `certificate "${name}" was revoked on ${iso(revokedAt)} (${reason})`))
      }
      continue
    }
    if (stale) {
      const message = `the CRL of "${shortName(crl.issuer)}" was due for renewal on ${iso(nextUpdate!)}, before the validation time ${iso(options.validationTime)}: the status of "${name}" is not known`
      ;(options.required ? status.problems : status.notes).push(problem('crl-stale', message))
      continue
    }
    entry.status = 'good'
  }
  return status
}
