import {type Catalog, type CatalogControl, controlsForRole} from '../catalog/catalog.js'
import {controlApplies, inspectionIntervalDays} from '../catalog/applicability.js'
import {determineSaq} from '../catalog/saq.js'
import type {
  Answer,
  AnswersFile,
  Assessment,
  Attestation,
  CompensatingControlWorksheet,
  Device,
  Evidence,
  Profile,
} from '../generated/answers.js'
import type {
  AssessmentResult,
  ControlResult,
  EvidenceResult,
  Finding,
  FindingReason,
  RemediationItem,
  ResultStatus,
} from '../generated/result.js'
import {CCW_FIELDS} from '../model/ccw.js'
import {exceptionReview, isStale, missingAnswerParts} from '../model/completeness.js'
import {addDays, daysBetween} from '../model/day.js'
import {DEVICE_FIELDS, devicesInUse} from '../model/device.js'
import {checkDevice, type DeviceCheckOptions} from '../model/device-checks.js'
import {compareResults} from './changes.js'
import {
  ccwMissingReason,
  deviceProblemReason,
  evidenceMissingReason,
  evidenceStaleReason,
  exceptionExpiredReason,
  justificationMissingReason,
  notInPlaceReason,
  unansweredReason,
} from './reasons.js'
import {createStepRenderer, PRIORITY} from './remediation.js'
import {scoreControls, SEVERITY_WEIGHT} from './scores.js'
import {evaluateSites} from './sites.js'

export interface EvaluateOptions {
  /** posattest name and version, written into the result. */
  generator: string
  /** sha256 (hex) of each path evidence file, keyed by the path as written in the answers; computed by the caller. */
  evidenceHashes: ReadonlyMap<string, string>
  /** The last result, to report what changed since. */
  previous?: AssessmentResult
}

// Key orders of the copied answer objects: the schema's, so the output does not depend on how the YAML was written.
export const ENTITY_KEYS = ['legal_name', 'trading_name', 'merchant_id', 'acquirer_id', 'agent', 'country', 'address', 'website'] as const
export const ASSESSMENT_KEYS = ['entity', 'role', 'acquirer', 'date', 'period', 'assessor', 'language'] as const
export const PROFILE_KEYS = [
  'terminal_connections',
  'p2pe_solution',
  'p2pe_listing_id',
  'p2pe_listing_expiry',
  'stores_card_data_electronically',
  'keeps_paper_records',
  'location_count',
  'third_party_servicing',
  'mobile_terminals',
  'unattended_terminals',
  'remote_key_injection',
  'remote_updates',
  'merchant_count',
  'inspection_interval_days',
  'terminal_log_retention_days',
] as const

/** A copy holding only the listed keys that have a value, in the listed order (arrays copied too). */
function ordered<T extends object>(value: T, keys: readonly (keyof T)[]): T {
  const out: Partial<T> = {}
  for (const key of keys) {
    const v = value[key]
    if (v !== undefined) out[key] = (Array.isArray(v) ? [...v] : v) as T[keyof T]
  }
  return out as T
}

function copyAssessment(a: Assessment): Assessment {
  return ordered(
    {
      ...a,
      entity: ordered(a.entity, ENTITY_KEYS),
      period: {start: a.period.start, end: a.period.end},
      assessor: ordered(a.assessor, ['name', 'title', 'email', 'phone']),
    },
    ASSESSMENT_KEYS,
  )
}

/** The AOC's own answers, in the schema's key order (lists keep the order they were given in). */
function copyAttestation(a: Attestation): Attestation {
  return ordered<Attestation>(
    {
      ...a,
      locations: a.locations?.map((l) => ordered(l, ['type', 'count', 'city', 'country'])),
      service_providers: a.service_providers?.map((p) => ordered(p, ['name', 'service'])),
      acknowledgements:
        a.acknowledgements &&
        ordered(a.acknowledgements, ['completed_per_instructions', 'fairly_represented', 'controls_maintained', 'no_sensitive_authentication_data']),
      executive_officer: a.executive_officer && ordered(a.executive_officer, ['name', 'title', 'date']),
    },
    ['business_description', 'payment_channels', 'locations', 'service_providers', 'acknowledgements', 'executive_officer'],
  )
}

interface Judgement {
  result: ControlResult
  failingDevices: Device[]
}

