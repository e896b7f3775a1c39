import path from 'node:path'
import {isMap, isPair, isScalar, isSeq, type Node} from 'yaml'
import {conditionHolds} from '../catalog/applicability.js'
import {type Catalog, type CatalogControl, controlsForRole, localized} from '../catalog/catalog.js'
import {diagnostic, sortDiagnostics, type Diagnostic} from '../diagnostics/diagnostic.js'
import {checkDevice, daysBetween} from '../evaluation/device-checks.js'
import type {Device, Profile} from '../generated/answers.js'
import type {Role} from '../generated/catalog.js'
import type {YamlSource} from '../io/yaml-source.js'
import {findCardNumbers, maskCardNumbers} from '../pan.js'
import {isIdentifierField} from './identifier-fields.js'
import {schemaErrors, validator} from '../schemas.js'

/** Rule ids `validate` reports, each with the one line SARIF shows. */
export const ANSWERS_RULES: Readonly<Record<string, string>> = {
  'yaml-syntax': 'The file is not well-formed YAML (or expands too many aliases).',
  'file-too-large': 'The file is larger than posattest reads.',
  'binary-file': 'The file is not UTF-8 text.',
  schema: 'The file does not match schemas/answers.schema.json.',
  placeholder: 'A CHANGE ME placeholder from `posattest init` is still there.',
  'unknown-control': 'An answer names a control the catalog does not have for this role.',
  unanswered: 'A control that applies to this assessment has no status.',
  'status-requirements':
    'A status lacks what it needs: not_applicable a justification, in_place_ccw a complete worksheet, not_in_place an owner and target date.',
  'evidence-missing': 'A control answered in place requires evidence and has none.',
  'evidence-stale': 'Evidence is older than the control allows on the assessment date.',
  'evidence-file': 'An evidence path does not name a file inside the answers folder.',
  'evidence-outside': 'An evidence path leads outside the answers folder through a symbolic link.',
  inventory: 'The terminal inventory contradicts an in-place answer.',
  'duplicate-serial': 'Two terminals in the inventory have the same serial number.',
  'future-date': 'A date of something that already happened lies after the assessment date.',
  period: 'The assessment period ends before it starts.',
  'card-number': 'The file holds a card number (PAN); posattest never stores one.',
}

/**
 * Rules that say an answer is incomplete rather than that the file is wrong. `validate` reports them (CI wants
 * a complete file), but evaluation turns each into a finding, so `evaluate` and `report` still run on them.
 */
export const COMPLETENESS_RULES: ReadonlySet<string> = new Set([
  'unanswered',
  'status-requirements',
  'evidence-missing',
  'evidence-stale',
  'inventory',
])

/** What `posattest init` writes where the user must fill something in. */
export const PLACEHOLDER = 'CHANGE ME'

export interface EvidenceFileInfo {
  exists: boolean
  /** A regular file (with symbolic links followed): not a folder, FIFO or device. */
  isFile: boolean
  /** A symbolic link on the way (the file's or a folder's) leads outside the answers folder. */
  outside?: boolean
  /** The path is a symbolic link whose target does not exist. */
  dangling?: boolean
  /** The file system refused to look: how, in a few words ("permission denied"). */
  unreadable?: string
}

/** Everything validation needs from outside the file; validation itself never touches the disk or the clock. */
export interface ValidationContext {
  /** The answers file's folder as the user named it; evidence paths are relative to it. */
  baseDir: string
  /** What the caller found for each evidence path (keys from `evidencePathsOf`). */
  evidenceFiles?: ReadonlyMap<string, EvidenceFileInfo>
  /** Alternative to `evidenceFiles`: asked for each relative evidence path. */
  fileExists?: (relativePath: string) => EvidenceFileInfo
  /** When given (YYYY-MM-DD), an assessment dated after this day is an error. */
  today?: string
}

export type EvidencePath =
  | {kind: 'relative'; path: string}
  | {kind: 'absolute'}
  | {kind: 'outside'}

