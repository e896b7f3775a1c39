// The PDF report: renderReport in-process and `posattest report` as a process, for the merchant-gaps example and
// for a generated assessment answering every merchant control with 500 terminals, each beside raw pdfkit writing
// every string of the same result unstyled with the same font files.
import {spawnSync} from 'node:child_process'
import {mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {countPages, dist, exampleAnswers, generateLargeAssessment, OUT, rawTextPdf, stringsOf, writeRawPdfScript} from './fixtures.mjs'
import {BIN, printComparison, ROOT, timeInterleaved} from './lib.mjs'

export default async function report() {
  const runs = Number(process.env.BENCH_RUNS ?? 5)
  const dir = path.join(OUT, 'report')
  await mkdir(dir, {recursive: true})
  const [{loadReportInput}, {renderReport}, {reportFonts}] = await Promise.all([
    dist('report/report-input.js'),
    dist('report/render-report.js'),
    dist('report/fonts.js'),
  ])
  const fonts = reportFonts()
  // What the CLI passes, so the in-process PDF can be compared with the CLI's byte for byte.
  const {name, version} = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8'))
  const generator = `${name} ${version}`
  const script = await writeRawPdfScript()

  const cases = [
    {name: 'merchant-gaps', label: 'gaps', answers: exampleAnswers('merchant-gaps'), runs},
    // The large report takes seconds per render: fewer runs keep the benchmark near two minutes.
    {name: 'all controls, 500 terminals', label: 'all, 500 POS', answers: await generateLargeAssessment({terminals: 500}), runs: Math.max(1, Math.ceil(runs / 2))},
  ]
  for (const c of cases) {
    const slug = c.name.replace(/[^a-z0-9]+/gi, '-')
    // Untimed: evaluation (renderReport takes an evaluated result). The answers (and any previous result) are
    // attached beside the result, as the CLI attaches them: without them the in-process PDF is not the CLI's.
    const {result, json, answersJson, previousJson} = await loadReportInput(c.answers, {generator})
    const date = new Date(`${result.assessment.date}T00:00:00Z`)
    const resultFile = path.join(dir, `${slug}.result.json`)
    await writeFile(resultFile, json)

    let pdf
    let raw
    const [renderMs, rawMs] = await timeInterleaved(
      [
        async () => (pdf = await renderReport(result, {date, lang: result.assessment.language, resultJson: json, ...(answersJson === undefined ? {} : {answersJson}), ...(previousJson === undefined ? {} : {previousJson}), version})),
        async () => (raw = await rawTextPdf(result, fonts)),
      ],
      {runs: c.runs},
    )
    printComparison(`report ${c.label}: renderReport`, renderMs, {label: 'raw pdfkit, in-process', value: rawMs})

    const output = path.join(dir, `${slug}.pdf`)
    const rawOutput = path.join(dir, `${slug}.raw.pdf`)
    const [cliMs, rawCliMs] = await timeInterleaved(
      [
        () => run(process.execPath, [BIN, 'report', path.relative(ROOT, c.answers), '-o', output]),
        () => run(process.execPath, [script, resultFile, rawOutput]),
      ],
      {runs: c.runs},
    )
    printComparison(`report ${c.label}: posattest report (CLI)`, cliMs, {label: 'raw pdfkit, a process', value: rawCliMs})

    const cliPdf = await readFile(output)
    console.log(
      `  ${c.name}: ${result.controls.length} controls, ${result.inventory?.length ?? 0} terminals; report ${countPages(cliPdf)} pages, ` +
        `${cliPdf.length.toLocaleString('en')} bytes (in-process: ${pdf.equals(cliPdf) ? 'the same bytes' : `differs, ${pdf.length} bytes`}); ` +
        `raw pdfkit ${stringsOf(result).length} strings, ${countPages(raw)} pages, ${raw.length.toLocaleString('en')} bytes`,
    )
  }
}

/** Runs a process to its end; anything but exit 0 stops the benchmark. */
function run(command, args) {
  const result = spawnSync(command, args, {cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe']})
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${String(result.stderr).slice(0, 500)}`)
}
