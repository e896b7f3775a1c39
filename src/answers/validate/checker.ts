import {controlApplies, inspectionIntervalDays} from '../../catalog/applicability.js'
import {determineSaq, saqCriterionIds, saqDefinitions, type SaqDetermination} from '../../catalog/saq.js'
import {changesSince, FIRST_CATALOG_VERSION, type ChangesSince} from '../../catalog/catalog-changes.js'
import {type Catalog, type CatalogControl, controlsForRole, localized} from '../../catalog/catalog.js'
import {compareVersions} from '../../catalog/released-catalogs.js'
import {diagnostic, type Diagnostic} from '../../diagnostics/diagnostic.js'
import type {Device, Profile, Scoping} from '../../generated/answers.js'
import type {Role} from '../../generated/catalog.js'
import {pointerSegments, type YamlSource} from '../../io/yaml-source.js'
import {CCW_FIELDS} from '../../model/ccw.js'
import {exceptionReview, hasStatus, isStale, lacksRequiredEvidence, latestReviewBy, missingAnswerParts} from '../../model/completeness.js'
import {daysBetween, isDay} from '../../model/day.js'
import {checkDevice} from '../../model/device-checks.js'
import {isInUse} from '../../model/device.js'
import {ANSWER_STATUSES, claimsInPlace} from '../../model/status.js'
import {maskCardNumbers} from '../../model/pan.js'
import {IO_MESSAGES} from '../../io/messages.js'
import {readableSchemaErrors, validator} from '../../io/schemas.js'
import type {Language} from '../../model/language.js'
import {PLACEHOLDER} from '../placeholder.js'
import type {ValidationContext} from './context.js'
import {evidencePathProblem} from './evidence-paths.js'
import {VALIDATE_MESSAGES, type ValidateMessages} from './messages.js'
import {isRecord, type JsonPath, type Segment, startsWith, walkStrings} from './paths.js'

/**
 * Checks one parsed answers file against the schema and the catalog, pushing each problem to `out`. The checks go
 * from the file's shape to its meaning; a value with a schema error or a placeholder at or above it is unusable,
 * and checks that would read it are skipped (the first problem says it all).
 */
export class AnswersChecker {
  private readonly value: unknown
  /** Paths whose value is unusable (a schema error or a placeholder at the path or above it). */
  private readonly problems: string[][] = []
  private readonly placeholders: Segment[][] = []
  private readonly language: Language
  private readonly say: ValidateMessages

