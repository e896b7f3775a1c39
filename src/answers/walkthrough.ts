import {stat} from 'node:fs/promises'
import path from 'node:path'
import {conditionHolds} from '../catalog/applicability.js'
import {controlsForRole, localized, type Catalog, type CatalogControl} from '../catalog/catalog.js'
import {UserError} from '../errors.js'
import type {Answer, Device, Profile} from '../generated/answers.js'
import {findCardNumbers} from '../pan.js'
import {schemaDocument} from '../schemas.js'
import {factsForRole} from './answers-template.js'
import {openAnswersDocument, type AnswersDocument, type YamlPath} from './answers-document.js'
import {
  isWalkthroughLanguage,
  walkthroughMessages,
  WALKTHROUGH_LANGUAGES,
  type CcwField,
  type ControlStatus,
  type DeviceState,
  type WalkthroughLanguage,
  type WalkthroughMessages,
} from './walkthrough-messages.js'
import {addDays} from '../evaluation/device-checks.js'
import {isIsoDate, PLACEHOLDER} from './validate.js'
import type {WalkthroughPrompts} from './walkthrough-prompts.js'

export interface WalkthroughIo {
  /** Shows one or more lines between questions (on the same stream the prompts draw on). */
  print(text: string): void
}

export interface WalkthroughOptions {
  catalog: Catalog
  /** The answers file; created if absent or empty. */
  file: string
  /** Language of the questions. */
  lang: WalkthroughLanguage
  /** Assessment date offered as the default (the command's --date, or today). */
  date: string
  /** Only ask the controls of this domain. */
  domain?: string
  prompts: WalkthroughPrompts
  io: WalkthroughIo
}

export interface WalkthroughGap {
  id: string
  title: string
  owner?: string
  target_date?: string
}

/** Where the answers stand when the walk-through ends. */
export interface WalkthroughSummary {
  /** Applicable controls (all domains). */
  applicable: number
  /** Applicable controls whose answer is complete. */
  answered: number
  gaps: WalkthroughGap[]
  unanswered: string[]
  incomplete: string[]
  withoutEvidence: string[]
}

const STATUSES: readonly ControlStatus[] = ['in_place', 'in_place_ccw', 'not_applicable', 'not_in_place']
const DEVICE_STATES: readonly DeviceState[] = ['in-use', 'spare', 'in-repair', 'retired']
const CCW_FIELDS: readonly CcwField[] = ['constraint', 'objective', 'identified_risk', 'definition', 'validation', 'maintenance']
const REQUIRED_DEVICE_FIELDS = ['serial', 'make', 'model', 'state'] as const
const SHORT_TEXT = 200
const FREE_TEXT = 4000

/**
 * The guided walk-through: asks what the answers file still lacks (assessment details, scoping
 * facts, terminals, then the applicable controls domain by domain) and saves after every answer,
 * so stopping at any point loses at most the question on screen and a re-run carries on from there.
 */
export async function runWalkthrough(options: WalkthroughOptions): Promise<WalkthroughSummary> {
  if (options.domain !== undefined && !options.catalog.domains.some((d) => d.id === options.domain)) {
    throw new UserError(
      'unknown-domain',
      `unknown domain '${options.domain}'; the catalog has: ${options.catalog.domains.map((d) => d.id).join(', ')}`,
    )
  }
  const document = await openAnswersDocument(options.file)
  document.controlOrder = options.catalog.controls.map((c) => c.id)
  return new Walkthrough(options, document).run()
}

/** The assessment language an answers file already names, to ask the questions in (undefined for a new file). */
export async function answersLanguage(file: string): Promise<WalkthroughLanguage | undefined> {
  const language = (await openAnswersDocument(file)).get(['assessment', 'language'])
  return isWalkthroughLanguage(language) ? language : undefined
}

/** What a control's answer still needs; empty when it is complete. */
export function missingAnswerParts(answer: Answer | undefined): string[] {
  const status = answer?.status
  if (status === undefined || status === null) return ['status']
  const missing: string[] = []
  if (status === 'not_applicable' && !answer!.justification) missing.push('justification')
  if (status === 'in_place_ccw') {
    for (const field of CCW_FIELDS) if (!answer!.ccw?.[field]) missing.push(`ccw.${field}`)
  }
  if (status === 'not_in_place') {
    if (!answer!.owner) missing.push('owner')
    if (!answer!.target_date) missing.push('target_date')
  }
  const evidence = Array.isArray(answer!.evidence) ? answer!.evidence : []
  evidence.forEach((item, index) => {
    if (!item?.date) missing.push(`evidence.${index}.date`)
  })
  return missing
}