function evidenceResult(entry: Evidence, hashes: ReadonlyMap<string, string>): EvidenceResult {
  // The generated Evidence type is an open map (the schema's oneOf path|url defeats the generator); its shape is EvidenceResult's.
  const evidence = entry as Omit<EvidenceResult, 'sha256'>
  // Key by key in the schema's order (see controlResult).
  const result = {} as EvidenceResult
  if (evidence.path !== undefined) result.path = evidence.path
  if (evidence.url !== undefined) result.url = evidence.url
  if (evidence.date !== undefined) result.date = evidence.date
  if (evidence.description !== undefined) result.description = evidence.description
  const sha256 = evidence.path === undefined ? undefined : hashes.get(evidence.path)
  if (sha256 !== undefined) result.sha256 = sha256
  return result
}

/**
 * A control's result, key by key in the schema's order, leaving out what the answer does not give. An object
 * literal copied through ordered() did the same with a store by computed key for each of 15 keys, 40 controls
 * and every file: the most expensive line of an evaluation.
 */
function controlResult(control: CatalogControl, status: ResultStatus, answer: Answer | undefined, evidence: EvidenceResult[], finding: Finding | null): ControlResult {
  const result = {
    id: control.id,
    domain: control.domain,
    title: {...control.title},
    severity: control.severity,
    pci_dss: [...control.references.pci_dss],
  } as ControlResult
  const others = control.references.other_standards
  if (others !== undefined) result.other_standards = others.map((r) => ({standard: r.standard, requirement: r.requirement}))
  result.status = status
  if (answer?.notes !== undefined) result.notes = answer.notes
  result.evidence = evidence
  if (answer?.justification !== undefined) result.justification = answer.justification
  if (answer?.ccw !== undefined) result.ccw = ordered<CompensatingControlWorksheet>(answer.ccw, CCW_FIELDS)
  if (answer?.owner !== undefined) result.owner = answer.owner
  if (answer?.target_date !== undefined) result.target_date = answer.target_date
  if (answer?.review_by !== undefined) result.review_by = answer.review_by
  result.finding = finding
  return result
}

/** Why an in-place answer falls short of the control's evidence requirement; none when it is met. */
function evidenceReasons(control: CatalogControl, evidence: readonly EvidenceResult[], date: string): FindingReason[] {
  const requirement = control.evidence
  if (!requirement.required) return []
  // Path evidence counts only when its file was read (the caller hashed it).
  const usable = evidence.filter((e) => e.url !== undefined || e.sha256 !== undefined)
  if (usable.length === 0) {
    const unreadable = evidence.filter((e) => e.path !== undefined && e.sha256 === undefined).map((e) => e.path!)
    return [evidenceMissingReason(requirement.description, unreadable)]
  }
  // The newest document is what shows the control works today; older ones may stay attached.
  const newest = usable.map((e) => e.date).reduce((a, b) => (b > a ? b : a))
  return isStale(newest, date, requirement.max_age_days)
    ? [evidenceStaleReason(newest, daysBetween(newest, date), requirement.max_age_days)]
    : []
}

function judgeControl(
  control: CatalogControl,
  answer: Answer | undefined,
  answers: AnswersFile,
  hashes: ReadonlyMap<string, string>,
  inUse: readonly Device[],
): Judgement {
  const date = answers.assessment.date
  const status: ResultStatus = answer?.status ?? 'unanswered'
  const evidence = (answer?.evidence ?? []).map((e) => evidenceResult(e, hashes))

  // Device checks run whatever the answer: the failing terminals feed both the finding and the remediation steps.
  const checkOptions: DeviceCheckOptions = {date, intervalDays: inspectionIntervalDays(control, answers.profile)}
  const deviceReasons: FindingReason[] = []
  const failingDevices: Device[] = []
  const checks = control.device_checks ?? []
  for (const device of checks.length === 0 ? [] : inUse) {
    const problems = checks.flatMap((check) => checkDevice(device, check, checkOptions))
    if (problems.length === 0) continue
    failingDevices.push(device)
    deviceReasons.push(...problems.map((p) => deviceProblemReason(p, device, checkOptions)))
  }

  // What the status needs and lacks (model/completeness.ts: the rules validate and the walk-through apply too).
  const incomplete = missingAnswerParts(answer).length > 0
  // An exception past its review day no longer stands; one without review_by (answers from before it) is judged as before.
  const expired = exceptionReview(answer, date) === 'expired' ? [exceptionExpiredReason(status as 'not_applicable' | 'in_place_ccw', answer!.review_by!, date)] : []
  let reasons: FindingReason[]
  switch (status) {
    case 'in_place':
      reasons = [...evidenceReasons(control, evidence, date), ...deviceReasons]
      break
    case 'in_place_ccw':
      // A compensating control stands in for the original, device checks included.
      reasons = [...(incomplete ? [ccwMissingReason(answer?.ccw), ...deviceReasons] : []), ...expired]
      break
    case 'not_applicable':
      reasons = [...(incomplete ? [justificationMissingReason(), ...deviceReasons] : []), ...expired]
      break
    case 'not_in_place':
      reasons = [notInPlaceReason(), ...deviceReasons]
      break
    case 'unanswered':
      reasons = [unansweredReason(), ...deviceReasons]
      break
  }
  const finding: Finding | null =
    reasons.length > 0 ? {reasons: reasons as Finding['reasons'], devices: failingDevices.map((d) => d.serial)} : null

  const result = controlResult(control, status, answer, evidence, finding)
  return {result, failingDevices}
}

