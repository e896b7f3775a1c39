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
  const saq = result.saq
  if (saq?.type === 'ineligible') {
    lines.splice(1, 0, `SAQ: not eligible for any short SAQ (not met: ${saq.unmet.map((u) => `${u.saq} ${u.criteria.join(', ')}`).join('; ')}); a full SAQ D or a QSA assessment is needed`)
  } else if (saq) {
    lines.splice(1, 0, `SAQ: ${saq.type}`)
  }
  if (result.sites) {
    const withGaps = result.sites.filter((s) => s.verdict !== 'compliant')
    lines.push(
      `Sites: ${result.sites.length}, ${result.sites.length - withGaps.length} compliant` +
        (withGaps.length > 0 ? `; gaps at ${withGaps.map((s) => `${s.id} (${s.score})`).join(', ')}` : ''),
    )
  }
  const c = result.changes
  if (c) {
    lines.push(
      `Since ${c.previous_date} (${c.previous_score}): ${c.resolved.length} resolved, ${c.new_gaps.length} new, ${c.still_open.length} still open`,
    )
  }
  lines.push(`Wrote ${written}`)
  return `${lines.join('\n')}\n`
}