class Walkthrough {
  private readonly m: WalkthroughMessages

  constructor(
    private readonly options: WalkthroughOptions,
    private readonly doc: AnswersDocument,
  ) {
    this.m = walkthroughMessages(options.lang)
  }

  async run(): Promise<WalkthroughSummary> {
    this.print(this.m.intro(this.options.file))
    await this.assessment()
    await this.scope()
    if (this.role() === 'merchant') await this.inventory()
    await this.controls()
    return this.review()
  }

  // ---- assessment -------------------------------------------------------------------------

  private role(): 'merchant' | 'acquirer' {
    const role = this.doc.get(['assessment', 'role'])
    if (role === 'merchant' || role === 'acquirer') return role
    throw new UserError('bad-role', `${this.options.file}: assessment.role is '${String(role)}'; it must be merchant or acquirer`)
  }

  private assessmentComplete(): boolean {
    const has = (...p: string[]) => present(this.doc.get(['assessment', ...p]))
    const role = this.doc.get(['assessment', 'role'])
    const roleFields = role === 'merchant' ? has('entity', 'merchant_id') && has('acquirer') : role === 'acquirer' ? has('entity', 'acquirer_id') : false
    return (
      roleFields &&
      has('entity', 'legal_name') &&
      has('date') &&
      has('period', 'start') &&
      has('period', 'end') &&
      has('assessor', 'name') &&
      has('assessor', 'title') &&
      has('assessor', 'email') &&
      has('language')
    )
  }

  private async assessment(): Promise<void> {
    const m = this.m
    if (this.assessmentComplete()) {
      const a = this.doc.get(['assessment']) as Record<string, any>
      this.print(m.sectionComplete(m.sectionAssessment, `${a.entity.legal_name}, ${a.role}, ${a.date}`))
      return
    }
    this.heading(m.sectionAssessment)
    const ask = async (p: YamlPath, question: () => Promise<string>) => {
      if (present(this.doc.get(['assessment', ...p]))) return
      const value = await question()
      if (value !== '') await this.put(['assessment', ...p], value)
      else await this.dropPlaceholder(['assessment', ...p])
    }
    await ask(['entity', 'legal_name'], () => this.text(m.legalName, {required: true}))
    await ask(['entity', 'trading_name'], () => this.text(m.tradingName))
    await ask(['role'], () =>
      this.options.prompts.select({
        message: m.role,
        choices: [
          {value: 'merchant', name: m.roleMerchant},
          {value: 'acquirer', name: m.roleAcquirer},
        ],
      }),
    )
    if (this.role() === 'merchant') {
      await ask(['entity', 'merchant_id'], () => this.text(m.merchantId, {required: true, identifier: true}))
      await ask(['acquirer'], () => this.text(m.acquirerName, {required: true}))
    } else {
      await ask(['entity', 'acquirer_id'], () => this.text(m.acquirerId, {required: true, identifier: true}))
    }
    await ask(['entity', 'country'], async () =>
      (await this.text(m.country, {check: (v) => (/^[A-Za-z]{2}$/.test(v) ? undefined : m.badCountry)})).toUpperCase(),
    )
    await ask(['date'], () => this.date(m.assessmentDate, {required: true, default: this.options.date}))
    const assessed = String(this.doc.get(['assessment', 'date']))
    await ask(['period', 'start'], () =>
      this.date(m.periodStart, {required: true, default: addDays(addYears(assessed, -1), 1), notAfter: assessed}),
    )
    const start = String(this.doc.get(['assessment', 'period', 'start']))
    await ask(['period', 'end'], () => this.date(m.periodEnd, {required: true, default: assessed, notBefore: start}))
    await ask(['assessor', 'name'], () => this.text(m.assessorName, {required: true}))
    await ask(['assessor', 'title'], () => this.text(m.assessorTitle, {required: true}))
    await ask(['assessor', 'email'], () =>
      this.text(m.assessorEmail, {
        required: true,
        maxLength: 254,
        check: (v) => (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? undefined : m.badEmail),
      }),
    )
    await ask(['language'], () =>
      this.options.prompts.select({
        message: m.reportLanguage,
        choices: WALKTHROUGH_LANGUAGES.map((l) => ({value: l, name: l === 'en' ? 'English' : '简体中文 (zh-CN)'})),
        default: this.options.lang,
      }),
    )
  }

