import {stat} from 'node:fs/promises'
import path from 'node:path'
import {controlApplies} from '../../catalog/applicability.js'
import {determineSaq} from '../../catalog/saq.js'
import {controlsForRole, localized, type CatalogControl} from '../../catalog/catalog.js'
import {compareVersions} from '../../catalog/released-catalogs.js'
import type {Answer, Profile, Scoping} from '../../generated/answers.js'
import {CCW_FIELD_NAMES, CCW_FIELDS} from '../../model/ccw.js'
import {hasStatus, isException, isStale, latestReviewBy, missingAnswerParts} from '../../model/completeness.js'
import {addDays, isDay, localDayOf} from '../../model/day.js'
import {ANSWER_STATUSES, claimsInPlace, STATUS_LABELS, type AnswerStatus} from '../../model/status.js'
import type {YamlPath} from '../answers-document.js'
import type {CatalogUpgrade, Reason} from './catalog-upgrade.js'
import {CONTROLS_MESSAGES} from './controls-messages.js'
import {FREE_TEXT, present, type WalkthroughSession} from './session.js'

/** The controls of the file's role that apply to its profile and serve its SAQ, in catalog order. */
export function applicableControls(s: WalkthroughSession): CatalogControl[] {
  const profile = (s.doc.get(['profile']) ?? {}) as Profile
  const scoping = s.doc.get(['scoping'])
  const saq = determineSaq(s.options.catalog, s.role(), scoping !== null && typeof scoping === 'object' ? (scoping as Scoping) : undefined)
  return controlsForRole(s.options.catalog, s.role()).filter((c) => controlApplies(c, profile, saq))
}

export function answerOf(s: WalkthroughSession, id: string, base: YamlPath = ['controls', id]): Answer | undefined {
  const answer = s.doc.get(base)
  return answer !== null && typeof answer === 'object' ? (answer as Answer) : undefined
}

/**
 * What a control's answer still needs before the walk-through leaves it (empty when it is complete): what its
 * status needs (src/model/completeness.ts), an exception's review date, and a date for every piece of evidence.
 */
export function unfinishedParts(answer: Answer | undefined): string[] {
  const missing: string[] = missingAnswerParts(answer)
  if (missing.includes('status')) return missing
  if (isException(answer?.status) && !isDay(answer?.review_by)) missing.push('review_by')
  const evidence = Array.isArray(answer?.evidence) ? answer.evidence : []
  evidence.forEach((item, index) => {
    if (!item?.date) missing.push(`evidence.${index}.date`)
  })
  return missing
}

/**
 * Asks, domain by domain, every applicable control (of the chosen domain) whose answer is unfinished, and those
 * the upgrade asks again (new or changed since the answers' catalog version, or all with --all); the others keep
 * their answers.
 */
export async function askControls(s: WalkthroughSession, upgrade: CatalogUpgrade): Promise<void> {
  const m = CONTROLS_MESSAGES[s.lang]
  const applicable = applicableControls(s)
  const domains = s.options.catalog.domains.filter((d) => applicable.some((c) => c.domain === d.id))
  const scope = s.options.domain ? applicable.filter((c) => c.domain === s.options.domain) : applicable
  s.heading(m.section)
  // Asked again even though answered: what the upgrade names (an unanswered control is asked anyway).
  const again = (c: CatalogControl) => upgrade.reask.has(c.id) && hasStatus(answerOf(s, c.id))
  const open = scope.filter((c) => again(c) || unfinishedParts(answerOf(s, c.id)).length > 0)
  const changed = scope.filter((c) => {
    const kind = upgrade.reask.get(c.id)?.kind
    return kind === 'added' || kind === 'changed'
  })
  if (open.length === 0) {
    s.print(m.allAnswered(scope.length))
    return
  }
  if (s.options.all) s.print(m.askAll(scope.length))
  else if (changed.length > 0) s.print(m.recheck(upgrade.from, upgrade.changes.to, changed.length))
  else if (open.length < scope.length) s.print(m.resumeAt(scope.length - open.length, scope.length, open[0]!.id))
  for (const control of open) {
    const domainNumber = domains.findIndex((d) => d.id === control.domain) + 1
    const controlNumber = applicable.indexOf(control) + 1
    await askControl(s, control, m.progress(domainNumber, domains.length, controlNumber, applicable.length), upgrade.reask.get(control.id))
  }
}