/**
 * Evaluates an assessment against the catalog: which controls apply, which are satisfied, the findings,
 * the scores, the verdict and the remediation plan. Pure: the date is the assessment's, evidence hashes
 * come from the caller, so the same input always gives the same result. An organisation with sites is
 * evaluated site by site and then as a whole (src/evaluation/sites.ts).
 */
export function evaluateAssessment(catalog: Catalog, answers: AnswersFile, options: EvaluateOptions): AssessmentResult {
  return answers.sites === undefined ? evaluateOneSite(catalog, answers, options) : evaluateSites(catalog, answers, options, evaluateOneSite)
}

/** The evaluation of one set of answers with one inventory: a single-site assessment, or one site's effective answers. */
function evaluateOneSite(catalog: Catalog, answers: AnswersFile, options: EvaluateOptions): AssessmentResult {
  const {assessment, profile} = answers
  const roleControls = controlsForRole(catalog, assessment.role)
  const saq = determineSaq(catalog, assessment.role, answers.scoping)
  const applicable = roleControls.filter((c) => controlApplies(c, profile, saq))
  const excluded = roleControls.filter((c) => !applicable.includes(c)).map((c) => c.id)

  // The terminals in use, found once: every control's device checks and remediation steps read them.
  const inUse = devicesInUse(answers.inventory)
  const judged = applicable.map((control) => ({
    control,
    answer: answers.controls[control.id],
    ...judgeControl(control, answers.controls[control.id], answers, options.evidenceHashes, inUse),
  }))
  const controls = judged.map((j) => j.result)

  const renderSteps = createStepRenderer()
  // Controls share a few deadlines: each due date is worked out once per evaluation.
  const dueDates = new Map<number, string>()
  const dueDateIn = (days: number): string => {
    let day = dueDates.get(days)
    if (day === undefined) dueDates.set(days, (day = addDays(assessment.date, days)))
    return day
  }
  const remediation: RemediationItem[] = judged
    .map((_, index) => index)
    .filter((index) => judged[index]!.result.finding !== null)
    // Priority first (P1 before P4), then catalog order.
    .sort((a, b) => SEVERITY_WEIGHT[judged[b]!.control.severity] - SEVERITY_WEIGHT[judged[a]!.control.severity] || a - b)
    .map((index) => {
      const {control, answer, result, failingDevices} = judged[index]!
      const dueDate = dueDateIn(control.remediation.deadline_days)
      const steps = renderSteps({
        answers,
        control,
        answer,
        status: result.status,
        failingDevices,
        devicesInUse: inUse,
        dueDate,
      })
      // Key by key in the schema's order (see controlResult).
      const item: RemediationItem = {
        control_id: control.id,
        domain: control.domain,
        title: {...control.title},
        severity: control.severity,
        priority: PRIORITY[control.severity],
        steps,
      } as RemediationItem
      if (answer?.owner !== undefined) item.owner = answer.owner
      item.due_date = dueDate
      return item
    })

  const scores = scoreControls(catalog, controls)
  const result: AssessmentResult = {
    schema_version: 1,
    generator: options.generator,
    catalog: {id: catalog.meta.id, version: catalog.meta.version},
    assessment: copyAssessment(assessment),
    profile: ordered<Profile>(profile, PROFILE_KEYS),
    inventory: answers.inventory.map((d) => ordered<Device>(d, DEVICE_FIELDS)),
    ...(saq === undefined ? {} : {saq}),
    ...(answers.attestation === undefined ? {} : {attestation: copyAttestation(answers.attestation)}),
    controls,
    excluded,
    scores,
    // A setup no short SAQ covers needs a full SAQ D or a QSA: posattest's answers cannot make it compliant.
    verdict: saq?.type !== 'ineligible' && controls.every((c) => c.finding === null) ? 'compliant' : 'non_compliant',
    remediation,
  }
  if (options.previous) result.changes = compareResults(options.previous, controls)
  return result
}

/** The result as written to disk: 2-space JSON and a final newline. Key order is the order evaluation built. */
export function serializeResult(result: AssessmentResult): string {
  return `${JSON.stringify(result, null, 2)}\n`
}
