import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import Handlebars from 'handlebars'
import type {Language} from '../model/language.js'
import {loadPrecompiledTemplates, templateOf, type PrecompiledTemplates} from './precompiled-templates.js'
import type {ReportLabels} from './report-model.js'
import {plainText} from './text-blocks.js'

/** templates/ at the package root: the same relative place from src/report (tests) and dist/report (the CLI). */
export const TEMPLATE_DIR = fileURLToPath(new URL('../../templates/', import.meta.url))

/** One template per section (and two per-item ones: a control card's body and a remediation item's body). */
export const REPORT_TEMPLATES = [
  'cover',
  'summary',
  'sites',
  'scope',
  'findings',
  'control',
  'remediation',
  'remediation-item',
  'compensating',
  'changes',
  'attestation',
  'appendix',
] as const
export type ReportTemplateName = (typeof REPORT_TEMPLATES)[number]

export interface ReportTemplates {
  labels: ReportLabels
  /** Renders a template to text in the line convention of text-blocks.ts. */
  render(name: ReportTemplateName, context: unknown): string
}

interface CompiledTemplates {
  labelsJson: string
  compiled: ReadonlyMap<ReportTemplateName, Handlebars.TemplateDelegate>
}

/**
 * Compiled once per folder and process: the gate and the portfolio render report after report, and handlebars
 * compiles a template on its first call, which costs more than rendering it. The files are the shipped ones
 * (or a test's), not edited while posattest runs.
 */
const compiledByFolder = new Map<string, Promise<CompiledTemplates>>()

/** The shipped folder's precompiled templates as the CLI bundle holds them (scripts/bundle.mjs); else read from the folder. */
let shippedPrecompiled: (() => PrecompiledTemplates | undefined) | undefined

/** Hands the build's precompiled templates to the report, so that V8's code cache of the CLI bundle covers them too. */
export function provideShippedPrecompiledTemplates(load: () => PrecompiledTemplates | undefined): void {
  shippedPrecompiled = load
}

function bundledPrecompiled(): PrecompiledTemplates | undefined {
  try {
    return shippedPrecompiled?.()
  } catch {
    return undefined
  }
}

async function compileFolder(folder: string): Promise<CompiledTemplates> {
  const labelsJson = await readFile(path.join(folder, 'labels.json'), 'utf8')
  const handlebars = createHandlebars()
  // Only the shipped folder has precompiled templates (a test's folder is compiled as it is).
  const shipped = path.resolve(path.dirname(folder)) === path.resolve(TEMPLATE_DIR)
  const precompiled = shipped ? (bundledPrecompiled() ?? (await loadPrecompiledTemplates(TEMPLATE_DIR))) : undefined
  const compiled = new Map<ReportTemplateName, Handlebars.TemplateDelegate>()
  for (const name of REPORT_TEMPLATES) {
    const source = await readFile(path.join(folder, `${name}.hbs`), 'utf8')
    const spec = precompiled?.TEMPLATES[`${path.basename(folder)}/${name}`]
    compiled.set(name, templateOf(handlebars, source, spec, precompiled?.HANDLEBARS_VERSION))
  }
  return {labelsJson, compiled}
}

/** Loads and compiles the templates and labels of one language. */
export async function loadReportTemplates(lang: Language, dir: string = TEMPLATE_DIR): Promise<ReportTemplates> {
  const folder = path.join(dir, lang)
  let pending = compiledByFolder.get(folder)
  if (!pending) {
    pending = compileFolder(folder)
    compiledByFolder.set(folder, pending)
    // A folder that could not be read is tried again next time, not remembered as failed.
    pending.catch(() => compiledByFolder.delete(folder))
  }
  const {labelsJson, compiled} = await pending
  // Each caller gets its own labels (they become part of its report model) and its own cache of safe values.
  const labels = JSON.parse(labelsJson) as ReportLabels
  const safe = new WeakMap<object, unknown>()
  return {
    labels,
    render: (name, context) => compiled.get(name)!(safeContext(context, safe)),
  }
}

function createHandlebars(): typeof Handlebars {
  const handlebars = Handlebars.create()
  handlebars.registerHelper('eq', (a: unknown, b: unknown) => a === b)
  handlebars.registerHelper('gt', (a: number, b: number) => a > b)
  // Profile facts are three-valued: true, false or not stated.
  handlebars.registerHelper('isTrue', (v: unknown) => v === true)
  handlebars.registerHelper('isFalse', (v: unknown) => v === false)
  handlebars.registerHelper('join', (list: unknown, separator: unknown) =>
    Array.isArray(list) ? list.join(typeof separator === 'string' ? separator : ', ') : '',
  )
  handlebars.registerHelper('plural', (n: number, one: string, many: string) => (n === 1 ? one : many))
  handlebars.registerHelper('inc', (n: number) => n + 1)
  return handlebars
}

/**
 * Every string of the data passed through plainText, so no value can change the template's line structure.
 * The report model is handed to every section and its labels to every card: `seen` keeps each object's safe
 * copy, so the model is made safe once per render rather than once per template call (the model is built
 * before rendering and never changed after).
 */
function safeContext(value: unknown, seen: WeakMap<object, unknown>): unknown {
  if (typeof value === 'string') return plainText(value)
  if (value === null || typeof value !== 'object') return value
  const known = seen.get(value)
  if (known !== undefined) return known
  const safe = Array.isArray(value)
    ? value.map((v) => safeContext(v, seen))
    : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, safeContext(v, seen)]))
  seen.set(value, safe)
  return safe
}