/** Where an evidence path points, normalised to forward slashes (`a/../b.csv` → `b.csv`). */
export function resolveEvidencePath(raw: string): EvidencePath {
  const slashed = raw.replace(/\\/g, '/')
  if (slashed.startsWith('/') || /^[a-zA-Z]:/.test(slashed)) return {kind: 'absolute'}
  const normalised = path.posix.normalize(slashed)
  if (normalised === '..' || normalised.startsWith('../')) return {kind: 'outside'}
  return {kind: 'relative', path: normalised}
}

/** The relative evidence paths an answers value names, for the caller to look up before validating. */
export function evidencePathsOf(value: unknown): string[] {
  const controls = isRecord(value) ? value.controls : undefined
  if (!isRecord(controls)) return []
  const found = new Set<string>()
  for (const answer of Object.values(controls)) {
    const evidence = isRecord(answer) ? answer.evidence : undefined
    if (!Array.isArray(evidence)) continue
    for (const item of evidence) {
      if (!isRecord(item) || typeof item.path !== 'string') continue
      const resolved = resolveEvidencePath(item.path)
      if (resolved.kind === 'relative') found.add(resolved.path)
    }
  }
  return [...found].sort()
}

type Segment = string | number
type JsonPath = readonly Segment[]

const STATUSES = ['in_place', 'in_place_ccw', 'not_applicable', 'not_in_place'] as const
const CCW_PARTS = ['constraint', 'objective', 'identified_risk', 'definition', 'validation', 'maintenance'] as const
const CLAIMS_IN_PLACE = new Set(['in_place', 'in_place_ccw'])

/**
 * Checks an answers file against the schema and the catalog; returns every problem with its position,
 * sorted. Gaps (not_in_place answers) are not problems: they are what evaluation reports.
 * Never throws on bad input.
 */
export function validateAnswers(source: YamlSource, catalog: Catalog, context: ValidationContext): Diagnostic[] {
  const out: Diagnostic[] = [...source.diagnostics, ...cardNumberDiagnostics(source)]
  if (source.diagnostics.length > 0) return sortDiagnostics(out)
  const checker = new AnswersChecker(source, catalog, context, out)
  checker.run()
  return sortDiagnostics(out)
}

class AnswersChecker {
  private readonly value: unknown
  /** Paths whose value is unusable (a schema error or a placeholder at the path or above it). */
  private readonly problems: string[][] = []
  private readonly placeholders: Segment[][] = []

  constructor(
    private readonly source: YamlSource,
    private readonly catalog: Catalog,
    private readonly context: ValidationContext,
    private readonly out: Diagnostic[],
  ) {
    this.value = source.value
  }

  run(): void {
    this.checkPlaceholders()
    this.checkSchema()
    const v = this.value
    if (!isRecord(v)) return
    const assessment = isRecord(v.assessment) ? v.assessment : {}
    const date = this.usableDate(['assessment', 'date'], assessment.date)
    const role = this.usable(['assessment', 'role']) && isRole(assessment.role) ? assessment.role : undefined

    if (date) this.checkDates(v, date)
    this.checkPeriod(assessment)
    const devices = this.usableDevices(v)
    this.checkDuplicateSerials(devices)
    if (!role) return
    // Without a usable controls map the schema error says it all; per-control complaints would be noise.
    const controls = this.usable(['controls']) && isRecord(v.controls) ? v.controls : undefined
    if (!controls) return
    this.checkControlIds(controls, role)
    this.checkUnanswered(controls, role, this.usableProfile(v))
    for (const [id, answer] of Object.entries(controls)) {
      const control = this.catalog.byId.get(id)
      if (!control || !control.roles.includes(role) || !isRecord(answer)) continue
      if (this.problemWithin(['controls', id])) continue
      this.checkStatusRequirements(control, answer, date)
      this.checkEvidence(control, answer, date)
    }
    if (date) this.checkInventoryClaims(controls, role, this.usableProfile(v), devices, date)
  }