  // ---- scope (profile facts) --------------------------------------------------------------

  private async scope(): Promise<void> {
    const m = this.m
    // The same facts `posattest init` lists for the role.
    const facts = factsForRole(this.options.catalog, this.role())
    const needed = facts.filter((f) => profileSchema().properties[f].type !== 'string')
    if (needed.every((f) => present(this.doc.get(['profile', f])))) {
      this.print(m.sectionComplete(m.sectionScope, m.factCount(needed.length)))
      return
    }
    this.heading(m.sectionScope)
    for (const fact of facts) {
      if (present(this.doc.get(['profile', fact]))) continue
      if (fact === 'p2pe_listing_id' && this.doc.get(['profile', 'p2pe_solution']) !== true) {
        await this.dropPlaceholder(['profile', fact])
        continue
      }
      const schema = profileSchema().properties[fact]
      const words = m.facts[fact] ?? {question: String(schema.description ?? fact), explanation: ''}
      if (words.explanation) this.print(`  ${words.explanation}`)
      let value: unknown
      if (schema.type === 'boolean') {
        value = await this.options.prompts.confirm({message: words.question, default: false})
      } else if (schema.type === 'integer') {
        const minimum = Number(schema.minimum ?? 0)
        value = Number(
          await this.text(words.question, {
            required: true,
            check: (v) => (/^[0-9]+$/.test(v) && Number(v) >= minimum && Number(v) <= Number(schema.maximum ?? Number.MAX_SAFE_INTEGER) ? undefined : m.badInteger(minimum)),
          }),
        )
      } else if (schema.type === 'array') {
        const options: string[] = schema.items.enum
        value = await this.options.prompts.checkbox({
          message: words.question,
          choices: options.map((o) => ({value: o, name: m.connectionNames[o] ?? o})),
        })
      } else {
        value = await this.text(words.question, {maxLength: Number(schema.maxLength ?? SHORT_TEXT)})
        if (value === '') {
          await this.dropPlaceholder(['profile', fact])
          continue
        }
      }
      await this.put(['profile', fact], value)
    }
  }

  // ---- terminal inventory -----------------------------------------------------------------

  private devices(): Partial<Device>[] {
    const inventory = this.doc.get(['inventory'])
    return Array.isArray(inventory) ? (inventory as Partial<Device>[]) : []
  }

  private async inventory(): Promise<void> {
    const m = this.m
    const devices = this.devices()
    const incomplete = devices.flatMap((d, i) => (REQUIRED_DEVICE_FIELDS.every((f) => present(d?.[f])) ? [] : [i]))
    if (devices.length > 0 && incomplete.length === 0) {
      this.print(m.sectionComplete(m.sectionInventory, m.inventoryCount(devices.length)))
      return
    }
    this.heading(m.sectionInventory)
    for (const index of incomplete) await this.deviceFields(index)
    if (devices.length > 0) return
    const how = await this.options.prompts.select({
      message: m.inventoryHow,
      choices: [
        {value: 'add', name: m.inventoryAddNow},
        {value: 'import', name: m.inventoryImportLater},
      ],
    })
    if (how === 'import') {
      this.print(m.inventoryImportHint(this.options.file))
      return
    }
    do {
      const serial = await this.text(m.deviceSerial, {
        required: true,
        maxLength: 64,
        identifier: true,
        check: (v) => (this.doc.deviceIndex(v) >= 0 ? m.deviceDuplicateSerial(v) : undefined),
      })
      const index = this.doc.append(['inventory'], {serial})
      await this.doc.save()
      await this.deviceFields(index)
    } while (await this.options.prompts.confirm({message: m.deviceAnother, default: false}))
  }

