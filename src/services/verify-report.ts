import {escapeControlCharacters, safeDeep} from '../model/control-characters.js'
import {EXIT, type ExitCode} from '../model/errors.js'
import type {Reproduction} from '../gate/reproduce-report.js'
import {EMBEDDED_RESULT_NAME} from '../model/report-attachments.js'
import type {EmbeddedResultSummary} from '../signing/embedded-result.js'
import type {SignatureVerification} from '../signing/verify.js'

/** What `posattest verify` reports: the signature, and the embedded result when the signature holds. */
export interface VerifyReport {
  file: string
  /** Whether trusted roots were given (--ca); without them no signature is trusted. */
  rootsGiven: boolean
  signature: SignatureVerification
  /** Read only from a valid signature's file; null when absent or not read. */
  embeddedResult: EmbeddedResultSummary | null
  /** Why embeddedResult is null, when it is. */
  embeddedResultNote: string | null
  /** Why the embedded result is not the evaluation of the embedded answers (src/gate/derive-result.ts), when it is not. */
  derivation: {code: string; message: string} | null
  /** With --reproduce, whether the signed bytes are what posattest renders from the embedded data. */
  reproduction: Reproduction | null
}

/** 0 valid and trusted; 1 a readable PDF whose signature is missing, invalid or untrusted. */
export function verifyExitCode(report: VerifyReport): ExitCode {
  const believed = report.derivation === null && (report.reproduction === null || report.reproduction.reproducible)
  return report.signature.valid && report.signature.trusted && believed ? EXIT.ok : EXIT.findings
}

/** The verdict in a few words: what the first line of `verify` says after the file name. */
export function verdictText(report: VerifyReport): string {
  const {signature} = report
  const first = signature.reasons[0]
  if (!signature.signed) return first?.code === 'no-signature' ? first.message : `not signed: ${first?.message ?? 'unknown'}`
  if (!signature.valid) return 'invalid'
  if (!signature.trusted) return report.rootsGiven ? 'valid but untrusted' : 'valid but untrusted: no --ca given'
  return 'valid and trusted'
}

const time = (iso: string | null): string => (iso ? iso.replace(/\.\d{3}Z$/, 'Z') : 'unknown')

const REVOCATION_SOURCES = {supplied: 'the CRLs given', embedded: 'the CRLs in the signature', none: 'no CRL'} as const

/** One line on the signature timestamp: its time and TSA, or why it gives no trusted time. */
function timestampLine(signature: SignatureVerification): string {
  const {timestamp} = signature
  if (!timestamp.present) return 'none'
  const tsa = timestamp.tsa[0]?.subject
  if (timestamp.trusted) return `${time(timestamp.genTime)} (trusted${tsa ? `, ${tsa}` : ''})`
  return `${timestamp.genTime ? `${time(timestamp.genTime)} ` : ''}(not trusted: ${timestamp.problems.map((p) => p.code).join(', ')})`
}

/** One line on revocation: each certificate's status and where it came from. */
function revocationLine(signature: SignatureVerification): string {
  const {revocation} = signature
  if (revocation.certificates.length === 0) return 'not checked'
  const statuses = revocation.certificates.map((c) => `${c.certificate} ${c.status}${c.revokedAt ? ` since ${time(c.revokedAt)}` : ''}`)
  return `${statuses.join(', ')} (${REVOCATION_SOURCES[revocation.source]})`
}

/**
 * The report as it may be shown: signer names, issuer, reason, location and the embedded result's fields
 * come from the signature dictionary, the certificates and the attachment, all written by whoever made the
 * file, so every string has card numbers masked and control characters escaped (text and --json alike).
 */
export function shownVerifyReport(report: VerifyReport): VerifyReport {
  return safeDeep(report)
}

export function renderVerifyReport(given: VerifyReport): string {
  const report = shownVerifyReport(given)
  const {signature} = report
  const lines = [`${report.file}: ${verdictText(report)}`]
  if (!signature.signed) return `${lines[0]}\n`
  const signer = signature.signer
  if (signer) {
    const who = signer.cn ?? signer.subject
    lines.push(`  signer:    ${who}${signer.org && signer.org !== who ? ` (${signer.org})` : ''}, serial ${signer.serial}, issued by ${signer.issuer}`)
  } else if (signature.name) {
    lines.push(`  signer:    ${signature.name} (as named in the signature field; no certificate could be read)`)
  }
  lines.push(
    `  signed at: ${time(signature.signingTime)} (claimed by the signer)`,
    `  timestamp: ${timestampLine(signature)}`,
    `  validated: ${time(signature.validationTime)} (${signature.validationTimeSource === 'trusted-timestamp' ? 'the trusted timestamp' : 'the time of verification'})`,
    `  revoked:   ${revocationLine(signature)}`,
  )
  if (signature.reason) lines.push(`  reason:    ${signature.reason}`)
  if (signature.location) lines.push(`  location:  ${signature.location}`)
  lines.push(`  coverage:  ${signature.coversWholeFile ? 'the whole file' : 'NOT the whole file'}`)
  // Without roots the one trust reason is already in the verdict line.
  const reasons = !signature.valid || report.rootsGiven ? signature.reasons : signature.reasons.filter((r) => r.code !== 'no-trusted-roots')
  for (const reason of reasons) lines.push(`  - ${reason.message}`)
  for (const note of signature.notes) lines.push(`  note: ${note.message}`)
  const result = report.embeddedResult
  if (result) {
    const unknown = (value: string | number | null): string => (value === null ? 'unknown' : String(value))
    lines.push(
      `embedded result (${EMBEDDED_RESULT_NAME}):`,
      `  entity:    ${unknown(result.entity)}`,
      `  role:      ${unknown(result.role)}`,
      `  assessed:  ${unknown(result.assessmentDate)}`,
      `  verdict:   ${unknown(result.verdict)}`,
      `  score:     ${unknown(result.score)}`,
      `  gaps:      ${unknown(result.gaps)}`,
    )
  } else if (report.embeddedResultNote) {
    lines.push(`embedded result: ${report.embeddedResultNote}`)
  }
  const reproduction = report.reproduction
  if (reproduction) {
    lines.push(
      reproduction.reproducible
        ? `reproduced: yes, byte for byte apart from the signature (${reproduction.route}, ${reproduction.lang})`
        : `reproduced: no: ${reproduction.code}: ${reproduction.message}`,
    )
  }
  // Names and messages come from the file: no control character of theirs reaches the terminal.
  return `${lines.map((line) => escapeControlCharacters(line)).join('\n')}\n`
}
