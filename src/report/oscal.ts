import type {AssessmentResult, ControlResult, EvidenceResult, RemediationItem} from '../generated/result.js'
import {safeText} from '../model/control-characters.js'
import type {Language} from '../model/language.js'
import {URL_NAMESPACE, nameUuid} from '../model/name-uuid.js'
import {byCodeUnits, localized, sortedPlan} from './remediation-rows.js'

/*
 * The evaluated result as OSCAL 1.1 JSON: the assessment results (SAR) model and the plan of action and
 * milestones (POA&M) model, as NIST's OSCAL 1.1.3 model reference defines them (schemas/oscal-*.schema.json
 * hold the subset written here, checked in tests). Deterministic: every UUID is a version 5 UUID of the
 * assessment's identity and the item's own key, every list is sorted, every time comes from the result's days
 * (and the given date), never the clock. Texts pass through safeText (card numbers masked, control characters
 * escaped), so every value stays on one line where OSCAL wants a line.
 */

/** The OSCAL version the documents conform to. */
export const OSCAL_VERSION = '1.1.3'

/** The namespace of posattest's own props (an OSCAL prop outside NIST's namespace names its own). */
export const POSATTEST_OSCAL_NS = 'https://posattest.dev/ns/oscal'

/** The UUID namespace of every UUID posattest writes into OSCAL: itself the name-based UUID of POSATTEST_OSCAL_NS. */
const NAMESPACE = nameUuid(URL_NAMESPACE, POSATTEST_OSCAL_NS)

export interface OscalOptions {
  /** The document's published and last-modified time. */
  date: Date
  /** The language of control titles, reasons and steps. */
  lang: Language
}

type Json = Record<string, unknown>

/** OSCAL date-time-with-timezone of a day: its first second, UTC. */
function dayTime(day: string): string {
  return `${day}T00:00:00Z`
}

