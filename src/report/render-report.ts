import type {AssessmentResult, ResultStatus} from '../generated/result.js'
import {EMBEDDED_ANSWERS_NAME, EMBEDDED_INVENTORY_NAME, EMBEDDED_PREVIOUS_NAME, EMBEDDED_RESULT_NAME} from '../model/report-attachments.js'
import type {Language} from '../model/language.js'
import {packageVersion} from '../io/package-version.js'
import {openPdf} from './pdf-document.js'
import type {CardHeader, PdfLayout, TableRow} from './pdf-layout.js'
import {COLORS, REPORT_TABLE_COLUMNS} from './pdf-style.js'
import {inventoryCsv} from './inventory-csv.js'
import {buildReportModel, type ControlView, type InventoryGroupView, type ReportModel} from './report-model.js'
import {sitesTable} from './site-views.js'
import {loadReportTemplates, type ReportTemplateName, type ReportTemplates} from './templates.js'
import {parseTextBlocks} from './text-blocks.js'

export interface RenderReportOptions {
  /** The date the report is issued: the PDF's CreationDate and ModDate, the attachment's dates, the attestation date. */
  date: Date
  /** Defaults to the assessment's language. */
  lang?: Language
  /** The exact bytes to attach; defaults to the result as 2-space JSON with a final newline. */
  resultJson?: string | Uint8Array
  /** The canonical answers the result was evaluated from (canonicalAnswersJson), attached as posattest-answers.json. */
  answersJson?: string | Uint8Array
  /** The previous result the changes were derived from, attached as posattest-previous-result.json. */
  previousJson?: string | Uint8Array
  /** posattest's version, for the PDF's Creator; defaults to this package's version. */
  version?: string
  templateDir?: string
  /** Called after the last page is drawn and before the document ends (e.g. to add a signature placeholder). */
  beforeEnd?: (doc: PDFKit.PDFDocument) => void | Promise<void>
}

const STATUS_COLORS: Record<ResultStatus, string> = {
  in_place: COLORS.green,
  in_place_ccw: COLORS.teal,
  not_applicable: COLORS.grey,
  not_in_place: COLORS.red,
  unanswered: COLORS.amber,
}

const PRIORITY_COLORS = {P1: COLORS.red, P2: COLORS.orange, P3: COLORS.amber, P4: COLORS.grey} as const
const PRIORITY_TINTS = {P1: COLORS.redTint, P2: '#fdf0ea', P3: COLORS.amberTint, P4: COLORS.zebra} as const

/** The answers appendix is a compact table: longer notes are cut here (they are whole in the findings). */
const APPENDIX_NOTE_CHARS = 280

/**
 * Renders the PDF report of an evaluated assessment. The same result, language and date always give the same
 * bytes: nothing here reads the clock, and every date in the file comes from `options.date`.
 */
export async function renderReport(result: AssessmentResult, options: RenderReportOptions): Promise<Buffer> {
  const lang = options.lang ?? result.assessment.language
  const templates = await loadReportTemplates(lang, options.templateDir)
  const reportDate = options.date.toISOString().slice(0, 10)
  const model = buildReportModel(result, {lang, reportDate, labels: templates.labels})
  const version = options.version ?? packageVersion()
  const entity = result.assessment.entity.legal_name

  const {doc, layout, finish} = openPdf({
    Title: `${model.title}: ${entity} (${result.assessment.date})`,
    Author: entity,
    Subject: `PCI DSS v4.0.1 card-terminal self-assessment, ${model.verdict.label}`,
    Keywords: ['PCI DSS', 'POS', 'self-assessment', result.catalog.id, result.verdict].join(', '),
    Creator: `posattest ${version}`,
    Producer: 'PDFKit 0.20.2',
    CreationDate: options.date,
    ModDate: options.date,
  })
  drawReport(layout, model, templates)
  layout.runningHeadersAndFooters(`${entity} · ${model.title}`, (page, pages) =>
    model.labels.page.replace('{page}', String(page)).replace('{pages}', String(pages)),
  )

  const json = options.resultJson ?? JSON.stringify(result, null, 2) + '\n'
  // In the order of EMBEDDED_NAMES, with the report's date: the attachments are as deterministic as the pages.
  const attachments: Array<[string, string | Uint8Array | undefined, string, string]> = [
    [EMBEDDED_RESULT_NAME, json, 'posattest evaluated result', 'application/json'],
    [EMBEDDED_ANSWERS_NAME, options.answersJson, 'posattest answers (canonical JSON) evaluated into the result', 'application/json'],
    [EMBEDDED_PREVIOUS_NAME, options.previousJson, 'posattest previous result the changes are measured from', 'application/json'],
    // Derived from the result, like the pages: a reader derives it again from the embedded answers and compares.
    [EMBEDDED_INVENTORY_NAME, model.inventory_summary ? inventoryCsv(result) : undefined, 'posattest terminal inventory (CSV, every terminal)', 'text/csv'],
  ]
  for (const [name, bytes, what, type] of attachments) {
    if (bytes === undefined) continue
    doc.file(Buffer.from(bytes), {
      // The names `verify` and `gate` read them back under.
      name,
      type,
      description: `${what} of ${entity}, ${result.assessment.date}`,
      creationDate: options.date,
      modifiedDate: options.date,
      relationship: 'Data',
    } as PDFKit.Mixins.PDFAttachmentOptions)
  }

  await options.beforeEnd?.(doc)
  return finish()
}

