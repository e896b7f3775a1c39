import {GATE_RULES} from '../gate/gate.js'
import {openPdf} from '../report/pdf-document.js'
import {COLORS, type PdfLayout, type TableRow} from '../report/pdf-layout.js'
import {EXPIRY_HORIZONS, groupMerchants, type PortfolioSummary} from './summary.js'

/** Tables longer than this list their first rows and point at summary.csv and summary.json for the rest. */
export const MAX_LISTED_ROWS = 500

const OUTCOME_COLORS = {pass: COLORS.green, fail: COLORS.red, error: COLORS.amber} as const
const OUTCOME_LABELS = {pass: 'Pass', fail: 'Fail', error: 'Error (not judged)'} as const

const percent = (count: number, total: number) => (total === 0 ? 0 : (100 * count) / total)
const share = (count: number, total: number) => `${count} (${total === 0 ? 0 : Math.round(percent(count, total))}%)`

/**
 * summary.pdf: the counts by outcome and by failing rule as bar charts, the domains with the most gaps, the
 * assessments expiring soon and the refused submissions. Noto Sans SC (the report's font) renders Latin and
 * Chinese merchant names alike. Every date in the file is the day of judgement, so the same summary always
 * gives the same bytes.
 */
export async function renderSummaryPdf(summary: PortfolioSummary, options: {version: string}): Promise<Buffer> {
  const date = new Date(`${summary.now}T00:00:00Z`)
  const {layout, finish} = openPdf({
    Title: `Portfolio gate summary: ${summary.policy.name} (${summary.now})`,
    Subject: 'posattest portfolio: merchant self-assessments judged against an acquirer policy',
    Creator: `posattest ${options.version}`,
    Producer: 'PDFKit 0.20.2',
    CreationDate: date,
    ModDate: date,
  })
  drawSummary(layout, summary)
  layout.runningHeadersAndFooters(`Portfolio gate summary · ${summary.policy.name} · ${summary.now}`, (page, pages) => `Page ${page} of ${pages}`)
  return finish()
}

/** A section title, kept on the page of what follows it (`keep` points of it). */
function heading(layout: PdfLayout, text: string, keep = 60): void {
  layout.gap(10)
  layout.ensureSpace(keep + 24)
  layout.text(text, layout.left, layout.width, 'bold', 13, COLORS.navy, {after: 4})
}

const SAQ_LABELS: Record<string, string> = {ineligible: 'not eligible (SAQ D or QSA)', none: 'not determined'}

function note(layout: PdfLayout, text: string): void {
  layout.text(text, layout.left, layout.width, 'regular', 8.5, COLORS.muted, {after: 6})
}

/** The merchants: how many, by the outcome of their latest submission, the flagged ones, and each one's latest submission. */
function drawMerchants(layout: PdfLayout, summary: PortfolioSummary): void {
  // A summary merged from files written before merchants were counted has none: they are counted again from its rows.
  const merchants = summary.merchants ?? groupMerchants(summary.rows)
  const {outcomes, ungrouped} = merchants
  heading(layout, 'Merchants')
  layout.field('Merchants', `${merchants.total}: ${outcomes.pass} pass, ${outcomes.fail} fail (by their latest submission)`)
  layout.field('Flagged', String(merchants.flagged))
  layout.field('Not grouped', `${ungrouped.unverified} submissions unverified, ${ungrouped.no_merchant_id} without a merchant id`)
  note(
    layout,
    'A submission counts for a merchant only when its signature was accepted and its result derived; the latest is the newest assessment ' +
      'date of the derived result (then the later trusted timestamp), never a time the signer claims.',
  )
  const flagged = merchants.groups.filter((g) => g.flags.length > 0)
  if (flagged.length > 0) {
    if (flagged.length > MAX_LISTED_ROWS) note(layout, `The first ${MAX_LISTED_ROWS} of ${flagged.length} flagged merchants; summary.json lists them all.`)
    layout.table(
      [
        {header: 'Merchant id', width: 80},
        {header: 'Agent', width: 70},
        {header: 'Merchant', width: 110},
        {header: 'Flags', width: 0},
      ],
      flagged.slice(0, MAX_LISTED_ROWS).map(
        (g): TableRow => ({cells: [g.merchant_id, g.agent ?? '—', g.merchant ?? '—', g.flags.map((f) => `${f.code}: ${f.message}`).join('\n')]}),
      ),
    )
  }
  if (merchants.groups.length > 0) {
    heading(layout, 'Latest submission per merchant', 80)
    if (merchants.groups.length > MAX_LISTED_ROWS) note(layout, `The first ${MAX_LISTED_ROWS} of ${merchants.groups.length}, by merchant id; summary.json lists them all.`)
    layout.table(
      [
        {header: 'Merchant id', width: 80},
        {header: 'Merchant', width: 0},
        {header: 'Assessed', width: 58},
        {header: 'Outcome', width: 40},
        {header: 'Of', width: 24, align: 'right'},
        {header: 'File', width: 120},
      ],
      merchants.groups.slice(0, MAX_LISTED_ROWS).map(
        (g): TableRow => ({
          cells: [
            g.agent === null ? g.merchant_id : `${g.merchant_id} (${g.agent})`,
            g.merchant ?? '—',
            g.latest.assessment_date,
            {text: g.latest.outcome, color: OUTCOME_COLORS[g.latest.outcome], weight: 'bold'},
            String(g.submissions),
            g.latest.file,
          ],
        }),
      ),
    )
  }
}