  // ── schema and placeholders ──────────────────────────────────────────────

  private checkPlaceholders(): void {
    walkStrings(this.value, [], (text, at) => {
      if (!text.includes(PLACEHOLDER)) return
      this.placeholders.push([...at])
      this.problems.push(at.map(String))
      // Masked before it is cut: a card number cut in two would no longer be recognised, and half of it shown.
      const masked = maskCardNumbers(text)
      const shown = masked.length > 60 ? masked.slice(0, 57) + '...' : masked
      this.report(at, 'placeholder', `${dotted(at)}: replace the placeholder "${shown}"`)
    })
  }

  private checkSchema(): void {
    const validate = validator('answers')
    if (!validate(this.value)) {
      for (const e of validate.errors ?? []) {
        const params = e.params as Record<string, unknown>
        const extra = params.missingProperty ?? params.additionalProperty ?? params.propertyName
        const at = pointer(e.instancePath)
        this.problems.push(extra === undefined ? at : [...at, String(extra)])
      }
    }
    const errors = schemaErrors('answers', this.value)
    const badIds = errors.some((e) => e.key !== undefined && e.path.length === 1 && e.path[0] === 'controls')
    for (const e of errors) {
      const where = e.key === undefined ? e.path : [...e.path, e.key]
      // The placeholder line already says what to do there; a type error on top would be noise.
      if (this.placeholders.some((p) => startsWith(where, p))) continue
      // ajv also reports a bad control id as the key pattern failing on `controls` itself: one line is enough.
      if (badIds && e.key === undefined && where.length === 1 && where[0] === 'controls' && e.keyword === 'pattern') continue
      if (badIds && e.key !== undefined && where.length === 2 && where[0] === 'controls') {
        const at = this.source.locate(where, {key: true})
        this.out.push(diagnostic(this.source.file, at, 'schema', `controls.${e.key}: not a control id (answers are keyed by ids like CUS-01)`))
        continue
      }
      const at = e.key === undefined ? this.source.locate(e.path) : this.source.locate(where, {key: true})
      const hint = e.keyword === 'type' && e.params.type === 'string' ? this.quoteHint(e.path) : ''
      this.out.push(diagnostic(this.source.file, at, 'schema', `${where.length ? where.join('.') + ': ' : ''}${e.message}${hint}`))
    }
  }

  /** YAML reads `serial: 1850300021` or `merchant_id: 0042` as a number: say how to keep it text. */
  private quoteHint(at: readonly string[]): string {
    const node = this.source.document.getIn(at, true)
    if (!isScalar(node) || typeof node.value === 'string' || node.type !== 'PLAIN' || !node.range) return ''
    const raw = this.source.text.slice(node.range[0], node.range[1]).trim()
    return raw.length > 0 && raw.length <= 40 ? ` (write it in quotes to keep it as text: "${raw}")` : ''
  }

  /** No problem at the path or above it: the value there has the type the schema promises. */
  private usable(at: JsonPath): boolean {
    const segs = at.map(String)
    return !this.problems.some((p) => startsWith(segs, p))
  }

  /** No problem at, above or below the path. */
  private problemWithin(at: JsonPath): boolean {
    const segs = at.map(String)
    return this.problems.some((p) => startsWith(segs, p) || startsWith(p, segs))
  }

  private usableDate(at: JsonPath, value: unknown): string | undefined {
    return this.usable(at) && isIsoDate(value) ? value : undefined
  }

  /** The profile without facts that are placeholders or of the wrong type: those are unknown. */
  private usableProfile(v: Record<string, unknown>): Profile {
    if (!this.usable(['profile']) || !isRecord(v.profile)) return {}
    const profile: Record<string, unknown> = {}
    for (const [fact, value] of Object.entries(v.profile)) {
      if (this.usable(['profile', fact])) profile[fact] = value
    }
    return profile as Profile
  }