function drawReport(layout: PdfLayout, model: ReportModel, templates: ReportTemplates): void {
  const {labels} = model
  const section = (name: ReportTemplateName, first = false) => {
    if (!first) layout.newPage()
    layout.blocks(parseTextBlocks(templates.render(name, model)), directives)
  }

  const directives: Record<string, (args: string[]) => void> = {
    verdict: () => drawVerdict(layout, model),
    chart: () =>
      layout.barChart(
        model.domains.map((d) => ({
          label: d.title,
          value: d.applicable === 0 ? null : d.score,
          valueLabel: d.applicable === 0 ? labels.chart.none : d.score_text,
          color: d.gaps === 0 ? COLORS.green : d.score >= 50 ? COLORS.amber : COLORS.red,
        })),
        labels.chart.axis,
      ),
    table: ([name]) => {
      if (name === 'inventory') inventoryTable(layout, model)
      else if (name === 'inventory-models') inventoryGroupTable(layout, model, 'model', model.inventory_summary?.by_model)
      else if (name === 'inventory-sites') inventoryGroupTable(layout, model, 'site', model.inventory_summary?.by_site)
      else if (name === 'inventory-states') inventoryGroupTable(layout, model, 'state', model.inventory_summary?.by_state)
      else if (name === 'inventory-flagged') inventoryFlaggedTable(layout, model)
      else if (name === 'remediation') remediationTable(layout, model)
      else if (name === 'answers') answersTable(layout, model)
      else if (name === 'aoc-requirements') aocRequirementsTable(layout, model)
      else if (name === 'sites') sitesTable(layout, model)
      else throw new Error(`template names an unknown table @table ${name}`)
    },
    controls: ([domain]) => {
      for (const control of model.domains.find((d) => d.id === domain)?.controls ?? []) controlCard(layout, control, model, templates)
    },
    remediation: () => {
      for (const item of model.remediation) {
        layout.card(
          {
            title: `${item.control_id}  ${item.title}`,
            badges: [
              {text: `${labels.due} ${item.due_date}`, color: PRIORITY_COLORS[item.priority], outline: true},
              {text: item.priority, color: PRIORITY_COLORS[item.priority]},
            ],
            tint: PRIORITY_TINTS[item.priority],
            stripe: PRIORITY_COLORS[item.priority],
          },
          parseTextBlocks(templates.render('remediation-item', {...item, labels})),
        )
      }
    },
    'signature-line': () => {
      layout.ensureSpace(60)
      const y = layout.doc.y + 34
      layout.doc.moveTo(layout.left, y).lineTo(layout.left + 220, y).lineWidth(0.8).strokeColor(COLORS.ink).stroke()
      layout.doc.y = y + 3
      layout.text(labels.signature, layout.left, 220, 'regular', 8, COLORS.muted, {after: 6})
    },
  }

  section('cover', true)
  section('summary')
  if (model.sites) section('sites')
  section('scope')
  section('findings')
  section('remediation')
  section('compensating')
  section('changes')
  section('attestation')
  section('appendix')
}

