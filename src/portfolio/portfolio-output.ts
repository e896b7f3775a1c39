import {mkdir} from 'node:fs/promises'
import path from 'node:path'
import {fileError, UserError} from '../model/errors.js'
import {writeOutputFile, type FileData} from '../io/atomic-write.js'
import {readInput} from '../io/read-input.js'
import {CACHE_FILE, cacheChunks, type CachedRow} from './cache.js'
import {portfolioCsvChunks} from './summary-csv.js'
import {renderSummaryPdf} from './summary-pdf.js'
import {SUMMARY_FORMAT, type PortfolioSummary} from './summary.js'

export const SUMMARY_FILES = {json: 'summary.json', csv: 'summary.csv', pdf: 'summary.pdf'} as const

/**
 * Writes summary.json, summary.csv and summary.pdf (and the cache, when given) to `outdir`, each atomically:
 * a reader sees the previous file or the new one, never half of one.
 */
export async function writePortfolioOutputs(
  outdir: string,
  summary: PortfolioSummary,
  options: {version: string; cache?: ReadonlyMap<string, CachedRow>},
): Promise<string[]> {
  try {
    await mkdir(outdir, {recursive: true})
  } catch (error) {
    throw fileError(outdir, error)
  }
  const pdf = await renderSummaryPdf(summary, {version: options.version})
  // The texts are written as they are made, a row at a time: a book of 10,000 never has them whole in memory.
  const outputs: [string, FileData][] = [
    [path.join(outdir, SUMMARY_FILES.json), summaryJsonChunks(summary)],
    [path.join(outdir, SUMMARY_FILES.csv), portfolioCsvChunks(summary.rows, summary.merchants)],
    [path.join(outdir, SUMMARY_FILES.pdf), pdf],
  ]
  if (options.cache) outputs.push([path.join(outdir, CACHE_FILE), cacheChunks(options.cache)])
  for (const [file, data] of outputs) {
    await writeOutputFile(file, data)
  }
  return outputs.slice(0, 3).map(([file]) => file)
}

/**
 * summary.json in pieces: exactly JSON.stringify(summary, null, 2) + '\n', with each row stringified on its
 * own (a row's lines indented two levels deeper, as they sit inside "rows").
 */
export function* summaryJsonChunks(summary: PortfolioSummary): Generator<string> {
  const head = JSON.stringify({...summary, rows: []}, null, 2)
  const tail = '\n  "rows": []\n}'
  // rows is the last key summarizePortfolio writes; anything else is written whole.
  if (summary.rows.length === 0 || !head.endsWith(tail) || Object.keys(summary).at(-1) !== 'rows') {
    yield JSON.stringify(summary, null, 2) + '\n'
    return
  }
  yield head.slice(0, head.length - tail.length) + '\n  "rows": ['
  for (const [index, row] of summary.rows.entries()) {
    // JSON text holds no raw line break but the ones stringify puts between its lines.
    yield `${index === 0 ? '' : ','}\n    ${JSON.stringify(row, null, 2).replaceAll('\n', '\n    ')}`
  }
  yield '\n  ]\n}\n'
}

/** Reads OUTDIR/summary.json written by portfolio (or a summary.json named directly), for merge. */
export async function readSummary(location: string): Promise<{source: string; summary: PortfolioSummary}> {
  const source = location.endsWith('.json') ? location : path.join(location, SUMMARY_FILES.json)
  const text = (await readInput(source)).toString('utf8')
  let value: Partial<PortfolioSummary> | undefined
  try {
    value = JSON.parse(text) as Partial<PortfolioSummary>
  } catch (error) {
    throw new UserError('not-json', `${source}: not JSON: ${(error as SyntaxError).message}`)
  }
  const usable =
    value?.format === SUMMARY_FORMAT &&
    value.version === 1 &&
    typeof value.policy?.sha256 === 'string' &&
    typeof value.policy.name === 'string' &&
    typeof value.roots_sha256 === 'string' &&
    typeof value.now === 'string' &&
    (value.shard === undefined || /^\d+\/\d+$/.test(value.shard)) &&
    Array.isArray(value.rows) &&
    value.rows.every((row) => typeof row?.file === 'string' && ['pass', 'fail', 'error'].includes(row?.outcome))
  if (!usable) throw new UserError('not-a-summary', `${source}: not a summary written by posattest portfolio`)
  return {source, summary: value as PortfolioSummary}
}
