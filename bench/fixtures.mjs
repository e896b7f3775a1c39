// Inputs shared by the benchmarks, generated into bench/out/ (git-ignored) from the examples/, and the
// raw-pdfkit baseline the report benchmark compares against. Generation is seeded: every run sees the same files.
import {createHash} from 'node:crypto'
import {cp, mkdir, readFile, readdir, rm, writeFile} from 'node:fs/promises'
import {existsSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {Document, parse, visit} from 'yaml'
import {ROOT, seededRandom} from './lib.mjs'

export const OUT = path.join(ROOT, 'bench/out')
export const EXAMPLES = path.join(ROOT, 'examples')

/** A compiled module of the CLI (dist/), as the benchmarks run the built code, never the sources. */
export function dist(module) {
  return import(pathToFileURL(path.join(ROOT, 'dist', module)).href)
}

/** examples/<name>/answers.yaml, or a clear stop when that example is missing. */
export function exampleAnswers(name) {
  const file = path.join(EXAMPLES, name, 'answers.yaml')
  if (!existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: the benchmarks start from the shipped examples`)
  return file
}

/** Every YYYY-MM-DD string is quoted when written, so js-yaml 3 (ajv-cli's reader) keeps it a string. */
const DATE = /^\d{4}-\d{2}-\d{2}$/


function shiftDay(day, days) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

/** Shifts every date of a parsed answers file by the same number of days (intervals, ages and order are kept). */
function shiftDates(value, days) {
  if (typeof value === 'string') return DATE.test(value) ? shiftDay(value, days) : value
  if (Array.isArray(value)) return value.map((v) => shiftDates(v, days))
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shiftDates(v, days)]))
  return value
}

function toYaml(value, header) {
  const doc = new Document(value)
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && DATE.test(node.value)) node.type = 'QUOTE_DOUBLE'
    },
  })
  return `# ${header}\n${doc.toString({lineWidth: 0})}`
}

/**
 * A number as letters (0 → A, 26 → BA): suffixes for serials and seal ids. Digits could join a numeric serial
 * into a Luhn-valid 13–19 digit run, which validate rightly rejects as a card number.
 */
function letters(n) {
  let out = ''
  do {
    out = String.fromCharCode(65 + (n % 26)) + out
    n = Math.floor(n / 26)
  } while (n > 0)
  return out
}

const NAMES = ['Lotus', 'Harbour', 'Jade', 'Maple', 'Granite', 'Willow', 'Orchid', 'Summit', 'Cedar', 'Pearl', 'Bamboo', 'Meridian']
const TRADES = ['Tea House', 'Noodle Bar', 'Pharmacy', 'Bookshop', 'Bakery', 'Hardware', 'Florist', 'Cinema', 'Grocer', 'Dumplings']
const FORMS = ['Ltd', 'Co., Ltd.', 'GmbH', 'LLC', 'Pte Ltd', 'S.A.']

/** Ways a generated file is made invalid; each breaks the schema, so ajv and posattest must both reject it. */
const BREAKAGES = [
  (a) => {
    const id = Object.keys(a.controls)[0]
    a.controls[id] = {...a.controls[id], status: 'done'}
  },
  (a) => {
    a.assessment.assessor = {...a.assessment.assessor, email: 'not an e-mail address'}
  },
  (a) => {
    if (a.inventory?.length) a.inventory[0] = {...a.inventory[0], state: 'broken'}
    else a.schema_version = 2
  },
]

/**
 * Writes `count` distinct answers files made from one example (its evidence folder copied beside them):
 * other entity names and ids, every date shifted alike (so no evidence goes stale), some in-place answers
 * turned into gaps, inventories of 1 to 40 terminals. Every `errorEvery`-th file gets one schema error.
 * Returns the files in order and the indices of the broken ones.
 */
export async function generateAnswersSet({example = 'merchant-gaps', count = 1000, errorEvery = 50, seed = 20261124} = {}) {
  const source = exampleAnswers(example)
  const text = await readFile(source, 'utf8')
  const dir = path.join(OUT, `answers-${count}`)
  // Reused while the example, this generator and the parameters are unchanged (writing 1,000 files takes seconds).
  const stamp = await stampOf(source, text, {count, errorEvery, seed})
  const stampFile = path.join(dir, '.stamp.json')
  if (existsSync(stampFile)) {
    const saved = JSON.parse(await readFile(stampFile, 'utf8'))
    if (saved.stamp === stamp) return {dir, files: saved.files.map((f) => path.join(dir, f)), broken: saved.broken}
  }
  const base = parse(text)
  await rm(dir, {recursive: true, force: true})
  await mkdir(dir, {recursive: true})
  const evidence = path.join(path.dirname(source), 'evidence')
  if (existsSync(evidence)) await cp(evidence, path.join(dir, 'evidence'), {recursive: true})

  const rand = seededRandom(seed)
  const pick = (list) => list[Math.floor(rand() * list.length)]
  const templates = base.inventory ?? []
  const files = []
  const broken = []
  for (let i = 0; i < count; i++) {
    const a = shiftDates(structuredClone(base), Math.floor(rand() * 601) - 300)
    const name = `${pick(NAMES)} ${pick(TRADES)} ${i + 1}`
    a.assessment.entity = {...a.assessment.entity, legal_name: `${name} ${pick(FORMS)}`, trading_name: name, merchant_id: `M-${100000 + i}`}

    if (templates.length > 0) {
      const size = 1 + Math.floor(rand() * 40)
      a.inventory = Array.from({length: size}, (_, k) => {
        const device = structuredClone(a.inventory[k % a.inventory.length])
        device.serial = `${device.serial}-${letters(i)}-${letters(k)}`
        if (device.seal_ids) device.seal_ids = device.seal_ids.map((s) => `${s}-${letters(i)}-${letters(k)}`)
        return device
      })
    }
    // A gap needs an owner and a target date; nothing else about the answer has to change.
    for (const [id, answer] of Object.entries(a.controls)) {
      if (answer?.status === 'in_place' && rand() < 0.15) {
        a.controls[id] = {status: 'not_in_place', notes: `Found during assessment ${i + 1}.`, owner: a.assessment.assessor.name, target_date: shiftDay(a.assessment.date, 90)}
      }
    }
    if (errorEvery > 0 && i % errorEvery === errorEvery - 1) {
      BREAKAGES[broken.length % BREAKAGES.length](a)
      broken.push(i)
    }
    const file = path.join(dir, `answers-${String(i + 1).padStart(4, '0')}.yaml`)
    await writeFile(file, toYaml(a, `generated by bench/fixtures.mjs from ${path.relative(ROOT, source)} (file ${i + 1} of ${count})`))
    files.push(file)
  }
  await writeFile(stampFile, JSON.stringify({stamp, files: files.map((f) => path.basename(f)), broken}))
  return {dir, files, broken}
}

/** A digest of everything a generated set depends on: the example and its evidence, this file, the parameters. */
async function stampOf(source, text, params) {
  const hash = createHash('sha256').update(text).update(await readFile(new URL(import.meta.url))).update(JSON.stringify(params))
  const evidence = path.join(path.dirname(source), 'evidence')
  if (existsSync(evidence)) {
    for (const entry of (await readdir(evidence, {recursive: true})).sort()) {
      const file = path.join(evidence, entry)
      hash.update(entry)
      try {
        hash.update(await readFile(file))
      } catch {
        // a folder
      }
    }
  }
  return hash.digest('hex')
}

/**
 * An assessment answering every merchant control, with `terminals` in-use terminals: made from the compliant
 * example, its terminals repeated with new serials and seals, each control it leaves out answered in place
 * with the evidence of another answer (or not applicable with a justification when it names no evidence).
 */
export async function generateLargeAssessment({example = 'merchant-compliant', terminals = 500} = {}) {
  const {answers, dir, source} = await largeAssessment({example, terminals})
  const file = path.join(dir, 'answers.yaml')
  await writeFile(file, toYaml(answers, `generated by bench/fixtures.mjs from ${path.relative(ROOT, source)}: every ${answers.assessment.role} control, ${terminals} terminals`))
  return file
}

/**
 * The result of generateLargeAssessment's answers, evaluated in-process (no YAML written or read: a file of
 * 100,000 terminals is some 32 MB of YAML) and written as result JSON beside the evidence, as `posattest
 * evaluate` writes it. Returns the result file.
 */
export async function generateLargeResult({example = 'merchant-compliant', terminals = 500} = {}) {
  const {answers, dir} = await largeAssessment({example, terminals})
  const [{loadCatalog}, {evaluateAssessment, serializeResult}, {hashEvidenceFiles}] = await Promise.all([
    dist('catalog/catalog.js'),
    dist('evaluation/evaluate.js'),
    dist('evaluation/evidence-hashes.js'),
  ])
  const {name, version} = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8'))
  const result = evaluateAssessment(await loadCatalog(), answers, {generator: `${name} ${version}`, evidenceHashes: await hashEvidenceFiles(answers, dir)})
  const file = path.join(dir, 'result.json')
  await writeFile(file, serializeResult(result))
  return file
}

async function largeAssessment({example, terminals}) {
  const source = exampleAnswers(example)
  const a = parse(await readFile(source, 'utf8'))
  const dir = path.join(OUT, `all-controls-${terminals}`)
  await rm(dir, {recursive: true, force: true})
  await mkdir(dir, {recursive: true})
  const evidence = path.join(path.dirname(source), 'evidence')
  if (existsSync(evidence)) await cp(evidence, path.join(dir, 'evidence'), {recursive: true})

  const inUse = (a.inventory ?? []).filter((d) => d.state === 'in-use')
  if (inUse.length === 0) throw new Error(`${path.relative(ROOT, source)} has no terminal in use to repeat`)
  a.inventory = Array.from({length: terminals}, (_, k) => {
    const device = structuredClone(inUse[k % inUse.length])
    device.serial = `${device.serial}-${letters(k)}`
    device.location = `${device.location ?? 'Store'} / lane ${(k % 25) + 1}`
    if (device.seal_ids) device.seal_ids = device.seal_ids.map((s) => `${s}-${letters(k)}`)
    return device
  })

  const {loadCatalog, controlsForRole} = await dist('catalog/catalog.js')
  const catalog = await loadCatalog()
  const someEvidence = Object.values(a.controls).find((c) => c?.evidence?.length)?.evidence
  for (const control of controlsForRole(catalog, a.assessment.role)) {
    if (a.controls[control.id]?.status) continue
    a.controls[control.id] = someEvidence
      ? {status: 'in_place', evidence: structuredClone(someEvidence)}
      : {status: 'not_applicable', justification: 'Benchmark input: answered so that every control is present.'}
  }
  return {answers: a, dir, source}
}

/** Every string in a value, depth first (object keys excluded): the text a raw PDF of the result must write. */
export function stringsOf(value, out = []) {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out)
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, out)
  return out
}

