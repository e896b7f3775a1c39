import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {escapeControlCharacters, safeText} from '../model/control-characters.js'
import type {Language} from '../model/language.js'
import {maskCardNumbers} from '../model/pan.js'
import {type Diagnostic, formatLocation, sortDiagnostics} from './diagnostic.js'
import {FORMAT_MESSAGES} from './messages.js'

export const DIAGNOSTIC_FORMATS = ['text', 'json', 'junit', 'sarif', 'github'] as const
export type DiagnosticFormat = (typeof DIAGNOSTIC_FORMATS)[number]

export interface DiagnosticReport {
  /** The tool step that produced the diagnostics, e.g. `catalog lint` or `validate`. */
  tool: string
  version: string
  /** Every file that was checked, including clean ones (JUnit lists them as passing). */
  files: readonly string[]
  diagnostics: readonly Diagnostic[]
  /** Rule ids with a one-line description each (SARIF lists them). */
  rules: Readonly<Record<string, string>>
  /**
   * The language of the words the text format adds (severities, the count), default English. The producers
   * wrote the messages and the rules' lines in it already; nothing else depends on it.
   */
  language?: Language
  /** Where a person reads what the rules mean (SARIF gives it as each rule's helpUri). */
  helpUri?: string
}

/** The uriBaseId of SARIF artifact locations under the base folder (run.originalUriBaseIds says where it is). */
export const SARIF_BASE_ID = '%SRCROOT%'

export interface RenderOptions {
  /**
   * The folder SARIF locations are relative to (as %SRCROOT%); a relative one is taken from the working
   * directory, which is also the default. Files outside it are located by an absolute file: URI.
   */
  sarifBase?: string
}

/**
 * Renders diagnostics in one format. File names and messages quote the checked files (a legal name, an
 * evidence path): every format gets them with card numbers masked and control characters escaped, so no
 * file can rewrite a terminal, a CI log or a spreadsheet, and JUnit and SARIF stay well-formed.
 */
export function renderDiagnostics(given: DiagnosticReport, format: DiagnosticFormat, options: RenderOptions = {}): string {
  const {report, sorted} = shown(given)
  switch (format) {
    case 'text':
      return renderText(sorted, report.files.length, report.language ?? 'en')
    case 'json':
      return JSON.stringify(toJson(report), null, 2) + '\n'
    case 'junit':
      return renderJunit(report, sorted)
    case 'sarif':
      return JSON.stringify(toSarif(report, sorted, options.sarifBase ?? process.cwd()), null, 2) + '\n'
    case 'github':
      return sorted.map((d) => renderGithub(d)).join('')
  }
}

function shown(given: DiagnosticReport): {report: DiagnosticReport; sorted: Diagnostic[]} {
  const diagnostics = given.diagnostics.map((d) => ({...d, file: safeText(d.file), message: safeText(d.message)}))
  return {report: {...given, files: given.files.map((f) => safeText(f)), diagnostics}, sorted: sortDiagnostics(diagnostics)}
}

/** The --json form (also what --format json prints), escaped like every other format. */
export function toJson(given: DiagnosticReport) {
  const {report, sorted} = shown(given)
  const errors = sorted.filter((d) => d.severity === 'error').length
  return {
    tool: report.tool,
    version: report.version,
    files: [...report.files],
    errors,
    warnings: sorted.length - errors,
    diagnostics: sorted,
  }
}

function renderText(sorted: readonly Diagnostic[], fileCount: number, language: Language): string {
  const say = FORMAT_MESSAGES[language]
  const lines = sorted.map((d) => `${formatLocation(d)}: ${say.severity[d.severity]} ${d.message} [${d.rule}]`)
  const errors = sorted.filter((d) => d.severity === 'error').length
  const warnings = sorted.length - errors
  lines.push(sorted.length === 0 ? say.noProblems(fileCount) : say.problems(fileCount, errors, warnings))
  return lines.join('\n') + '\n'
}