function drawVerdict(layout: PdfLayout, model: ReportModel): void {
  const {doc} = layout
  const {labels} = model
  const color = model.verdict.compliant ? COLORS.green : COLORS.red
  const height = 86
  layout.gap(10)
  layout.ensureSpace(height + 10)
  const y = doc.y
  const half = layout.width / 2
  const columnWidth = half - 28
  doc.rect(layout.left, y, layout.width, height).fill(model.verdict.compliant ? COLORS.greenTint : COLORS.redTint)
  doc.rect(layout.left, y, 4, height).fill(color)
  const baseline = y + 64
  layout.font('bold', 8, COLORS.muted).text(labels.verdict_caption.toUpperCase(), layout.left + 18, y + 14, {width: columnWidth, lineBreak: false})
  // The verdict is one line in the largest size that fits the half box.
  let size = 30
  layout.font('bold', size, color)
  while (size > 14 && doc.widthOfString(model.verdict.label) > columnWidth) doc.fontSize(--size)
  doc.text(model.verdict.label, layout.left + 18, baseline, {baseline: 'alphabetic', lineBreak: false})
  const scoreX = layout.left + half + 10
  layout.font('bold', 8, COLORS.muted).text(labels.score_caption.toUpperCase(), scoreX, y + 14, {width: columnWidth, lineBreak: false})
  layout.font('bold', 30, COLORS.ink).text(model.score_text, scoreX, baseline, {baseline: 'alphabetic', lineBreak: false})
  const scoreWidth = doc.widthOfString(model.score_text)
  layout.font('regular', 14, COLORS.muted).text('/ 100', scoreX + scoreWidth + 6, baseline, {baseline: 'alphabetic', lineBreak: false})
  doc.y = y + height + 12
  doc.x = layout.left
}

function controlCard(layout: PdfLayout, control: ControlView, model: ReportModel, templates: ReportTemplates): void {
  // Badges run from the right edge: the answer, then (for an answer that still leaves a gap) a "gap" mark.
  const badges: CardHeader['badges'] = [{text: control.status_label, color: STATUS_COLORS[control.status]}]
  if (control.gap && control.status !== 'not_in_place' && control.status !== 'unanswered') {
    badges.push({text: model.labels.gap, color: COLORS.red, outline: true})
  }
  layout.card(
    {
      title: `${control.id}  ${control.title}`,
      badges,
      tint: control.gap ? COLORS.redTint : COLORS.zebra,
      stripe: control.gap ? COLORS.red : STATUS_COLORS[control.status],
    },
    parseTextBlocks(templates.render('control', {...control, labels: model.labels})),
  )
}

function inventoryTable(layout: PdfLayout, model: ReportModel): void {
  const c = model.labels.inventory_columns
  const rows: TableRow[] = model.inventory.map((d) => {
    const flagged = d.pts_state === 'expired' || d.pts_state === 'expiring'
    const color = d.pts_state === 'expired' ? COLORS.red : COLORS.amber
    return {
      fill: d.pts_state === 'expired' ? COLORS.redTint : d.pts_state === 'expiring' ? COLORS.amberTint : undefined,
      cells: [
        {text: d.serial, weight: 'bold'},
        `${d.make} ${d.model}`,
        d.pts_approval ?? '—',
        flagged ? {text: `${d.pts_expiry}\n${model.labels.pts[d.pts_state as 'expired' | 'expiring']}`, color, weight: 'bold'} : (d.pts_expiry ?? '—'),
        d.location ?? '—',
        (d.seal_ids ?? []).join(', ') || '—',
        d.last_inspection ?? '—',
        d.firmware ?? '—',
        d.state_label,
      ],
    }
  })
  layout.table(
    tableColumns(REPORT_TABLE_COLUMNS.inventory, c),
    rows,
  )
}

/** A summarised inventory's table of one grouping: each group, its terminals, those in use, those with findings. */
function inventoryGroupTable(layout: PdfLayout, model: ReportModel, group: 'model' | 'site' | 'state', rows: readonly InventoryGroupView[] = []): void {
  const c = model.labels.inventory_summary_columns
  const number = (n: number) => n.toLocaleString('en-US')
  layout.table(
    tableColumns(REPORT_TABLE_COLUMNS.inventoryGroups, {group: c[group], terminals: c.terminals, in_use: c.in_use, with_findings: c.with_findings}).map((column, i) =>
      i === 0 ? column : {...column, align: 'right' as const},
    ),
    rows.map((r) => ({
      cells: [
        {text: r.label, weight: 'bold'},
        number(r.terminals),
        number(r.in_use),
        r.with_findings === 0 ? '—' : {text: number(r.with_findings), color: COLORS.red, weight: 'bold'},
      ],
    })),
    {size: 8},
  )
}