  /** Devices with their inventory index, leaving out entries the schema rejected. */
  private usableDevices(v: Record<string, unknown>): {device: Device; index: number}[] {
    if (!this.usable(['inventory']) || !Array.isArray(v.inventory)) return []
    return v.inventory.flatMap((device, index) =>
      this.problemWithin(['inventory', index]) ? [] : [{device: device as Device, index}],
    )
  }

  // ── dates ────────────────────────────────────────────────────────────────

  private checkDates(v: Record<string, unknown>, date: string): void {
    const today = this.context.today
    if (today && isIsoDate(today) && date > today) {
      this.report(['assessment', 'date'], 'future-date', `assessment.date: ${date} is after today (${today})`)
    }
    // Dates of things that already happened; target_date (a plan) and pts_expiry (a deadline) are not.
    const past: {at: Segment[]; value: unknown}[] = []
    const assessment = isRecord(v.assessment) ? v.assessment : {}
    const period = isRecord(assessment.period) ? assessment.period : {}
    past.push({at: ['assessment', 'period', 'start'], value: period.start})
    past.push({at: ['assessment', 'period', 'end'], value: period.end})
    if (Array.isArray(v.inventory)) {
      v.inventory.forEach((d, i) => past.push({at: ['inventory', i, 'last_inspection'], value: isRecord(d) ? d.last_inspection : undefined}))
    }
    if (isRecord(v.controls)) {
      for (const [id, answer] of Object.entries(v.controls)) {
        const evidence = isRecord(answer) ? answer.evidence : undefined
        if (!Array.isArray(evidence)) continue
        evidence.forEach((e, i) => past.push({at: ['controls', id, 'evidence', i, 'date'], value: isRecord(e) ? e.date : undefined}))
      }
    }
    for (const {at, value} of past) {
      const when = this.usableDate(at, value)
      if (when && when > date) this.report(at, 'future-date', `${dotted(at)}: ${when} is after the assessment date ${date}`)
    }
  }

  private checkPeriod(assessment: Record<string, unknown>): void {
    const period = isRecord(assessment.period) ? assessment.period : {}
    const start = this.usableDate(['assessment', 'period', 'start'], period.start)
    const end = this.usableDate(['assessment', 'period', 'end'], period.end)
    if (start && end && start > end) {
      this.report(['assessment', 'period', 'start'], 'period', `assessment.period: start ${start} is after end ${end}`)
    }
  }

  // ── controls ─────────────────────────────────────────────────────────────

  private checkControlIds(controls: Record<string, unknown>, role: Role): void {
    for (const id of Object.keys(controls)) {
      // An id of the wrong form already has its schema error.
      if (!/^[A-Z]{2,5}-[0-9]{2}$/.test(id)) continue
      const control = this.catalog.byId.get(id)
      const at = ['controls', id]
      if (!control) {
        this.report(at, 'unknown-control', `controls.${id}: ${id} is not in the catalog (${this.catalog.meta.id} ${this.catalog.meta.version})`, true)
      } else if (!control.roles.includes(role)) {
        this.report(at, 'unknown-control', `controls.${id}: ${id} is not a ${role} control (it is for: ${control.roles.join(', ')})`, true)
      }
    }
  }

  private checkUnanswered(controls: Record<string, unknown>, role: Role, profile: Profile): void {
    for (const control of controlsForRole(this.catalog, role)) {
      if (!conditionHolds(control.applies_when, profile)) continue
      const answer = controls[control.id]
      const name = `${control.id} (${localized(control.title, 'en')})`
      if (!Object.hasOwn(controls, control.id)) {
        this.report(['controls'], 'unanswered', `${name} is not answered: add it under controls with a status`, true)
        continue
      }
      if (!isRecord(answer) || !this.usable(['controls', control.id, 'status'])) continue
      if (answer.status === undefined || answer.status === null) {
        const at = Object.hasOwn(answer, 'status') ? ['controls', control.id, 'status'] : ['controls', control.id]
        this.report(at, 'unanswered', `${name} has no status: answer ${STATUSES.slice(0, -1).join(', ')} or ${STATUSES.at(-1)}`, at.length === 2)
      }
    }
  }

