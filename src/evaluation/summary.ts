import type {AssessmentResult} from '../generated/result.js'

/** The few lines `evaluate` prints on stderr after writing a result: verdict, score, gaps by priority. */
export function summarizeResult(result: AssessmentResult, written: string): string {
  const gaps = result.remediation.length
  const byPriority = (['P1', 'P2', 'P3', 'P4'] as const)
    .map((p) => [p, result.remediation.filter((r) => r.priority === p).length] as const)
    .filter(([, n]) => n > 0)
    .map(([p, n]) => `${p} ${n}`)
  const lines = [
    `Verdict: ${result.verdict === 'compliant' ? 'compliant' : 'non-compliant'}`,
    `Score: ${result.scores.overall} of 100 (${result.controls.length} applicable controls, ${result.excluded.length} excluded)`,
    `Gaps: ${gaps}${gaps > 0 ? ` (${byPriority.join(', ')})` : ''}`,
  ]
  const c = result.changes
  if (c) {
    lines.push(
      `Since ${c.previous_date} (${c.previous_score}): ${c.resolved.length} resolved, ${c.new_gaps.length} new, ${c.still_open.length} still open`,
    )
  }
  lines.push(`Wrote ${written}`)
  return `${lines.join('\n')}\n`
}
