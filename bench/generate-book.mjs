// Generates a book of N distinct, valid, signed submissions for the portfolio benchmark, and caches it under
// bench/out/book-N/ (a manifest records what was made, so a rerun with the same N reuses the book).
//
//   node bench/generate-book.mjs [N]        (needs dist/: compile first)
//
// Rendering a full report costs about half a second of CPU (pdfkit layout of 17 pages), so 10,000 of them
// would take about 40 minutes on 2 cores. Instead:
//   1. BASE_REPORTS variants of the two merchant examples (entity, merchant id, dates, a few statuses flipped)
//      are evaluated and rendered in full by posattest's own renderReport;
//   2. every submission i gets its own evaluated result (its own entity, id, date and statuses), embedded in a
//      copy of base report i % BASE_REPORTS in place of the base's posattest-result.json, with its own answers
//      in place of posattest-answers.json (pdf-lib), so each file carries a distinct result that the gate
//      derives again from its answers; the first BASE_REPORTS files are the base reports as rendered;
//   3. each file gets a signature field (posattest's addPlaceholderToPdf) and is signed by posattest's signPdf
//      with a trial identity opened once (the p12 is unpacked once and Node's crypto signs: a few ms each).
// A few files are damaged on purpose (1 in 100 truncated, 1 in 250 an empty result JSON), as in a real inbox.
import {existsSync} from 'node:fs'
import {mkdir, readFile, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {Worker, isMainThread, parentPort, workerData} from 'node:worker_threads'
import {ROOT, seededRandom} from './lib.mjs'

const DIST = path.join(ROOT, 'dist')
const HERE = fileURLToPath(import.meta.url)
export const BASE_REPORTS = 200
const PASSPHRASE = 'posattest benchmark'
/** The day every generated assessment is at most a year before: the benchmark's --now. */
export const BOOK_NOW = '2026-12-01'
const FORMAT = 'posattest-bench-book-6'

export function bookDir(count) {
  return path.join(ROOT, 'bench', 'out', `book-${count}`)
}

/** Where submission i lives: 100 per folder, so the walk recurses as it would in a real inbox. */
function submissionPath(dir, i) {
  const folder = `region-${String(Math.floor(i / 100)).padStart(3, '0')}`
  const damagedJson = i % 250 === 249
  return path.join(dir, folder, `merchant-${String(i).padStart(6, '0')}.${damagedJson ? 'json' : 'pdf'}`)
}


const EN_FIRST = ['Harbour', 'Golden', 'Lotus', 'Northern', 'Bright', 'Silver', 'Maple', 'Riverside', 'Old Town', 'Blue Door', 'Corner', 'Sunrise']
const EN_SECOND = ['Coffee', 'Bakery', 'Noodle Bar', 'Pharmacy', 'Books', 'Grocers', 'Tea House', 'Florist', 'Hardware', 'Deli', 'Cycles', 'Optics']
const ZH_CITY = ['上海', '北京', '广州', '深圳', '杭州', '成都', '南京', '苏州', '厦门', '武汉']
const ZH_NAME = ['晨光', '金港', '明月', '清风', '和记', '福満', '长青', '新华', '嘉禾', '丰泰']
const ZH_TRADE = ['餐饮管理', '咖啡', '茶餐厅', '便利店', '书店', '药房']
const CONTROLS_TO_FLIP = ['SEAL-01', 'UPD-02', 'TRN-02', 'RET-01', 'CUS-03', 'INC-03']

/** Moves every YYYY-MM-DD in the answers by `days`, so dates keep their order and distances. */
function shiftDates(value, days) {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return new Date(Date.parse(`${value}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
  }
  if (Array.isArray(value)) return value.map((v) => shiftDates(v, days))
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shiftDates(v, days)]))
  return value
}

/** The answers of submission i: one of the two merchant examples, varied. */
function variantAnswers(templates, i) {
  const rand = seededRandom(i * 7919 + 17)
  const chinese = i % 3 === 0
  const template = rand() < 0.7 ? templates.compliant : templates.gaps
  // Dated up to 361 days before the benchmark's day of judgement (2026-11-20 is the examples' date).
  const answers = shiftDates(structuredClone(template.answers), -Math.floor(rand() * 355))
  const pick = (list) => list[Math.floor(rand() * list.length)]
  const entity = answers.assessment.entity
  if (chinese) {
    entity.legal_name = `${pick(ZH_CITY)}${pick(ZH_NAME)}${pick(ZH_TRADE)}有限公司（${i}号店）`
    entity.trading_name = `${pick(ZH_NAME)}${pick(ZH_TRADE)}`
  } else {
    entity.legal_name = `${pick(EN_FIRST)} ${pick(EN_SECOND)} ${i} Ltd`
    entity.trading_name = `${pick(EN_FIRST)} ${pick(EN_SECOND)}`
  }
  entity.merchant_id = `M-${String(i).padStart(6, '0')}`
  // One in five compliant merchants has a gap somewhere.
  if (rand() < 0.2) {
    const id = pick(CONTROLS_TO_FLIP)
    if (answers.controls[id]) answers.controls[id] = {status: 'not_in_place', owner: 'Store manager', target_date: answers.assessment.date}
  }
  for (const device of answers.inventory ?? []) device.serial = `${device.serial}-${i}`
  return {answers, hashes: template.hashes}
}

/** Worker `worker` of `workers`: makes the submissions built on its share of the base reports. */
async function generateSlice({dir, count, worker, workers, p12}) {
  const [{loadCatalog, DEFAULT_CATALOG_DIR}, {loadAnswersFile}, {hashEvidenceFiles}, {evaluateAssessment, serializeResult}, {renderReport}, placeholder, sign, pdfLib, {canonicalAnswersJson}] =
    await Promise.all([
      import(`${DIST}/catalog/catalog.js`),
      import(`${DIST}/answers/load-answers.js`),
      import(`${DIST}/evaluation/evidence-hashes.js`),
      import(`${DIST}/evaluation/evaluate.js`),
      import(`${DIST}/report/render-report.js`),
      import(`${DIST}/signing/placeholder.js`),
      import(`${DIST}/signing/sign.js`),
      import('@cantoo/pdf-lib'),
      import(`${DIST}/evaluation/canonical-json.js`),
    ])
  const catalog = await loadCatalog(DEFAULT_CATALOG_DIR)
  const templates = {}
  for (const [name, example] of [['compliant', 'merchant-compliant'], ['gaps', 'merchant-gaps']]) {
    const {answers, baseDir} = await loadAnswersFile(path.join(ROOT, 'examples', example, 'answers.yaml'), catalog)
    templates[name] = {answers, hashes: await hashEvidenceFiles(answers, baseDir)}
  }
  const {openSigningIdentity} = await import(`${DIST}/signing/identity.js`)
  const signer = openSigningIdentity(p12, PASSPHRASE, 'bench signer.p12')
  // The generator is this posattest's, as `report` writes it: the gate derives each result again.
  const {version} = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8'))
  const evaluate = (i) => {
    const {answers, hashes} = variantAnswers(templates, i)
    return {result: evaluateAssessment(catalog, answers, {generator: `posattest ${version}`, evidenceHashes: hashes}), answersJson: canonicalAnswersJson(answers)}
  }
  const fields = (date) => ({name: 'posattest bench signer', reason: sign.DEFAULT_REASON, location: '', contactInfo: '', signingTime: date})
  const bases = new Map()
  const baseOf = async (b) => {
    if (!bases.has(b)) {
      const {result, answersJson} = evaluate(b)
      const date = new Date(`${result.assessment.date}T00:00:00Z`)
      bases.set(b, await renderReport(result, {date, resultJson: serializeResult(result), answersJson}))
    }
    return bases.get(b)
  }

  let timing = {base: 0, derived: 0, bases: 0, derivedCount: 0}
  for (let i = 0; i < count; i++) {
    if ((i % BASE_REPORTS) % workers !== worker) continue
    const file = submissionPath(dir, i)
    await mkdir(path.dirname(file), {recursive: true})
    if (file.endsWith('.json')) {
      await writeFile(file, '')
      continue
    }
    const {result, answersJson} = evaluate(i)
    const json = serializeResult(result)
    const date = new Date(`${result.assessment.date}T00:00:00Z`)
    const started = performance.now()
    let unsigned = await baseOf(i % BASE_REPORTS)
    if (i >= BASE_REPORTS) {
      unsigned = await replaceAttachments(pdfLib, unsigned, {'posattest-result.json': Buffer.from(json), 'posattest-answers.json': Buffer.from(answersJson)}, date)
    }
    const prepared = placeholder.addPlaceholderToPdf(unsigned, fields(date), file)
    let signed = await sign.signPdf(prepared, signer, date, file)
    if (i % 100 === 99) signed = signed.subarray(0, Math.floor(signed.length * 0.6))
    await writeFile(file, signed)
    if (i < BASE_REPORTS) (timing.base += performance.now() - started), timing.bases++
    else (timing.derived += performance.now() - started), timing.derivedCount++
  }
  parentPort?.postMessage(timing)
}

/** The base report with the attachments named in `files` replaced by their bytes (pdf-lib rewrites the file). */
async function replaceAttachments({PDFDocument, PDFName, PDFDict, PDFArray, PDFNumber, PDFRef}, pdf, files, date) {
  const doc = await PDFDocument.load(pdf, {updateMetadata: false})
  const names = doc.catalog.lookup(PDFName.of('Names'), PDFDict).lookup(PDFName.of('EmbeddedFiles'), PDFDict).lookup(PDFName.of('Names'), PDFArray)
  for (let index = 0; index + 1 < names.size(); index += 2) {
    const bytes = files[names.lookup(index).decodeText()]
    if (!bytes) continue
    const stream = doc.context.flateStream(bytes, {
      Type: 'EmbeddedFile',
      Subtype: 'application/json',
      Params: {Size: PDFNumber.of(bytes.length), CreationDate: `D:${date.toISOString().slice(0, 10).replaceAll('-', '')}000000Z`},
    })
    const ef = names.lookup(index + 1, PDFDict).lookup(PDFName.of('EF'), PDFDict)
    // The new stream takes the old one's object number: pdf-lib writes every object it holds, and a replaced
    // stream left beside it would be an embedded file outside the name tree, which the gate refuses
    // (extra-attachment): the book would measure refusals. Deleting it instead would leave a hole in the
    // cross-reference table, which the gate refuses too.
    const old = ef.get(PDFName.of('F'))
    const ref = old instanceof PDFRef ? old : doc.context.register(stream)
    if (old instanceof PDFRef) doc.context.assign(old, stream)
    ef.set(PDFName.of('F'), ref)
    if (ef.has(PDFName.of('UF'))) ef.set(PDFName.of('UF'), ref)
  }
  return Buffer.from(await doc.save({useObjectStreams: false, updateFieldAppearances: false}))
}

/** Makes (or reuses) the book of `count` submissions; returns its folder and a policy that trusts its signer. */
export async function generateBook(count, {log = (line) => process.stderr.write(line + '\n')} = {}) {
  const dir = bookDir(count)
  const manifestFile = path.join(dir, '.book.json')
  if (existsSync(manifestFile)) {
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8'))
    if (manifest.format === FORMAT && manifest.count === count) return {dir, policy: path.join(dir, '.keys', 'policy.yaml'), manifest, reused: true}
  }
  await rm(dir, {recursive: true, force: true})
  await mkdir(path.join(dir, '.keys'), {recursive: true})
  const {createTrialIdentity} = await import(`${DIST}/signing/identity.js`)
  const identity = createTrialIdentity({commonName: 'posattest bench signer', organization: 'Bench Merchants', notBefore: new Date('2025-01-01T00:00:00Z'), days: 3650, passphrase: PASSPHRASE})
  await writeFile(path.join(dir, '.keys', 'ca.pem'), identity.caPem)
  // The example policy, trusting the book's CA (the dot keeps .keys out of the walk).
  const policy = (await readFile(path.join(ROOT, 'examples', 'policy.yaml'), 'utf8')).replace('\n  - keys/ca.pem\n', '\n  - ca.pem\n')
  await writeFile(path.join(dir, '.keys', 'policy.yaml'), policy)

  const started = process.hrtime.bigint()
  // Each worker renders its own share of the base reports and builds every submission on them.
  const workers = Math.min(os.availableParallelism(), count, BASE_REPORTS)
  const timings = await Promise.all(
    Array.from(
      {length: workers},
      (_, w) =>
        new Promise((resolve, reject) => {
          let timing
          const worker = new Worker(HERE, {workerData: {dir, count, worker: w, workers, p12: identity.p12}})
          worker.on('message', (message) => (timing = message))
          worker.on('error', reject)
          worker.on('exit', (code) => (code === 0 ? resolve(timing) : reject(new Error(`generator worker exited ${code}`))))
        }),
    ),
  )
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const sum = (key) => timings.reduce((total, t) => total + t[key], 0)
  const perBase = sum('base') / Math.max(sum('bases'), 1)
  const perDerived = sum('derived') / Math.max(sum('derivedCount'), 1)
  log(`  rendered and signed ${sum('bases')} base reports (${perBase.toFixed(0)} ms each); built and signed ${sum('derivedCount')} more on them (${perDerived.toFixed(0)} ms each)`)
  const manifest = {format: FORMAT, count, base_reports: Math.min(BASE_REPORTS, count), now: BOOK_NOW, seconds: Math.round(seconds * 10) / 10}
  await writeFile(manifestFile, JSON.stringify(manifest, null, 2) + '\n')
  log(`generated ${count} signed submissions in ${seconds.toFixed(1)} s on ${workers} threads (${dir})`)
  return {dir, policy: path.join(dir, '.keys', 'policy.yaml'), manifest, reused: false}
}

if (!isMainThread) {
  await generateSlice(workerData)
  parentPort?.close()
} else if (process.argv[1] === HERE) {
  const count = Number(process.argv[2] ?? 10_000)
  const book = await generateBook(count)
  if (book.reused) process.stderr.write(`reused the book of ${count} in ${book.dir}\n`)
}