/**
 * Once every new and changed control that applies has been asked (a run limited to one domain may leave some for
 * later), the answers name the catalog's version, and the answers of controls retired since are removed (the
 * catalog no longer knows them). Nothing changes for a file already at the catalog's version.
 */
export async function finishUpgrade(s: WalkthroughSession, upgrade: CatalogUpgrade): Promise<void> {
  const m = CONTROLS_MESSAGES[s.lang]
  const version = s.options.catalog.meta.version
  const changed = new Set([...upgrade.changes.added, ...upgrade.changes.changed])
  const domain = s.options.domain
  if (domain !== undefined && applicableControls(s).some((c) => changed.has(c.id) && c.domain !== domain)) return
  if (!upgrade.fresh && upgrade.named === version) return
  for (const id of upgrade.changes.retired) {
    if (s.doc.get(['controls', id]) === undefined) continue
    s.doc.set(['controls', id], undefined)
    s.print(m.retired(id, upgrade.changes.versions[id]!))
  }
  await s.put(['catalog_version'], version)
  if (!upgrade.fresh && compareVersions(upgrade.from, version) !== 0) s.print(m.upgraded(upgrade.from, version))
}

/**
 * Asks one control's answer at `base` (a site's own answers are under sites.N.controls); `chooseStatus`, when
 * given, asks the status in its own way (a site may keep the organisation's answer: then nothing more is asked).
 */
export async function askControl(
  s: WalkthroughSession,
  control: CatalogControl,
  progress: string,
  reason: Reason | undefined,
  base: YamlPath = ['controls', control.id],
  chooseStatus?: () => Promise<void>,
): Promise<void> {
  const m = CONTROLS_MESSAGES[s.lang]
  const lang = s.lang
  const id = control.id
  const at = (...p: (string | number)[]): YamlPath => [...base, ...p]
  s.print('')
  s.print(progress)
  s.print(`${id} · ${localized(control.title, lang)}`)
  if (reason?.kind === 'added') s.print(m.newIn(reason.version))
  else if (reason?.kind === 'changed') s.print(m.changedIn(reason.version))
  s.print(localized(control.question, lang))
  s.print(m.guidance(localized(control.guidance, lang)))
  s.print(m.evidenceExpected(control.evidence.required, localized(control.evidence.description, lang), control.evidence.max_age_days))

  const choices = ANSWER_STATUSES.map((value) => ({value, name: STATUS_LABELS[lang][value]}))
  const current = answerOf(s, id, base)
  if (chooseStatus) {
    await chooseStatus()
    if (!hasStatus(answerOf(s, id, base))) return
  } else if (!hasStatus(current)) {
    await s.put(at('status'), await s.prompts.select({message: m.status, choices}))
  } else if (reason !== undefined) {
    // Asked again: the answer given stands unless another status is chosen, which starts the answer afresh
    // (its notes kept, and its evidence while the status still claims the control is in place).
    const before = current!.status as AnswerStatus
    const status = await s.prompts.select({message: m.status, choices, default: before})
    if (status !== before) {
      s.doc.setControlAnswer(id, {
        status,
        ...(current!.notes === undefined ? {} : {notes: current!.notes}),
        ...(claimsInPlace(status) && current!.evidence !== undefined ? {evidence: current!.evidence} : {}),
      })
      await s.doc.save()
    }
  }
  const status = answerOf(s, id, base)!.status as AnswerStatus
  // What this status needs and the answer lacks (src/model/completeness.ts), asked part by part.
  const lacking = missingAnswerParts(answerOf(s, id, base))

  if (lacking.includes('justification')) {
    await s.put(at('justification'), await s.text(m.justification, {required: true, maxLength: FREE_TEXT}))
  }
  if (status === 'in_place_ccw') {
    s.print(m.ccwIntro)
    for (const field of CCW_FIELDS) {
      if (!lacking.includes('ccw') && !lacking.includes(`ccw.${field}`)) continue
      s.print(`  ${m.ccwExplanations[field]}`)
      await s.put(at('ccw', field), await s.text(capitalised(CCW_FIELD_NAMES[lang][field]), {required: true, maxLength: FREE_TEXT}))
    }
  }
  if (isException(status) && !isDay(answerOf(s, id, base)?.review_by)) {
    // An exception stands for at most 12 months (src/model/completeness.ts); an earlier day is allowed, a past one expired.
    const assessed = s.assessmentDate()
    const latest = latestReviewBy(assessed)
    const reviewBy = await s.date(m.reviewBy(latest), {required: true, default: latest, notAfter: latest})
    await s.put(at('review_by'), reviewBy)
    if (reviewBy < assessed) s.print(m.reviewByPast(reviewBy, assessed))
  }
  if (lacking.includes('owner')) await s.put(at('owner'), await s.text(m.owner, {required: true}))
  if (lacking.includes('target_date')) {
    const assessed = s.assessmentDate()
    const target = await s.date(m.targetDate(control.remediation.deadline_days), {
      required: true,
      default: addDays(assessed, control.remediation.deadline_days),
      notBefore: assessed,
    })
    await s.put(at('target_date'), target)
  }
  if (claimsInPlace(status)) await askEvidence(s, control, base)
  if (!s.has(at('notes'))) {
    const notes = await s.text(m.notes, {maxLength: FREE_TEXT})
    if (notes !== '') await s.put(at('notes'), notes)
  }
}