  /** Asks every field the terminal at this index lacks. */
  private async deviceFields(index: number): Promise<void> {
    const m = this.m
    const has = (field: keyof Device) => present(this.doc.get(['inventory', index, field]))
    const ask = async (field: keyof Device, question: () => Promise<unknown>) => {
      if (has(field)) return
      const value = await question()
      if (value !== '' && !(Array.isArray(value) && value.length === 0)) await this.put(['inventory', index, field], value)
      else await this.dropPlaceholder(['inventory', index, field])
    }
    await ask('serial', () => this.text(m.deviceSerial, {required: true, maxLength: 64, identifier: true}))
    this.print(m.deviceHeading(String(this.doc.get(['inventory', index, 'serial']))))
    await ask('make', () => this.text(m.deviceMake, {required: true}))
    await ask('model', () => this.text(m.deviceModel, {required: true}))
    await ask('state', () =>
      this.options.prompts.select({message: m.deviceState, choices: DEVICE_STATES.map((s) => ({value: s, name: m.deviceStates[s]}))}),
    )
    await ask('location', () => this.text(m.deviceLocation))
    await ask('pts_approval', () => this.text(m.devicePtsApproval, {maxLength: 40, identifier: true}))
    await ask('pts_expiry', () => this.date(m.devicePtsExpiry, {}))
    await ask('firmware', () => this.text(m.deviceFirmware, {maxLength: 64, identifier: true}))
    await ask('seal_ids', async () => splitList(await this.text(m.deviceSealIds, {maxLength: FREE_TEXT, identifier: true})))
    await ask('last_inspection', () => this.date(m.deviceLastInspection, {notAfter: this.assessmentDate()}))
  }

  // ---- controls ---------------------------------------------------------------------------

  private applicableControls(): CatalogControl[] {
    const profile = (this.doc.get(['profile']) ?? {}) as Profile
    return controlsForRole(this.options.catalog, this.role()).filter((c) => conditionHolds(c.applies_when, profile))
  }

  private answerOf(id: string): Answer | undefined {
    const answer = this.doc.get(['controls', id])
    return answer !== null && typeof answer === 'object' ? (answer as Answer) : undefined
  }

  private async controls(): Promise<void> {
    const m = this.m
    const applicable = this.applicableControls()
    const domains = this.options.catalog.domains.filter((d) => applicable.some((c) => c.domain === d.id))
    const scope = this.options.domain ? applicable.filter((c) => c.domain === this.options.domain) : applicable
    this.heading(m.sectionControls)
    const open = scope.filter((c) => missingAnswerParts(this.answerOf(c.id)).length > 0)
    if (open.length === 0) {
      this.print(m.allAnswered(scope.length))
      return
    }
    if (open.length < scope.length) this.print(m.resumeAt(scope.length - open.length, scope.length, open[0]!.id))
    for (const control of open) {
      const domainNumber = domains.findIndex((d) => d.id === control.domain) + 1
      const controlNumber = applicable.indexOf(control) + 1
      await this.control(control, m.progress(domainNumber, domains.length, controlNumber, applicable.length))
    }
  }

  private async control(control: CatalogControl, progress: string): Promise<void> {
    const m = this.m
    const lang = this.options.lang
    const id = control.id
    const at = (...p: (string | number)[]): YamlPath => ['controls', id, ...p]
    this.print('')
    this.print(progress)
    this.print(`${id} · ${localized(control.title, lang)}`)
    this.print(localized(control.question, lang))
    this.print(m.guidance(localized(control.guidance, lang)))
    this.print(m.evidenceExpected(control.evidence.required, localized(control.evidence.description, lang), control.evidence.max_age_days))

    let answer = this.answerOf(id)
    if (answer?.status === undefined || answer.status === null) {
      const status = await this.options.prompts.select({
        message: m.status,
        choices: STATUSES.map((s) => ({value: s, name: m.statusNames[s]})),
      })
      await this.put(at('status'), status)
      answer = this.answerOf(id)
    }
    const status = answer!.status as ControlStatus
    const missing = (field: string) => !present(this.doc.get(at(...field.split('.'))))

    if (status === 'not_applicable' && missing('justification')) {
      await this.put(at('justification'), await this.text(m.justification, {required: true, maxLength: FREE_TEXT}))
    }
    if (status === 'in_place_ccw') {
      this.print(m.ccwIntro)
      for (const field of CCW_FIELDS) {
        if (!missing(`ccw.${field}`)) continue
        const words = m.ccwFields[field]
        this.print(`  ${words.explanation}`)
        await this.put(at('ccw', field), await this.text(words.question, {required: true, maxLength: FREE_TEXT}))
      }
    }
    if (status === 'not_in_place') {
      if (missing('owner')) await this.put(at('owner'), await this.text(m.owner, {required: true}))
      if (missing('target_date')) {
        const assessed = this.assessmentDate()
        const target = await this.date(m.targetDate(control.remediation.deadline_days), {
          required: true,
          default: addDays(assessed, control.remediation.deadline_days),
          notBefore: assessed,
        })
        await this.put(at('target_date'), target)
      }
    }
    if (status === 'in_place' || status === 'in_place_ccw') await this.evidence(control)
    if (missing('notes')) {
      const notes = await this.text(m.notes, {maxLength: FREE_TEXT})
      if (notes !== '') await this.put(at('notes'), notes)
    }
  }