function moment(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** An OSCAL string or markup-line: safe, one line, no space at either end, never empty. */
function line(text: string, fallback = '-'): string {
  const safe = safeText(text).trim()
  return safe === '' ? fallback : safe
}

/** An OSCAL markup-multiline: safe, line breaks kept. */
function multiline(text: string, fallback = '-'): string {
  const safe = safeText(text, {keepNewlines: true}).trim()
  return safe === '' ? fallback : safe
}

const TOKEN = /^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$/u

/** An OSCAL token (an XML NCName): catalog ids already are one; anything else is made one. */
function token(text: string): string {
  if (TOKEN.test(text)) return text
  const cleaned = [...text].map((c) => (/[\p{L}\p{N}.\-_]/u.test(c) ? c : '_')).join('')
  return TOKEN.test(cleaned) ? cleaned : `_${cleaned}`
}

/** A uri-reference for a relative evidence path: each segment percent-encoded. */
function pathReference(path: string): string {
  return safeText(path)
    .split(/[\\/]+/)
    .map((segment) => encodeURIComponent(segment))
    .join('/')
}

function urlReference(url: string): string {
  const safe = safeText(url)
  try {
    return new URL(safe).href
  } catch {
    return encodeURI(safe)
  }
}

function prop(name: string, value: string): Json {
  return {name, ns: POSATTEST_OSCAL_NS, value: line(value)}
}

/** Keys an array only when it has items: OSCAL's JSON arrays hold at least one. */
function some<K extends string>(key: K, items: readonly unknown[]): Partial<Record<K, unknown[]>> {
  return items.length > 0 ? ({[key]: [...items]} as Record<K, unknown[]>) : {}
}

/** The identity every UUID of one assessment is derived from: the catalog, the entity, its role and the day. */
class Ids {
  private readonly subject: string
  constructor(result: AssessmentResult) {
    const {entity} = result.assessment
    this.subject = JSON.stringify([result.catalog.id, result.catalog.version, entity.legal_name, entity.merchant_id ?? '', result.assessment.role, result.assessment.date])
  }
  of(kind: string, ...key: string[]): string {
    return nameUuid(NAMESPACE, JSON.stringify([this.subject, kind, ...key]))
  }
}

function entityName(result: AssessmentResult): string {
  return line(result.assessment.entity.trading_name ?? result.assessment.entity.legal_name)
}

function metadata(result: AssessmentResult, ids: Ids, title: string, options: OscalOptions): Json {
  const {entity, assessor} = result.assessment
  const organization = ids.of('party', 'entity')
  const person = ids.of('party', 'assessor')
  return {
    title: line(title),
    published: moment(options.date),
    'last-modified': moment(options.date),
    version: result.assessment.date,
    'oscal-version': OSCAL_VERSION,
    props: [prop('generator', result.generator), prop('catalog', `${result.catalog.id} ${result.catalog.version}`)],
    roles: [
      {id: 'prepared-by', title: 'Prepared by'},
      {id: 'prepared-for', title: 'Prepared for'},
    ],
    parties: [
      {
        uuid: organization,
        type: 'organization',
        name: line(entity.legal_name),
        ...(entity.trading_name === undefined ? {} : {'short-name': line(entity.trading_name)}),
      },
      {uuid: person, type: 'person', name: line(assessor.name)},
    ],
    'responsible-parties': [
      {'role-id': 'prepared-by', 'party-uuids': [person]},
      {'role-id': 'prepared-for', 'party-uuids': [organization]},
    ],
  }
}

/** The key of one piece of evidence: its digest where it has one, else where it is. */
function evidenceKey(evidence: EvidenceResult): string {
  return evidence.sha256 ?? evidence.path ?? evidence.url ?? evidence.description ?? evidence.date
}

function evidenceResource(ids: Ids, evidence: EvidenceResult): Json {
  const href = evidence.path !== undefined ? pathReference(evidence.path) : evidence.url !== undefined ? urlReference(evidence.url) : undefined
  const where = evidence.path ?? evidence.url
  return {
    uuid: ids.of('evidence', evidenceKey(evidence)),
    title: line(where ?? evidence.description ?? 'evidence'),
    ...(evidence.description === undefined ? {} : {description: multiline(evidence.description)}),
    props: [{name: 'type', value: 'evidence'}, prop('evidence-date', evidence.date)],
    ...(href === undefined
      ? {}
      : {rlinks: [{href, ...(evidence.sha256 === undefined ? {} : {hashes: [{algorithm: 'SHA-256', value: evidence.sha256}]})}]}),
  }
}

/** The back-matter resources of the evidence of these controls, one per piece, by UUID. */
function evidenceResources(ids: Ids, controls: readonly ControlResult[]): Json[] {
  const resources = new Map<string, Json>()
  for (const control of controls) {
    for (const evidence of control.evidence) {
      const resource = evidenceResource(ids, evidence)
      if (!resources.has(resource.uuid as string)) resources.set(resource.uuid as string, resource)
    }
  }
  return [...resources.values()].sort((a, b) => byCodeUnits(a.uuid as string, b.uuid as string))
}

function title(control: {id: string; title: Readonly<Record<string, string | undefined>>}, lang: Language): string {
  return line(`${control.id} ${localized(control.title, lang)}`)
}

function observation(ids: Ids, control: ControlResult, result: AssessmentResult, lang: Language): Json {
  const collected = [...control.evidence.map((e) => e.date), result.assessment.date].sort(byCodeUnits).at(-1)!
  const description = control.notes ?? `${control.id} is answered ${control.status}.`
  return {
    uuid: ids.of('observation', control.id),
    title: title(control, lang),
    description: multiline(description),
    props: [prop('status', control.status), prop('severity', control.severity)],
    methods: ['EXAMINE'],
    types: ['control-objective'],
    ...some(
      'relevant-evidence',
      control.evidence.map((evidence) => ({
        href: `#${ids.of('evidence', evidenceKey(evidence))}`,
        description: line(evidence.description ?? evidence.path ?? evidence.url ?? 'evidence'),
        ...(evidence.sha256 === undefined ? {} : {props: [prop('sha256', evidence.sha256)]}),
      })),
    ),
    collected: dayTime(collected),
  }
}

function reasonsText(control: ControlResult, lang: Language): string {
  return (control.finding?.reasons ?? []).map((r) => `- ${line(localized(r.text, lang))}`).join('\n')
}

function finding(ids: Ids, control: ControlResult, lang: Language): Json {
  const gap = control.finding !== null
  const description = gap
    ? reasonsText(control, lang)
    : control.status === 'not_applicable'
      ? `Not applicable${control.justification === undefined ? '' : `: ${control.justification}`}`
      : `Satisfied: ${control.status}.`
  return {
    uuid: ids.of('finding', control.id),
    title: title(control, lang),
    description: multiline(description),
    props: [prop('status', control.status), prop('severity', control.severity), ...(control.pci_dss ?? []).map((r) => prop('pci-dss', r))],
    target: {
      type: 'objective-id',
      'target-id': token(control.id),
      status: {state: gap ? 'not-satisfied' : 'satisfied', reason: gap ? 'fail' : control.status === 'not_applicable' ? 'other' : 'pass'},
    },
    'related-observations': [{'observation-uuid': ids.of('observation', control.id)}],
  }
}

function sortedControls(result: AssessmentResult): ControlResult[] {
  return [...result.controls].sort((a, b) => byCodeUnits(a.id, b.id))
}

/** The catalog the controls come from, as the plan the results import (OSCAL has no posattest plan to point to). */
function planResource(ids: Ids, result: AssessmentResult): Json {
  return {
    uuid: ids.of('plan'),
    title: line(`posattest control catalog ${result.catalog.id} ${result.catalog.version}`),
    description: 'The self-assessment plan: the controls of the posattest catalog that apply to the assessed role and profile.',
    props: [{name: 'type', value: 'plan'}],
  }
}

function serialize(document: Json): string {
  return JSON.stringify(document, null, 2) + '\n'
}

/** The result as an OSCAL assessment-results document: reviewed controls, an observation and a finding per control, the evidence in back-matter. */
export function renderAssessmentResults(result: AssessmentResult, options: OscalOptions): string {
  const ids = new Ids(result)
  const controls = sortedControls(result)
  const {lang} = options
  const {assessment} = result
  const document = {
    'assessment-results': {
      uuid: ids.of('assessment-results'),
      metadata: metadata(result, ids, `PCI DSS self-assessment results: ${entityName(result)}, ${assessment.date}`, options),
      'import-ap': {href: `#${ids.of('plan')}`},
      results: [
        {
          uuid: ids.of('result'),
          title: line(`Self-assessment of ${entityName(result)} on ${assessment.date}`),
          description: multiline(
            `${result.verdict === 'compliant' ? 'Compliant' : 'Non-compliant'}, score ${result.scores.overall} of 100, under the posattest catalog ${result.catalog.id} ${result.catalog.version}.`,
          ),
          start: dayTime(assessment.period.start),
          end: dayTime(assessment.date),
          props: [
            prop('verdict', result.verdict),
            prop('score', String(result.scores.overall)),
            prop('role', assessment.role),
            ...(result.saq === undefined ? [] : [prop('saq', result.saq.type)]),
          ],
          'reviewed-controls': {
            'control-selections': [
              controls.length > 0
                ? {'include-controls': controls.map((c) => ({'control-id': token(c.id)}))}
                : {description: 'No control of the catalog applies.', 'include-all': {}},
            ],
          },
          ...some('observations', controls.map((c) => observation(ids, c, result, lang))),
          ...some('findings', controls.map((c) => finding(ids, c, lang))),
        },
      ],
      'back-matter': {resources: [planResource(ids, result), ...evidenceResources(ids, controls)]},
    },
  }
  return serialize(document)
}

function risk(ids: Ids, item: RemediationItem, control: ControlResult | undefined, lang: Language): Json {
  const steps = item.steps.map((s, i) => `${i + 1}. ${line(localized(s, lang))}`).join('\n')
  const due = dayTime(item.due_date)
  return {
    uuid: ids.of('risk', item.control_id),
    title: title({id: item.control_id, title: item.title}, lang),
    description: multiline(control === undefined ? `${item.control_id} is a gap.` : reasonsText(control, lang), `${item.control_id} is a gap.`),
    statement: line(`A ${item.severity} control of the catalog is not in place; remediation priority ${item.priority}.`),
    props: [prop('priority', item.priority), prop('severity', item.severity)],
    status: 'open',
    deadline: due,
    remediations: [
      {
        uuid: ids.of('remediation', item.control_id),
        lifecycle: 'planned',
        title: line(`Remediate ${item.control_id}`),
        description: multiline(steps, `Remediate ${item.control_id}.`),
        props: [{name: 'type', value: 'mitigate'}],
        tasks: [
          {
            uuid: ids.of('milestone', item.control_id),
            type: 'milestone',
            title: line(`${item.control_id} remediated`),
            timing: {'on-date': {date: due}},
          },
        ],
      },
    ],
    ...(control === undefined ? {} : {'related-observations': [{'observation-uuid': ids.of('observation', control.id)}]}),
  }
}

/**
 * The remediation plan as an OSCAL plan-of-action-and-milestones document: one POA&M item per planned
 * remediation (in plan order: priority, due date, control), each with its risk, the planned remediation and its
 * steps, and the due date as the milestone; the observations of those controls and their evidence.
 * OSCAL requires at least one POA&M item: the caller refuses a result with nothing to remediate.
 */
export function renderPoam(result: AssessmentResult, options: OscalOptions): string {
  const ids = new Ids(result)
  const {lang} = options
  const plan = sortedPlan(result.remediation)
  const controls = new Map(result.controls.map((c) => [c.id, c]))
  const planned = [...new Set(plan.map((item) => item.control_id))]
    .map((id) => controls.get(id))
    .filter((c): c is ControlResult => c !== undefined)
    .sort((a, b) => byCodeUnits(a.id, b.id))
  const {entity} = result.assessment
  const resources = evidenceResources(ids, planned)
  const document = {
    'plan-of-action-and-milestones': {
      uuid: ids.of('poam'),
      metadata: metadata(result, ids, `Plan of action and milestones: ${entityName(result)}, ${result.assessment.date}`, options),
      'system-id': {id: line(entity.merchant_id ?? entity.legal_name)},
      ...some('observations', planned.map((c) => observation(ids, c, result, lang))),
      ...some('risks', plan.map((item) => risk(ids, item, controls.get(item.control_id), lang))),
      'poam-items': plan.map((item) => ({
        uuid: ids.of('poam-item', item.control_id),
        title: title({id: item.control_id, title: item.title}, lang),
        description: multiline(item.steps.map((s) => localized(s, lang)).join('\n'), `Remediate ${item.control_id}.`),
        props: [
          prop('priority', item.priority),
          prop('severity', item.severity),
          prop('due-date', item.due_date),
          ...(item.owner === undefined ? [] : [prop('owner', item.owner)]),
        ],
        ...(controls.has(item.control_id) ? {'related-observations': [{'observation-uuid': ids.of('observation', item.control_id)}]} : {}),
        'related-risks': [{'risk-uuid': ids.of('risk', item.control_id)}],
      })),
      ...(resources.length > 0 ? {'back-matter': {resources}} : {}),
    },
  }
  return serialize(document)
}