async function askEvidence(s: WalkthroughSession, control: CatalogControl, base: YamlPath): Promise<void> {
  const m = CONTROLS_MESSAGES[s.lang]
  const at = (...p: (string | number)[]): YamlPath => [...base, 'evidence', ...p]
  const existing = s.doc.get(at())
  const items = Array.isArray(existing) ? (existing as Record<string, unknown>[]) : []
  for (const [index, item] of items.entries()) {
    if (!present(item?.date)) await askEvidenceDate(s, control, index, String(item?.path ?? item?.url ?? ''), base)
  }
  if (items.length > 0) return
  if (control.evidence.required) s.print(m.evidenceNeeded)
  for (;;) {
    const location = await s.text(m.evidenceLocation, {
      maxLength: 2000,
      check: (v) => (isUrlLike(v) ? (isHttpUrl(v) ? undefined : m.badUrl) : v.length > 500 ? s.m.tooLong(500) : undefined),
    })
    if (location === '') return
    const index = s.doc.append(at(), isUrlLike(location) ? {url: location} : {path: location})
    await s.doc.save()
    await askEvidenceDate(s, control, index, location, base)
  }
}

async function askEvidenceDate(s: WalkthroughSession, control: CatalogControl, index: number, location: string, base: YamlPath): Promise<void> {
  const m = CONTROLS_MESSAGES[s.lang]
  const assessed = s.assessmentDate()
  let modified: string | undefined
  if (location !== '' && !isUrlLike(location)) {
    modified = await fileDate(path.resolve(path.dirname(s.options.file), location))
    if (modified === undefined) s.print(m.evidenceMissingFile(location))
  }
  const date = await s.date(m.evidenceDate, {
    required: true,
    default: modified !== undefined && modified <= assessed ? modified : undefined,
    notAfter: assessed,
  })
  await s.put([...base, 'evidence', index, 'date'], date)
  if (isStale(date, assessed, control.evidence.max_age_days)) s.print(m.evidenceStale(date, control.evidence.max_age_days))
}

/** A worksheet row's name as a question's heading: `identified risk` → `Identified risk`. */
function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
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
    return info.isFile() ? localDayOf(info.mtime) : undefined
  } catch {
    return undefined
  }
}