/** Text for an XML attribute or element (JUnit here and in the gate report). */
export function xml(text: string): string {
  // XML 1.0 forbids most control characters even as entities: they become visible escapes first.
  return escapeControlCharacters(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

function renderJunit(report: DiagnosticReport, sorted: readonly Diagnostic[]): string {
  const byFile = new Map<string, Diagnostic[]>(report.files.map((f) => [f, []]))
  for (const d of sorted) {
    if (!byFile.has(d.file)) byFile.set(d.file, [])
    byFile.get(d.file)!.push(d)
  }
  const failures = sorted.filter((d) => d.severity === 'error').length
  const suites = [...byFile.entries()].map(([file, list]) => {
    const errors = list.filter((d) => d.severity === 'error')
    const cases =
      errors.length === 0
        ? `    <testcase classname="${xml(report.tool)}" name="${xml(file)}"/>\n`
        : errors
            .map(
              (d) =>
                `    <testcase classname="${xml(report.tool)}" name="${xml(`${formatLocation(d)} ${d.rule}`)}">\n` +
                `      <failure type="${xml(d.rule)}" message="${xml(d.message)}">${xml(`${formatLocation(d)}: ${d.message}`)}</failure>\n` +
                `    </testcase>\n`,
            )
            .join('')
    const tests = Math.max(errors.length, 1)
    return `  <testsuite name="${xml(file)}" tests="${tests}" failures="${errors.length}" errors="0">\n${cases}  </testsuite>\n`
  })
  const tests = [...byFile.values()].reduce(
    (n, list) => n + Math.max(list.filter((d) => d.severity === 'error').length, 1),
    0,
  )
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="${xml(report.tool)}" tests="${tests}" failures="${failures}" errors="0">\n` +
    suites.join('') +
    `</testsuites>\n`
  )
}

/** The folder as an absolute file: URI ending in '/', as SARIF's originalUriBaseIds want it. */
export function sarifBaseUri(base: string): string {
  const href = pathToFileURL(path.resolve(base)).href
  return href.endsWith('/') ? href : `${href}/`
}

/**
 * Where a file is, for SARIF: a relative reference under the base (percent-encoded by pathToFileURL, never
 * by hand), or the absolute file: URI of a file outside it. A relative reference whose first segment holds
 * a colon would read as a scheme: it gets a leading `./`. The URI is masked again, as its percent escapes
 * add digits next to the name's.
 */
export function sarifArtifactLocation(file: string, baseUri: string): {uri: string; uriBaseId?: string} {
  const href = pathToFileURL(path.resolve(file)).href
  if (href.length > baseUri.length && href.startsWith(baseUri)) {
    const relative = href.slice(baseUri.length)
    return {uri: maskCardNumbers(/^[^/]*:/.test(relative) ? `./${relative}` : relative), uriBaseId: SARIF_BASE_ID}
  }
  return {uri: maskCardNumbers(href)}
}

/** SARIF messages are sentences ending with a period (the SARIF validator's SARIF2001): a Chinese one with its own. */
function sentence(text: string): string {
  if (/[.。!?！？]$/.test(text)) return text
  return /[\u3400-\u9fff]/.test(text) ? `${text}。` : `${text}.`
}

/** A rule's friendly name: its kebab-case id in Pascal case (`evidence-missing` is EvidenceMissing). */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('')
}

/**
 * SARIF 2.1.0 that Microsoft's SARIF validator (`sarif-multitool validate`) passes without an error or a
 * warning: locations relative to %SRCROOT%, a region on every result (line 1, column 1 for a whole-file
 * problem), every rule with a name and help, every message a sentence. Columns are counted in UTF-16 code
 * units, as the YAML positions are.
 */
function toSarif(report: DiagnosticReport, sorted: readonly Diagnostic[], base: string) {
  const ruleIds = [...new Set([...Object.keys(report.rules), ...sorted.map((d) => d.rule)])].sort()
  const baseUri = sarifBaseUri(base)
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'posattest',
            semanticVersion: report.version,
            informationUri: 'https://github.com/posattest/posattest',
            rules: ruleIds.map((id) => {
              const text = sentence(report.rules[id] ?? id)
              // A name that is the id but for case must be left out (SARIF1001): `schema` has none.
              const name = pascalCase(id)
              return {
                id,
                ...(name.toLowerCase() === id.toLowerCase() ? {} : {name}),
                shortDescription: {text},
                // GitHub code scanning wants a fullDescription (the validator's GH2012).
                fullDescription: {text},
                help: {text},
                ...(report.helpUri === undefined ? {} : {helpUri: report.helpUri}),
              }
            }),
          },
        },
        originalUriBaseIds: {[SARIF_BASE_ID]: {uri: baseUri}},
        columnKind: 'utf16CodeUnits',
        results: sorted.map((d) => ({
          ruleId: d.rule,
          ruleIndex: ruleIds.indexOf(d.rule),
          level: d.severity === 'error' ? 'error' : 'warning',
          message: {text: sentence(d.message)},
          locations: [
            {
              physicalLocation: {
                artifactLocation: sarifArtifactLocation(d.file, baseUri),
                region: d.line > 0 ? {startLine: d.line, startColumn: Math.max(d.column, 1)} : {startLine: 1, startColumn: 1},
              },
            },
          ],
        })),
      },
    ],
  }
}

// GitHub workflow commands: properties escape % \r \n : ,; the message escapes % \r \n.
function escapeGithubData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeGithubProperty(text: string): string {
  return escapeGithubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

function renderGithub(d: Diagnostic): string {
  const props = [`file=${escapeGithubProperty(d.file)}`]
  if (d.line > 0) props.push(`line=${d.line}`, `col=${d.column}`)
  props.push(`title=${escapeGithubProperty(d.rule)}`)
  return `::${d.severity} ${props.join(',')}::${escapeGithubData(d.message)}\n`
}