  private checkStatusRequirements(control: CatalogControl, answer: Record<string, unknown>, date: string | undefined): void {
    const id = control.id
    const statusAt = ['controls', id, 'status']
    switch (answer.status) {
      case 'not_applicable':
        if (isBlank(answer.justification)) {
          const at = answer.justification === undefined ? statusAt : ['controls', id, 'justification']
          this.report(at, 'status-requirements', `${id}: not_applicable needs a justification (why the control does not apply to you)`)
        }
        break
      case 'in_place_ccw':
        if (!isRecord(answer.ccw)) {
          this.report(
            statusAt,
            'status-requirements',
            `${id}: in_place_ccw needs a compensating controls worksheet (ccw: ${CCW_PARTS.join(', ')})`,
          )
        } else {
          for (const part of CCW_PARTS) {
            if (isBlank(answer.ccw[part])) {
              this.report(['controls', id, 'ccw', part], 'status-requirements', `${id}: ccw.${part} is empty; the worksheet needs all six parts`)
            }
          }
        }
        break
      case 'not_in_place':
        if (isBlank(answer.owner)) {
          this.report(statusAt, 'status-requirements', `${id}: not_in_place needs an owner (who closes the gap)`)
        }
        if (answer.target_date === undefined) {
          this.report(statusAt, 'status-requirements', `${id}: not_in_place needs a target_date (when the gap will be closed)`)
        } else if (date && isIsoDate(answer.target_date) && answer.target_date < date) {
          this.report(
            ['controls', id, 'target_date'],
            'status-requirements',
            `${id}: target_date ${answer.target_date} is before the assessment date ${date}`,
          )
        }
        break
    }
  }

  private checkEvidence(control: CatalogControl, answer: Record<string, unknown>, date: string | undefined): void {
    const id = control.id
    const evidence = Array.isArray(answer.evidence) ? answer.evidence.filter(isRecord) : []
    const claimed = typeof answer.status === 'string' && CLAIMS_IN_PLACE.has(answer.status)
    if (claimed && control.evidence.required && evidence.length === 0) {
      const wanted = localized(control.evidence.description, 'en').trim().replace(/\.$/, '')
      this.report(['controls', id, 'status'], 'evidence-missing', `${id}: ${String(answer.status)} needs evidence (${wanted})`)
    }
    // The newest dated item carries the claim (as in evaluation): older items may stay as history.
    let newest: {date: string; index: number} | undefined
    evidence.forEach((item, index) => {
      const at = ['controls', id, 'evidence', index]
      const when = this.usableDate([...at, 'date'], item.date)
      if (when && (!newest || when > newest.date)) newest = {date: when, index}
      if (typeof item.path === 'string') this.checkEvidencePath(item.path, [...at, 'path'])
    })
    if (claimed && date && newest && newest.date <= date) {
      const age = daysBetween(newest.date, date)
      const limit = control.evidence.max_age_days
      if (age > limit) {
        this.report(
          ['controls', id, 'evidence', newest.index, 'date'],
          'evidence-stale',
          `${id}: the newest evidence, dated ${newest.date}, is ${age} days old on the assessment date ${date} (at most ${limit} allowed)`,
        )
      }
    }
  }