/**
 * The baseline of the report: pdfkit writing every string of the result, unstyled, with the report's own
 * font files (Noto Sans SC regular and bold, embedded as subsets like the report's). No layout, no tables,
 * no attachment. Returns the PDF bytes.
 */
export async function rawTextPdf(result, fonts) {
  const {default: PDFDocument} = await import('pdfkit')
  const doc = new PDFDocument({size: 'A4', pdfVersion: '1.7', font: fonts.regular, info: {CreationDate: new Date(0), ModDate: new Date(0)}})
  const chunks = []
  doc.on('data', (chunk) => chunks.push(chunk))
  const ended = new Promise((resolve, reject) => {
    doc.on('end', resolve)
    doc.on('error', reject)
  })
  doc.font(fonts.bold).fontSize(14).text(result.assessment.entity.legal_name)
  doc.font(fonts.regular).fontSize(10)
  for (const text of stringsOf(result)) doc.text(text)
  doc.end()
  await ended
  return Buffer.concat(chunks)
}

/** Page objects in a pdfkit file (its dictionaries are not compressed). */
export function countPages(pdf) {
  return pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0
}

/**
 * A script that does, as its own process, what rawTextPdf does in-process: read a result JSON and write the
 * raw PDF. The process baseline beside `posattest report` (which must also evaluate the answers first).
 */
export async function writeRawPdfScript() {
  const file = path.join(OUT, 'raw-pdfkit-report.mjs')
  await mkdir(OUT, {recursive: true})
  await writeFile(
    file,
    `// generated by bench/fixtures.mjs (standalone, so the process loads only pdfkit): node raw-pdfkit-report.mjs result.json out.pdf
import {readFileSync, writeFileSync} from 'node:fs'
const {reportFonts} = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'dist/report/fonts.js')).href)})
${stringsOf.toString()}
${rawTextPdf.toString()}
const result = JSON.parse(readFileSync(process.argv[2], 'utf8'))
writeFileSync(process.argv[3], await rawTextPdf(result, reportFonts()))
`,
  )
  return file
}

