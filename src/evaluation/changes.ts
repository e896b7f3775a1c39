import type {AssessmentResult, Changes, ControlResult} from '../generated/result.js'

/**
 * What changed since a previous result. Lists about the current controls follow the current catalog order;
 * removed controls follow the previous result's order. A previous gap whose control no longer applies is
 * reported as removed, not as resolved: it was not fixed, it left the scope.
 */
export function compareResults(previous: AssessmentResult, controls: readonly ControlResult[]): Changes {
  const before = new Map(previous.controls.map((c) => [c.id, c]))
  const now = new Set(controls.map((c) => c.id))
  const wasGap = (id: string) => before.has(id) && before.get(id)!.finding !== null
  return {
    previous_date: previous.assessment.date,
    previous_verdict: previous.verdict,
    previous_score: previous.scores.overall,
    resolved: controls.filter((c) => c.finding === null && wasGap(c.id)).map((c) => c.id),
    new_gaps: controls.filter((c) => c.finding !== null && !wasGap(c.id)).map((c) => c.id),
    still_open: controls.filter((c) => c.finding !== null && wasGap(c.id)).map((c) => c.id),
    added_controls: controls.filter((c) => !before.has(c.id)).map((c) => c.id),
    removed_controls: previous.controls.filter((c) => !now.has(c.id)).map((c) => c.id),
  }
}