  private checkEvidencePath(raw: string, at: Segment[]): void {
    const resolved = resolveEvidencePath(raw)
    if (resolved.kind === 'absolute') {
      this.report(at, 'evidence-file', `${dotted(at)}: ${raw} is an absolute path; give it relative to the answers file's folder`)
      return
    }
    if (resolved.kind === 'outside') {
      this.report(at, 'evidence-file', `${dotted(at)}: ${raw} points outside the answers file's folder`)
      return
    }
    const info = this.context.evidenceFiles?.get(resolved.path) ?? this.context.fileExists?.(resolved.path)
    if (!info) return
    const shown = path.posix.join(this.context.baseDir.replace(/\\/g, '/'), resolved.path)
    if (info.outside) this.report(at, 'evidence-outside', `${dotted(at)}: ${shown} leads outside the answers file's folder through a symbolic link`)
    else if (info.unreadable !== undefined) this.report(at, 'evidence-file', `${dotted(at)}: cannot be read (${info.unreadable}): ${shown}`)
    else if (!info.exists) this.report(at, 'evidence-file', `${dotted(at)}: ${info.dangling ? 'a symbolic link to nothing' : 'no such file'}: ${shown}`)
    else if (!info.isFile) this.report(at, 'evidence-file', `${dotted(at)}: not a file: ${shown}`)
  }

  // ── inventory ────────────────────────────────────────────────────────────

  private checkDuplicateSerials(devices: readonly {device: Device; index: number}[]): void {
    const first = new Map<string, number>()
    for (const {device, index} of devices) {
      const earlier = first.get(device.serial)
      if (earlier === undefined) first.set(device.serial, index)
      else this.report(['inventory', index, 'serial'], 'duplicate-serial', `inventory.${index}.serial: serial ${device.serial} is already used by inventory.${earlier}`)
    }
  }

  /**
   * A control answered in_place that has device checks claims every terminal in use passes them;
   * a terminal that does not contradicts the answer. (With in_place_ccw the worksheet covers the gap,
   * and a not_in_place answer already admits it: evaluation reports those.)
   */
  private checkInventoryClaims(
    controls: Record<string, unknown>,
    role: Role,
    profile: Profile,
    devices: readonly {device: Device; index: number}[],
    date: string,
  ): void {
    const inUse = devices.filter((d) => d.device.state === 'in-use')
    for (const control of controlsForRole(this.catalog, role)) {
      const checks = control.device_checks ?? []
      if (checks.length === 0 || !conditionHolds(control.applies_when, profile)) continue
      const answer = controls[control.id]
      if (!isRecord(answer) || answer.status !== 'in_place' || this.problemWithin(['controls', control.id])) continue
      if (inUse.length === 0 && this.usable(['inventory'])) {
        // Checks that pass because there is nothing to check would make the claim meaningless.
        this.report(['inventory'], 'inventory', `${control.id} is answered in_place, but the inventory lists no terminal in use`, true)
      }
      for (const {device, index} of inUse) {
        for (const check of checks) {
          for (const problem of checkDevice(device, check, {date, intervalDays: control.interval_days})) {
            this.report(
              ['inventory', index, problem.field],
              'inventory',
              `${control.id} is answered in_place, but ${problem.message}`,
            )
          }
        }
      }
    }
  }

  // ── output ───────────────────────────────────────────────────────────────

  private report(at: JsonPath, rule: string, message: string, atKey = false): void {
    const position = atKey ? this.source.locate(at, {key: true}) : this.source.locate(at)
    this.out.push(diagnostic(this.source.file, position, rule, message))
  }
}

/**
 * Card numbers anywhere in the file but identifier fields (see identifier-fields.ts): in values, keys and
 * comments, quoted or not, in any disguise findCardNumbers knows (scripts, separators, invisible characters, a
 * block or plain scalar continued on the next line). The raw text is scanned so the position is that of the
 * first digit itself; decoded strings are scanned too, for numbers that only appear after unescaping
 * ("\x34111…", "\t" between groups), which are reported at their string.
 */