  private async evidence(control: CatalogControl): Promise<void> {
    const m = this.m
    const at = (...p: (string | number)[]): YamlPath => ['controls', control.id, 'evidence', ...p]
    const existing = this.doc.get(at())
    const items = Array.isArray(existing) ? (existing as Record<string, unknown>[]) : []
    for (const [index, item] of items.entries()) {
      if (!present(item?.date)) await this.evidenceDate(control, index, String(item?.path ?? item?.url ?? ''))
    }
    if (items.length > 0) return
    if (control.evidence.required) this.print(m.evidenceNeeded)
    for (;;) {
      const location = await this.text(m.evidenceLocation, {
        maxLength: 2000,
        check: (v) => (isUrlLike(v) ? (isHttpUrl(v) ? undefined : m.badUrl) : v.length > 500 ? m.tooLong(500) : undefined),
      })
      if (location === '') return
      const index = this.doc.append(at(), isUrlLike(location) ? {url: location} : {path: location})
      await this.doc.save()
      await this.evidenceDate(control, index, location)
    }
  }

  private async evidenceDate(control: CatalogControl, index: number, location: string): Promise<void> {
    const assessed = this.assessmentDate()
    let modified: string | undefined
    if (location !== '' && !isUrlLike(location)) {
      modified = await fileDate(path.resolve(path.dirname(this.options.file), location))
      if (modified === undefined) this.print(this.m.evidenceMissingFile(location))
    }
    const date = await this.date(this.m.evidenceDate, {
      required: true,
      default: modified !== undefined && modified <= assessed ? modified : undefined,
      notAfter: assessed,
    })
    await this.put(['controls', control.id, 'evidence', index, 'date'], date)
    if (date < addDays(assessed, -control.evidence.max_age_days)) this.print(this.m.evidenceStale(date, control.evidence.max_age_days))
  }

  // ---- review -----------------------------------------------------------------------------

  private review(): WalkthroughSummary {
    const m = this.m
    const lang = this.options.lang
    const applicable = this.applicableControls()
    const summary: WalkthroughSummary = {applicable: applicable.length, answered: 0, gaps: [], unanswered: [], incomplete: [], withoutEvidence: []}
    for (const control of applicable) {
      const answer = this.answerOf(control.id)
      const missing = missingAnswerParts(answer)
      if (missing.includes('status')) summary.unanswered.push(control.id)
      else if (missing.length > 0) summary.incomplete.push(control.id)
      else summary.answered++
      if (answer?.status === 'not_in_place') {
        summary.gaps.push({
          id: control.id,
          title: localized(control.title, lang),
          ...(answer.owner ? {owner: answer.owner} : {}),
          ...(answer.target_date ? {target_date: answer.target_date} : {}),
        })
      }
      const evidence = Array.isArray(answer?.evidence) ? answer!.evidence : []
      if ((answer?.status === 'in_place' || answer?.status === 'in_place_ccw') && control.evidence.required && evidence.length === 0) {
        summary.withoutEvidence.push(control.id)
      }
    }
    this.heading(m.sectionReview)
    this.print(m.reviewDone(summary.answered, summary.applicable))
    if (summary.gaps.length === 0) this.print(m.reviewNoGaps)
    else {
      this.print(m.reviewGaps)
      for (const gap of summary.gaps) this.print(m.reviewGapLine(gap.id, gap.title, gap.owner ?? '', gap.target_date ?? ''))
    }
    const list = (title: string, ids: string[]) => {
      if (ids.length === 0) return
      this.print(title)
      for (const id of ids) this.print(`  ${id}  ${localized(this.options.catalog.byId.get(id)!.title, lang)}`)
    }
    list(m.reviewUnanswered, summary.unanswered)
    list(m.reviewIncomplete, summary.incomplete)
    list(m.reviewWithoutEvidence, summary.withoutEvidence)
    this.print('')
    if (summary.unanswered.length > 0 || summary.incomplete.length > 0) this.print(m.reviewResume(this.options.file))
    for (const line of m.reviewNext(this.options.file)) this.print(line)
    return summary
  }