function drawSummary(layout: PdfLayout, summary: PortfolioSummary): void {
  const {total, outcomes} = summary
  layout.text('Portfolio gate summary', layout.left, layout.width, 'bold', 22, COLORS.navy, {after: 10})
  layout.field('Policy', summary.policy.name)
  layout.field('Day of judgement', summary.now)
  layout.field('Submissions', `${total}: ${outcomes.pass} pass, ${outcomes.fail} fail, ${outcomes.error} error`)
  if (summary.shard) layout.field('Shard', summary.shard)
  layout.field('Policy sha256', summary.policy.sha256)

  heading(layout, 'Outcomes')
  layout.barChart(
    (['pass', 'fail', 'error'] as const).map((outcome) => ({
      label: OUTCOME_LABELS[outcome],
      value: percent(outcomes[outcome], total),
      valueLabel: share(outcomes[outcome], total),
      color: OUTCOME_COLORS[outcome],
    })),
    'share of submissions (%)',
  )

  drawMerchants(layout, summary)

  heading(layout, 'Failing rules')
  if (summary.reasons.length === 0) note(layout, 'No submission failed any rule.')
  else {
    layout.barChart(
      summary.reasons.map(({rule, submissions}) => ({
        label: rule,
        value: percent(submissions, total),
        valueLabel: share(submissions, total),
        color: rule === 'submission' ? COLORS.amber : COLORS.red,
      })),
      'share of submissions failing the rule (%)',
    )
    layout.table(
      [
        {header: 'Rule', width: 110},
        {header: 'What it checks', width: 0},
        {header: 'Submissions', width: 70, align: 'right'},
      ],
      summary.reasons.map(({rule, submissions}) => ({cells: [rule, GATE_RULES[rule], String(submissions)]})),
    )
  }

  heading(layout, 'SAQ types')
  if (summary.saq_types.length === 0) note(layout, 'No submission was judged.')
  else {
    layout.table(
      [
        {header: 'SAQ type', width: 110},
        {header: 'Judged submissions', width: 0, align: 'right'},
      ],
      summary.saq_types.map(({saq_type, submissions}) => ({cells: [SAQ_LABELS[saq_type] ?? saq_type, String(submissions)]})),
    )
  }

  heading(layout, 'Domains with open gaps')
  if (summary.failing_domains.length === 0) note(layout, 'No judged submission has an open gap.')
  else {
    const judged = outcomes.pass + outcomes.fail
    layout.barChart(
      summary.failing_domains.map(({domain, submissions}) => ({
        label: domain,
        value: percent(submissions, judged),
        valueLabel: share(submissions, judged),
        color: COLORS.orange,
      })),
      'share of judged submissions with a gap in the domain (%)',
    )
  }

  heading(layout, `Assessments expiring within ${EXPIRY_HORIZONS.at(-1)} days`, 80)
  const within = summary.expiring.within_days
  note(layout, EXPIRY_HORIZONS.map((days) => `within ${days} days: ${within[`${days}`]}`).join(' · '))
  if (summary.expiring.assessments.length > MAX_LISTED_ROWS) {
    note(layout, `The ${MAX_LISTED_ROWS} expiring first; summary.json lists them all.`)
  }
  if (summary.expiring.assessments.length > 0) {
    layout.table(
      [
        {header: 'Merchant', width: 0},
        {header: 'Merchant id', width: 70},
        {header: 'Expires on', width: 58},
        {header: 'Days left', width: 42, align: 'right'},
        {header: 'Outcome', width: 40},
        {header: 'File', width: 120},
      ],
      summary.expiring.assessments.slice(0, MAX_LISTED_ROWS).map(
        (e): TableRow => ({
          cells: [
            e.merchant ?? '—',
            e.merchant_id ?? '—',
            e.expires_on,
            String(e.days_left),
            {text: e.outcome, color: OUTCOME_COLORS[e.outcome], weight: 'bold'},
            e.file,
          ],
        }),
      ),
    )
  }

  const refused = summary.rows.filter((row) => row.outcome !== 'pass')
  heading(layout, 'Refused submissions', 80)
  if (refused.length === 0) note(layout, 'Every submission passed.')
  else {
    if (refused.length > MAX_LISTED_ROWS) {
      note(layout, `The first ${MAX_LISTED_ROWS} of ${refused.length}, by file name; summary.csv lists them all.`)
    }
    layout.table(
      [
        {header: 'File', width: 120},
        {header: 'Merchant', width: 100},
        {header: 'Outcome', width: 40},
        {header: 'Reasons', width: 0},
      ],
      refused.slice(0, MAX_LISTED_ROWS).map(
        (row): TableRow => ({
          cells: [
            row.file,
            row.merchant ?? '—',
            {text: row.outcome, color: OUTCOME_COLORS[row.outcome], weight: 'bold'},
            row.reasons.map((r) => `${r.rule}: ${r.message}`).join('\n'),
          ],
        }),
      ),
    )
  }
}