export function cardNumberDiagnostics(source: YamlSource): Diagnostic[] {
  const scalars = scalarNodes(source)
  const out: Diagnostic[] = []
  const seen = new Set<string>()
  let more = 0
  const add = (offset: number, message: string) => {
    if (out.length < MAX_CARD_NUMBER_DIAGNOSTICS) out.push(diagnostic(source.file, source.positionOf(offset), 'card-number', message))
    else more++
  }
  for (const match of findCardNumbers(source.text)) {
    const holder = holderOf(scalars, match.index)
    if (holder && !holder.isKey && isIdentifierField(holder.path)) continue
    const where = holder ? `${dotted(holder.path)}${holder.isKey ? ' (a key)' : ''}` : 'a comment'
    add(match.index, cardNumberMessage(where, match.masked))
    if (holder) seen.add(`${holder.start}|${match.masked}`)
  }
  for (const scalar of scalars) {
    if (typeof scalar.value !== 'string' || (!scalar.isKey && isIdentifierField(scalar.path))) continue
    for (const match of findCardNumbers(scalar.value)) {
      const id = `${scalar.start}|${match.masked}`
      if (seen.has(id)) continue
      seen.add(id)
      add(scalar.start, cardNumberMessage(`${dotted(scalar.path)}${scalar.isKey ? ' (a key)' : ''}`, match.masked))
    }
  }
  if (more > 0) {
    out.push(diagnostic(source.file, undefined, 'card-number', `${more} more card numbers in the file are not listed; remove them all`))
  }
  return out
}

/** A file full of card numbers gets this many positions, then one line with the count. */
const MAX_CARD_NUMBER_DIAGNOSTICS = 100

/** The scalar whose source range holds an offset (scalars are sorted and never overlap). */
function holderOf(scalars: readonly ScalarNode[], offset: number): ScalarNode | undefined {
  let low = 0
  let high = scalars.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const s = scalars[mid]!
    if (offset < s.start) high = mid - 1
    else if (offset >= s.end) low = mid + 1
    else return s
  }
  return undefined
}

function cardNumberMessage(where: string, masked: string): string {
  return `${where} holds a card number (${masked}); remove it: posattest never stores card numbers`
}

interface ScalarNode {
  path: Segment[]
  isKey: boolean
  value: unknown
  start: number
  end: number
}

function scalarNodes(source: YamlSource): ScalarNode[] {
  const found: ScalarNode[] = []
  const seen = new Set<unknown>()
  const walk = (node: unknown, at: Segment[]): void => {
    // Aliased nodes are walked once: an alias bomb must not explode here either.
    if (node === null || typeof node !== 'object' || seen.has(node)) return
    seen.add(node)
    if (isScalar(node)) {
      if (node.range) found.push({path: at, isKey: false, value: node.value, start: node.range[0], end: node.range[1]})
    } else if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
        if (isScalar(pair.key) && pair.key.range) {
          found.push({path: [...at, key], isKey: true, value: pair.key.value, start: pair.key.range[0], end: pair.key.range[1]})
        } else {
          walk(pair.key, [...at, key])
        }
        walk(pair.value, [...at, key])
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...at, i]))
    } else if (isPair(node)) {
      walk(node.value, at)
    }
  }
  walk(source.document.contents as Node | null, [])
  return found.sort((a, b) => a.start - b.start)
}

function walkStrings(value: unknown, at: Segment[], visit: (text: string, at: Segment[]) => void): void {
  if (typeof value === 'string') visit(value, at)
  else if (Array.isArray(value)) value.forEach((v, i) => walkStrings(v, [...at, i], visit))
  else if (isRecord(value)) for (const [k, v] of Object.entries(value)) walkStrings(v, [...at, k], visit)
}

function pointer(instancePath: string): string[] {
  if (instancePath === '') return []
  return instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
}

function startsWith(full: readonly Segment[], prefix: readonly Segment[]): boolean {
  return prefix.length <= full.length && prefix.every((s, i) => String(s) === String(full[i]))
}

function dotted(at: readonly Segment[]): string {
  return at.length === 0 ? '(the file)' : at.join('.')
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isRole(value: unknown): value is Role {
  return value === 'merchant' || value === 'acquirer'
}

function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === ''
}

/** A real calendar day written YYYY-MM-DD (what the schema's date format accepts). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const ms = Date.parse(`${value}T00:00:00Z`)
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === value
}