/** The terminals of a summarised inventory with findings: the controls that name them, or their PTS expiry. */
function inventoryFlaggedTable(layout: PdfLayout, model: ReportModel): void {
  const c = model.labels.inventory_summary_columns
  const columns = model.labels.inventory_columns
  layout.table(
    tableColumns(REPORT_TABLE_COLUMNS.inventoryFlagged, {serial: c.serial, model: columns.model, site: c.site, state: c.state, findings: c.findings}),
    (model.inventory_summary?.flagged ?? []).map((d) => {
      const pts = d.pts_state === 'expired' || d.pts_state === 'expiring' ? `PTS ${model.labels.pts[d.pts_state]} ${d.pts_expiry}` : undefined
      return {
        fill: d.pts_state === 'expired' ? COLORS.redTint : d.pts_state === 'expiring' ? COLORS.amberTint : undefined,
        cells: [
          {text: d.serial, weight: 'bold'},
          d.model,
          d.location ?? '—',
          d.state_label,
          {text: [d.controls.join(', '), pts].filter(Boolean).join('\n'), color: COLORS.red, weight: 'bold'},
        ],
      }
    }),
    {size: 8},
  )
}

function remediationTable(layout: PdfLayout, model: ReportModel): void {
  const c = model.labels.remediation_columns
  layout.table(
    tableColumns(REPORT_TABLE_COLUMNS.remediation, c),
    model.remediation.map((r) => ({
      cells: [
        {text: r.priority, weight: 'bold', color: PRIORITY_COLORS[r.priority]},
        {text: r.control_id, weight: 'bold'},
        r.title,
        r.owner ?? {text: model.labels.owner_missing, color: COLORS.muted},
        {text: r.due_date, weight: 'bold'},
      ],
    })),
    {size: 8},
  )
}

function answersTable(layout: PdfLayout, model: ReportModel): void {
  const c = model.labels.answers_columns
  layout.table(
    tableColumns(REPORT_TABLE_COLUMNS.answers, c),
    model.controls.map((control) => {
      const dates = control.evidence.map((e) => e.date).sort()
      const owner = [control.owner, control.target_date].filter(Boolean).join('\n')
      const notes = [control.notes, control.justification].filter(Boolean).join('\n')
      return {
        cells: [
          {text: control.id, weight: 'bold'},
          {text: control.status_label, color: STATUS_COLORS[control.status]},
          control.gap ? {text: model.labels.gap, color: COLORS.red, weight: 'bold'} : {text: model.labels.ok, color: COLORS.green},
          dates.length === 0 ? '—' : `${dates.length} · ${dates.at(-1)}`,
          owner || '—',
          shorten(notes, APPENDIX_NOTE_CHARS) || '—',
        ],
      }
    }),
  )
}

/** AOC Part 4: one row per PCI DSS requirement in scope, compliant or not, with the remediation of its gaps. */
function aocRequirementsTable(layout: PdfLayout, model: ReportModel): void {
  const labels = model.labels.aoc
  layout.table(
    tableColumns(REPORT_TABLE_COLUMNS.aoc, labels.columns),
    model.aoc.requirements.map((r) => ({
      fill: r.compliant ? undefined : COLORS.redTint,
      cells: [
        {text: r.requirement, weight: 'bold'},
        r.title,
        r.compliant ? {text: labels.yes, color: COLORS.green, weight: 'bold'} : {text: labels.no, color: COLORS.red, weight: 'bold'},
        r.compliant ? '—' : `${r.remediation_date}\n${r.actions}`,
      ],
    })),
    {size: 8},
  )
}

function shorten(text: string, max: number): string {
  const chars = [...text]
  return chars.length <= max ? text : chars.slice(0, max - 1).join('').trimEnd() + '…'
}

/** A table's columns from the style table's keys and widths and the labels in the report's language. */
function tableColumns<K extends string>(columns: readonly (readonly [K, number])[], labels: Record<K, string>): {header: string; width: number}[] {
  return columns.map(([key, width]) => ({header: labels[key], width}))
}
