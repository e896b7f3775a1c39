import {localized} from '../../catalog/catalog.js'
import {lacksRequiredEvidence} from '../../model/completeness.js'
import {answerOf, applicableControls, unfinishedParts} from './controls.js'
import {REVIEW_MESSAGES} from './review-messages.js'
import type {WalkthroughSession} from './session.js'

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

/** Shows what is answered, the gaps with their owners and dates, what is still open, and what to run next. */
export function review(s: WalkthroughSession): WalkthroughSummary {
  const m = REVIEW_MESSAGES[s.lang]
  const lang = s.lang
  const applicable = applicableControls(s)
  const summary: WalkthroughSummary = {applicable: applicable.length, answered: 0, gaps: [], unanswered: [], incomplete: [], withoutEvidence: []}
  for (const control of applicable) {
    const answer = answerOf(s, control.id)
    const missing = unfinishedParts(answer)
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
    if (lacksRequiredEvidence(answer, control.evidence.required)) summary.withoutEvidence.push(control.id)
  }
  s.heading(m.section)
  s.print(m.done(summary.answered, summary.applicable))
  if (summary.gaps.length === 0) s.print(m.noGaps)
  else {
    s.print(m.gaps)
    for (const gap of summary.gaps) s.print(m.gapLine(gap.id, gap.title, gap.owner ?? '', gap.target_date ?? ''))
  }
  const list = (title: string, ids: string[]) => {
    if (ids.length === 0) return
    s.print(title)
    for (const id of ids) s.print(`  ${id}  ${localized(s.options.catalog.byId.get(id)!.title, lang)}`)
  }
  list(m.unanswered, summary.unanswered)
  list(m.incomplete, summary.incomplete)
  list(m.withoutEvidence, summary.withoutEvidence)
  s.print('')
  if (summary.unanswered.length > 0 || summary.incomplete.length > 0) s.print(m.resume(s.options.file))
  for (const line of m.next(s.options.file)) s.print(line)
  return summary
}