  // ---- asking and saving ------------------------------------------------------------------

  private print(text: string): void {
    this.options.io.print(text)
  }

  private heading(title: string): void {
    this.print('')
    this.print(`== ${title} ==`)
  }

  private assessmentDate(): string {
    const date = this.doc.get(['assessment', 'date'])
    return typeof date === 'string' && isIsoDate(date) ? date : this.options.date
  }

  /** Stores one answer and writes the file at once, so stopping later cannot lose it. */
  private async put(p: YamlPath, value: unknown): Promise<void> {
    this.doc.set(p, value)
    await this.doc.save()
  }

  /** A question skipped where the file held a CHANGE ME placeholder: the placeholder line goes. */
  private async dropPlaceholder(p: YamlPath): Promise<void> {
    const value = this.doc.get(p)
    if (typeof value === 'string' && value.startsWith(PLACEHOLDER)) await this.put(p, undefined)
  }

  /**
   * Asks for free text and returns it trimmed ('' when skipped). A card number is refused at the
   * prompt, shown masked, so it never reaches the file.
   */
  private text(
    message: string,
    options: {
      required?: boolean
      default?: string
      maxLength?: number
      /** An identifier (merchant id, serial…), exempt from the card-number check: see identifier-fields.ts. */
      identifier?: boolean
      check?: (value: string) => string | undefined
    } = {},
  ): Promise<string> {
    const m = this.m
    const maxLength = options.maxLength ?? SHORT_TEXT
    return this.options.prompts
      .input({
        message,
        ...(options.default === undefined ? {} : {default: options.default}),
        validate: (raw) => {
          const value = raw.trim()
          const card = options.identifier ? undefined : findCardNumbers(value)[0]
          if (card) return m.cardNumber(card.masked)
          if (value === '') return options.required ? m.required : true
          if (value.length > maxLength) return m.tooLong(maxLength)
          return options.check?.(value) ?? true
        },
      })
      .then((value) => value.trim())
  }

  private date(message: string, options: {required?: boolean; default?: string; notAfter?: string; notBefore?: string}): Promise<string> {
    const m = this.m
    return this.text(message, {
      ...(options.required === undefined ? {} : {required: options.required}),
      ...(options.default === undefined ? {} : {default: options.default}),
      check: (value) => {
        if (!isIsoDate(value)) return m.badDate
        if (options.notAfter !== undefined && value > options.notAfter) return m.dateAfter(options.notAfter)
        if (options.notBefore !== undefined && value < options.notBefore) return m.dateNotBefore(options.notBefore)
        return undefined
      },
    })
  }
}

/** Given, and not one of the CHANGE ME placeholders `posattest init` writes. */
function present(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '' && !value.startsWith(PLACEHOLDER)
  return value !== undefined && value !== null
}

let profileSchemaCache: {properties: Record<string, any>} | undefined
function profileSchema(): {properties: Record<string, any>} {
  profileSchemaCache ??= schemaDocument('answers').$defs.profile
  return profileSchemaCache!
}

function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  // 29 February a year back becomes 28 February rather than 1 March.
  const day = Math.min(d, new Date(Date.UTC(y + years, m, 0)).getUTCDate())
  return new Date(Date.UTC(y + years, m - 1, day)).toISOString().slice(0, 10)
}

function isUrlLike(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text)
}

function isHttpUrl(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false
  try {
    new URL(text)
    return true
  } catch {
    return false
  }
}

/** A file's modification day (local time), or undefined when it does not exist. */
async function fileDate(file: string): Promise<string | undefined> {
  try {
    const info = await stat(file)
    if (!info.isFile()) return undefined
    const t = info.mtime
    return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`
  } catch {
    return undefined
  }
}

/** Seal ids typed as one line: separated by commas, semicolons, bars or spaces. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;|\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
}