  constructor(
    private readonly source: YamlSource,
    private readonly catalog: Catalog,
    private readonly context: ValidationContext,
    private readonly out: Diagnostic[],
  ) {
    this.value = source.value
    this.language = context.language ?? 'en'
    this.say = VALIDATE_MESSAGES[this.language]
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
    if (Object.hasOwn(v, 'sites')) this.checkSiteShapes(this.usableSites(v), devices, date)
    const changes = this.checkCatalogVersion(v)
    if (!role) return
    this.checkScoping(v, role)
    const saq = determineSaq(this.catalog, role, this.usableScoping(v))
    // Without a usable controls map the schema error says it all; per-control complaints would be noise.
    const controls = this.usable(['controls']) && isRecord(v.controls) ? v.controls : undefined
    if (changes) this.checkChangesSince(changes, role)
    if (!controls) return
    this.checkControlIds(controls, role, changes)
    this.checkUnanswered(controls, role, this.usableProfile(v), saq)
    for (const [id, answer] of Object.entries(controls)) {
      const control = this.catalog.byId.get(id)
      if (!control || !control.roles.includes(role) || !isRecord(answer)) continue
      if (this.problemWithin(['controls', id])) continue
      this.checkStatusRequirements(control, answer, date)
      if (date) this.checkReviewBy(control, answer, date)
      this.checkEvidence(control, answer, date)
    }
    if (!Object.hasOwn(v, 'sites')) {
      if (date) this.checkInventoryClaims(controls, role, this.usableProfile(v), saq, devices, date)
      return
    }
    this.checkSiteAnswers(this.usableSites(v), controls, role, this.usableProfile(v), saq, date)
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
      this.report(at, 'placeholder', this.say.placeholder(this.say.path(at), shown))
    })
  }

  private checkSchema(): void {
    const validate = validator('answers')
    // One validation: its raw errors mark the unusable paths, the same errors made readable are reported.
    const raw = validate(this.value) ? [] : [...(validate.errors ?? [])]
    for (const e of raw) {
      const params = e.params as Record<string, unknown>
      const extra = params.missingProperty ?? params.additionalProperty ?? params.propertyName
      const at = pointerSegments(e.instancePath)
      this.problems.push(extra === undefined ? at : [...at, String(extra)])
    }
    const errors = readableSchemaErrors(raw, this.language)
    const io = IO_MESSAGES[this.language]
    const badIds = errors.some((e) => e.key !== undefined && e.path.length === 1 && e.path[0] === 'controls')
    for (const e of errors) {
      const where = e.key === undefined ? e.path : [...e.path, e.key]
      // The placeholder line already says what to do there; a type error on top would be noise.
      if (this.placeholders.some((p) => startsWith(where, p))) continue
      // ajv also reports a bad control id as the key pattern failing on `controls` itself: one line is enough.
      if (badIds && e.key === undefined && where.length === 1 && where[0] === 'controls' && e.keyword === 'pattern') continue
      if (badIds && e.key !== undefined && where.length === 2 && where[0] === 'controls') {
        const at = this.source.locate(where, {key: true})
        this.out.push(diagnostic(this.source.file, at, 'schema', this.say.notAControlId(e.key)))
        continue
      }
      const at = e.key === undefined ? this.source.locate(e.path) : this.source.locate(where, {key: true})
      const hint = e.keyword === 'type' && e.params.type === 'string' ? this.quoteHint(e.path) : ''
      const message = `${e.message}${hint}`
      this.out.push(diagnostic(this.source.file, at, 'schema', where.length ? io.at(where.join('.'), message) : message))
    }
  }

  /** YAML reads `serial: 1850300021` or `merchant_id: 0042` as a number: say how to keep it text. */
  private quoteHint(at: readonly string[]): string {
    const node = this.source.scalarAt(at)
    if (!node || typeof node.value === 'string' || !node.plain) return ''
    const raw = this.source.text.slice(node.start, node.end).trim()
    return raw.length > 0 && raw.length <= 40 ? this.say.quoteHint(raw) : ''
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
    return this.usable(at) && isDay(value) ? value : undefined
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
    if (today && isDay(today) && date > today) {
      this.report(['assessment', 'date'], 'future-date', this.say.afterToday(date, today))
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
      if (when && when > date) this.report(at, 'future-date', this.say.afterAssessment(this.say.path(at), when, date))
    }
  }

  private checkPeriod(assessment: Record<string, unknown>): void {
    const period = isRecord(assessment.period) ? assessment.period : {}
    const start = this.usableDate(['assessment', 'period', 'start'], period.start)
    const end = this.usableDate(['assessment', 'period', 'end'], period.end)
    if (start && end && start > end) {
      this.report(['assessment', 'period', 'start'], 'period', this.say.period(start, end))
    }
  }

  // ── scoping (SAQ eligibility) ────────────────────────────────────────────

  /** The confirmed or denied criteria; a placeholder, a null or a wrong type is unanswered. */
  private usableScoping(v: Record<string, unknown>): Scoping | undefined {
    if (!isRecord(v.scoping)) return undefined
    if (!this.usable(['scoping'])) return {}
    const scoping: Scoping = {}
    for (const [id, value] of Object.entries(v.scoping)) {
      if (typeof value === 'boolean' && this.usable(['scoping', id])) scoping[id] = value
    }
    return scoping
  }

  private checkScoping(v: Record<string, unknown>, role: Role): void {
    const definitions = saqDefinitions(this.catalog)
    const scoping = isRecord(v.scoping) && this.usable(['scoping']) ? v.scoping : undefined
    if (role === 'acquirer') {
      if (scoping) this.report(['scoping'], 'scoping', this.say.scopingByAcquirer, true)
      return
    }
    if (definitions.length === 0) {
      if (scoping) this.report(['scoping'], 'scoping', this.say.noSaqTypes(this.catalog.meta.id, this.catalog.meta.version), true)
      return
    }
    if (!Object.hasOwn(v, 'scoping')) {
      // A warning: files written before scoping existed stay valid, and are assessed against every merchant control.
      this.report([], 'scoping-missing', this.say.scopingMissing(saqCriterionIds(this.catalog)), false, 'warning')
      return
    }
    if (!scoping) return // its schema error says it all
    const known = new Set(saqCriterionIds(this.catalog))
    for (const id of Object.keys(scoping)) {
      if (!known.has(id) && this.usable(['scoping', id])) {
        this.report(['scoping', id], 'scoping', this.say.notACriterion(id, this.catalog.meta.id, this.catalog.meta.version), true)
      }
    }
    const open = [...known].filter((id) => typeof scoping[id] !== 'boolean')
    if (open.length > 0) {
      this.report(['scoping'], 'scoping-unanswered', this.say.scopingUnanswered(open), true)
    }
  }

  // ── the catalog version ──────────────────────────────────────────────────

  /**
   * The catalog version the answers were written for (`catalog_version`, absent: 1.0.0) against the catalog's:
   * a named version newer is an error (this catalog cannot know what those answers mean); older gives what changed since,
   * which checkChangesSince and checkControlIds turn into warnings. Undefined when the versions are equal or
   * the key is unusable (its schema error says so).
   */
  private checkCatalogVersion(v: Record<string, unknown>): ChangesSince | undefined {
    if (!this.usable(['catalog_version'])) return undefined
    const given = typeof v.catalog_version === 'string' ? v.catalog_version : undefined
    if (v.catalog_version !== undefined && given === undefined) return undefined
    const version = given ?? FIRST_CATALOG_VERSION
    const {id, version: current} = this.catalog.meta
    const order = compareVersions(version, current)
    // Absent means written before the key existed: older than any catalog that has it, never too new (a
    // catalog of its own numbering, such as 0.1.0, then has nothing to say).
    if (order > 0 && given !== undefined) {
      this.report(
        ['catalog_version'],
        'catalog-version-unknown',
        this.say.catalogTooNew(version, id, current),
      )
    }
    return order < 0 ? changesSince(this.catalog, version) : undefined
  }

  /**
   * One warning per control of the role that is new or changed since the answers' catalog version, at the
   * `catalog_version` key (at the top of the file when the key is absent): not errors, the file was right for
   * the catalog it was written for. A new control still unanswered is also `unanswered`, as any other.
   */
  private checkChangesSince(changes: ChangesSince, role: Role): void {
    const at = Object.hasOwn(this.value as object, 'catalog_version')
      ? this.source.locate(['catalog_version'], {key: true})
      : {line: 1, column: 1}
    for (const [rule, ids] of [['control-new-since', changes.added], ['control-changed-since', changes.changed]] as const) {
      for (const id of ids) {
        const control = this.catalog.byId.get(id)
        if (!control || !control.roles.includes(role)) continue
        const name = this.say.control(id, localized(control.title, this.language))
        const version = changes.versions[id]
        const said = rule === 'control-new-since' ? this.say.controlNewSince : this.say.controlChangedSince
        const message = said(name, version ?? changes.to, changes.from, changes.to)
        this.out.push(diagnostic(this.source.file, at, rule, message, 'warning'))
      }
    }
  }

  // ── controls ─────────────────────────────────────────────────────────────

  private checkControlIds(controls: Record<string, unknown>, role: Role, changes: ChangesSince | undefined): void {
    for (const id of Object.keys(controls)) {
      // An id of the wrong form already has its schema error.
      if (!/^[A-Z]{2,5}-[0-9]{2}$/.test(id)) continue
      const control = this.catalog.byId.get(id)
      const at = ['controls', id]
      if (changes?.retired.includes(id)) {
        // Right when written; the catalog no longer asks it, and evaluation leaves it out.
        const position = this.source.locate(at, {key: true})
        const message = this.say.controlRetired(id, changes.versions[id] ?? changes.to, changes.from)
        this.out.push(diagnostic(this.source.file, position, 'control-retired', message, 'warning'))
      } else if (!control) {
        this.report(at, 'unknown-control', this.say.notInCatalog(id, this.catalog.meta.id, this.catalog.meta.version), true)
      } else if (!control.roles.includes(role)) {
        this.report(at, 'unknown-control', this.say.notForRole(id, role, control.roles), true)
      }
    }
  }

  private checkUnanswered(controls: Record<string, unknown>, role: Role, profile: Profile, saq: SaqDetermination | undefined): void {
    for (const control of controlsForRole(this.catalog, role)) {
      if (!controlApplies(control, profile, saq)) continue
      const answer = controls[control.id]
      const name = this.say.control(control.id, localized(control.title, this.language))
      if (!Object.hasOwn(controls, control.id)) {
        this.report(['controls'], 'unanswered', this.say.notAnswered(name), true)
        continue
      }
      if (!isRecord(answer) || !this.usable(['controls', control.id, 'status'])) continue
      if (!hasStatus(answer)) {
        const at = Object.hasOwn(answer, 'status') ? ['controls', control.id, 'status'] : ['controls', control.id]
        this.report(at, 'unanswered', this.say.noStatus(name, ANSWER_STATUSES), at.length === 2)
      }
    }
  }

  /** What the status needs (model/completeness.ts), each missing part at the place to add it. */
  private checkStatusRequirements(
    control: CatalogControl,
    answer: Record<string, unknown>,
    date: string | undefined,
    base: Segment[] = ['controls', control.id],
    id: string = control.id,
  ): void {
    const statusAt = [...base, 'status']
    for (const part of missingAnswerParts(answer)) {
      switch (part) {
        case 'status':
          break // checkUnanswered says so
        case 'justification': {
          const at = answer.justification === undefined ? statusAt : [...base, 'justification']
          this.report(at, 'status-requirements', this.say.needsJustification(id))
          break
        }
        case 'ccw':
          this.report(statusAt, 'status-requirements', this.say.needsCcw(id, CCW_FIELDS))
          break
        case 'owner':
          this.report(statusAt, 'status-requirements', this.say.needsOwner(id))
          break
        case 'target_date':
          this.report(statusAt, 'status-requirements', this.say.needsTargetDate(id))
          break
        default: {
          const row = part.slice('ccw.'.length)
          this.report([...base, 'ccw', row], 'status-requirements', this.say.ccwRowEmpty(id, row))
        }
      }
    }
    if (answer.status === 'not_in_place' && date && isDay(answer.target_date) && answer.target_date < date) {
      this.report([...base, 'target_date'], 'status-requirements', this.say.targetBeforeAssessment(id, answer.target_date, date))
    }
  }

  /**
   * An exception's review day (model/completeness.ts): missing is a warning (answers from before the key stay
   * valid), more than 12 months after the assessment an error; one already past is allowed, evaluation makes it a gap.
   */
  private checkReviewBy(
    control: CatalogControl,
    answer: Record<string, unknown>,
    date: string,
    base: Segment[] = ['controls', control.id],
    id: string = control.id,
  ): void {
    // An answer that lacks what its status needs has its error: a warning on top would be noise.
    if (!this.usable([...base, 'review_by']) || missingAnswerParts(answer).length > 0) return
    switch (exceptionReview(answer, date)) {
      case 'missing':
        this.report(
          base,
          'review-by-missing',
          this.say.reviewByMissing(id, String(answer.status), latestReviewBy(date)),
          true,
          'warning',
        )
        break
      case 'too-far':
        this.report(
          [...base, 'review_by'],
          'review-by-too-far',
          this.say.reviewByTooFar(id, String(answer.review_by), date, latestReviewBy(date)),
        )
        break
      default:
        break
    }
  }

  private checkEvidence(
    control: CatalogControl,
    answer: Record<string, unknown>,
    date: string | undefined,
    base: Segment[] = ['controls', control.id],
    id: string = control.id,
  ): void {
    const evidence = Array.isArray(answer.evidence) ? answer.evidence.filter(isRecord) : []
    const claimed = claimsInPlace(answer.status)
    if (lacksRequiredEvidence(answer, control.evidence.required)) {
      const wanted = localized(control.evidence.description, this.language).trim().replace(/[.。]$/, '')
      this.report([...base, 'status'], 'evidence-missing', this.say.needsEvidence(id, String(answer.status), wanted))
    }
    // The newest dated item carries the claim (as in evaluation): older items may stay as history.
    let newest: {date: string; index: number} | undefined
    evidence.forEach((item, index) => {
      const at = [...base, 'evidence', index]
      const when = this.usableDate([...at, 'date'], item.date)
      if (when && (!newest || when > newest.date)) newest = {date: when, index}
      if (typeof item.path === 'string') {
        const problem = evidencePathProblem(item.path, [...at, 'path'], this.context, this.say)
        if (problem) this.report([...at, 'path'], problem.rule, problem.message)
      }
    })
    const limit = control.evidence.max_age_days
    if (claimed && date && newest && newest.date <= date && isStale(newest.date, date, limit)) {
      this.report(
        [...base, 'evidence', newest.index, 'date'],
        'evidence-stale',
        this.say.evidenceStale(id, newest.date, daysBetween(newest.date, date), date, limit),
      )
    }
  }

  // ── inventory ────────────────────────────────────────────────────────────

  private checkDuplicateSerials(devices: readonly {device: Device; index: number}[]): void {
    const first = new Map<string, number>()
    for (const {device, index} of devices) {
      const earlier = first.get(device.serial)
      if (earlier === undefined) first.set(device.serial, index)
      else this.report(['inventory', index, 'serial'], 'duplicate-serial', this.say.duplicateSerial(index, device.serial, earlier))
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
    saq: SaqDetermination | undefined,
    devices: readonly {device: Device; index: number}[],
    date: string,
  ): void {
    const inUse = devices.filter((d) => isInUse(d.device))
    for (const control of controlsForRole(this.catalog, role)) {
      const checks = control.device_checks ?? []
      if (checks.length === 0 || !controlApplies(control, profile, saq)) continue
      const answer = controls[control.id]
      if (!isRecord(answer) || answer.status !== 'in_place' || this.problemWithin(['controls', control.id])) continue
      if (inUse.length === 0 && this.usable(['inventory'])) {
        // Checks that pass because there is nothing to check would make the claim meaningless.
        this.report(['inventory'], 'inventory', this.say.noTerminalInUse(control.id), true)
      }
      for (const {device, index} of inUse) {
        for (const check of checks) {
          const options = {date, intervalDays: inspectionIntervalDays(control, profile)}
          for (const problem of checkDevice(device, check, options)) {
            this.report(['inventory', index, problem.field], 'inventory', this.say.terminalContradicts(control.id, problem, device, options))
          }
        }
      }
    }
  }

  // ── sites (an organisation with several) ────────────────────────────────

  private usableSites(v: Record<string, unknown>): {site: Record<string, unknown>; index: number}[] {
    if (!Array.isArray(v.sites) || !this.usable(['sites'])) return []
    return v.sites.flatMap((site, index) => (isRecord(site) && this.usable(['sites', index]) ? [{site, index}] : []))
  }

  /** A site's terminals with their index, leaving out entries the schema rejected. */
  private siteDevices(site: Record<string, unknown>, index: number): {device: Device; index: number}[] {
    if (!Array.isArray(site.inventory) || !this.usable(['sites', index, 'inventory'])) return []
    return site.inventory.flatMap((device, j) => (this.problemWithin(['sites', index, 'inventory', j]) ? [] : [{device: device as Device, index: j}]))
  }

  private siteName(site: Record<string, unknown>, index: number): string {
    return typeof site.id === 'string' ? site.id : `sites.${index}`
  }

  /** Site ids once each, every terminal under its site and at one site only, and no site date after the assessment. */
  private checkSiteShapes(
    sites: readonly {site: Record<string, unknown>; index: number}[],
    devices: readonly {device: Device; index: number}[],
    date: string | undefined,
  ): void {
    const firstId = new Map<string, number>()
    for (const {site, index} of sites) {
      if (typeof site.id !== 'string' || !this.usable(['sites', index, 'id'])) continue
      const earlier = firstId.get(site.id)
      if (earlier === undefined) firstId.set(site.id, index)
      else this.report(['sites', index, 'id'], 'site-duplicate', this.say.siteDuplicate(index, site.id, earlier))
    }
    if (devices.length > 0) this.report(['inventory'], 'site-inventory', this.say.inventoryOutsideSites(devices.length), true)
    // A serial is one terminal: listed at two sites (or twice at one), one of the entries is wrong.
    const seen = new Map<string, string>(devices.map(({device, index}) => [device.serial, `inventory.${index}`]))
    for (const {site, index} of sites) {
      for (const {device, index: j} of this.siteDevices(site, index)) {
        const at: Segment[] = ['sites', index, 'inventory', j]
        const earlier = seen.get(device.serial)
        if (earlier === undefined) seen.set(device.serial, this.say.path(at))
        else this.report([...at, 'serial'], 'duplicate-serial', this.say.duplicateSerialAt(this.say.path([...at, 'serial']), device.serial, earlier))
      }
    }
    if (!date) return
    const past: {at: Segment[]; value: unknown}[] = []
    for (const {site, index} of sites) {
      if (Array.isArray(site.inventory)) {
        site.inventory.forEach((d, j) => past.push({at: ['sites', index, 'inventory', j, 'last_inspection'], value: isRecord(d) ? d.last_inspection : undefined}))
      }
      if (!isRecord(site.controls)) continue
      for (const [id, answer] of Object.entries(site.controls)) {
        const evidence = isRecord(answer) ? answer.evidence : undefined
        if (!Array.isArray(evidence)) continue
        evidence.forEach((e, i) => past.push({at: ['sites', index, 'controls', id, 'evidence', i, 'date'], value: isRecord(e) ? e.date : undefined}))
      }
    }
    for (const {at, value} of past) {
      const when = this.usableDate(at, value)
      if (when && when > date) this.report(at, 'future-date', this.say.afterAssessment(this.say.path(at), when, date))
    }
  }

  /**
   * Each site's own answers: only to per-site controls of the catalog (`scope: site`), each complete as any answer
   * is; then every in-place claim, the organisation's or the site's, against the site's own terminals.
   */
  private checkSiteAnswers(
    sites: readonly {site: Record<string, unknown>; index: number}[],
    controls: Record<string, unknown>,
    role: Role,
    profile: Profile,
    saq: SaqDetermination | undefined,
    date: string | undefined,
  ): void {
    for (const {site, index} of sites) {
      const siteId = this.siteName(site, index)
      const own = isRecord(site.controls) && this.usable(['sites', index, 'controls']) ? site.controls : {}
      for (const [id, answer] of Object.entries(own)) {
        if (!/^[A-Z]{2,5}-[0-9]{2}$/.test(id)) continue // its schema error says so
        const base: Segment[] = ['sites', index, 'controls', id]
        const control = this.catalog.byId.get(id)
        if (!control || !control.roles.includes(role)) {
          this.report(base, 'unknown-control', this.say.siteUnknownControl(this.say.path(base), id, this.catalog.meta.id, this.catalog.meta.version), true)
          continue
        }
        if (control.scope !== 'site') {
          this.report(base, 'site-scope', this.say.notPerSite(this.say.path(base), id, siteId), true)
          continue
        }
        if (!isRecord(answer) || this.problemWithin(base)) continue
        const label = this.say.siteControl(id, siteId)
        if (!hasStatus(answer)) {
          const at = Object.hasOwn(answer, 'status') ? [...base, 'status'] : base
          this.report(at, 'unanswered', this.say.noStatus(label, ANSWER_STATUSES), at === base)
          continue
        }
        this.checkStatusRequirements(control, answer, date, base, label)
        if (date) this.checkReviewBy(control, answer, date, base, label)
        this.checkEvidence(control, answer, date, base, label)
      }
      if (!date) continue
      const inUse = this.siteDevices(site, index).filter((d) => isInUse(d.device))
      for (const control of controlsForRole(this.catalog, role)) {
        const checks = control.device_checks ?? []
        if (checks.length === 0 || !controlApplies(control, profile, saq)) continue
        const ownAnswer = control.scope === 'site' && Object.hasOwn(own, control.id)
        const answer = ownAnswer ? own[control.id] : controls[control.id]
        const answerAt: Segment[] = ownAnswer ? ['sites', index, 'controls', control.id] : ['controls', control.id]
        if (!isRecord(answer) || answer.status !== 'in_place' || this.problemWithin(answerAt)) continue
        const label = this.say.siteControl(control.id, siteId)
        if (inUse.length === 0 && this.usable(['sites', index, 'inventory'])) {
          this.report(['sites', index, 'inventory'], 'inventory', this.say.noTerminalInUse(label), true)
        }
        const options = {date, intervalDays: inspectionIntervalDays(control, profile)}
        for (const {device, index: j} of inUse) {
          for (const check of checks) {
            for (const problem of checkDevice(device, check, options)) {
              this.report(['sites', index, 'inventory', j, problem.field], 'inventory', this.say.terminalContradicts(label, problem, device, options))
            }
          }
        }
      }
    }
  }

  // ── output ───────────────────────────────────────────────────────────────

  private report(at: JsonPath, rule: string, message: string, atKey = false, severity: Diagnostic['severity'] = 'error'): void {
    const position = atKey ? this.source.locate(at, {key: true}) : this.source.locate(at)
    this.out.push(diagnostic(this.source.file, position, rule, message, severity))
  }
}

function isRole(value: unknown): value is Role {
  return value === 'merchant' || value === 'acquirer'
}
