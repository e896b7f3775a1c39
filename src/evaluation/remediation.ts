import {createHash} from 'node:crypto'
import Handlebars from 'handlebars'
import type {CatalogControl} from '../catalog/catalog.js'
import {localized} from '../catalog/catalog.js'
import {inspectionIntervalDays} from '../catalog/applicability.js'
import type {Answer, AnswersFile, Device} from '../generated/answers.js'
import type {LocalizedText} from '../generated/catalog.js'
import type {RemediationItem, ResultStatus, Severity} from '../generated/result.js'
import {UserError} from '../model/errors.js'
import {LANGUAGES} from '../model/language.js'

export const PRIORITY: Record<Severity, RemediationItem['priority']> = {
  critical: 'P1',
  high: 'P2',
  medium: 'P3',
  low: 'P4',
}

/** How the list helpers separate items: a comma in English, the enumeration comma in Chinese. */
const LIST_SEPARATOR: Record<string, string> = {en: ', ', 'zh-CN': '、'}

/** The variables a step template sees (src/catalog/remediation-context.ts lists them). */
export interface RemediationContext {
  entity: AnswersFile['assessment']['entity']
  assessment: {date: string; role: string; acquirer?: string}
  control: {id: string; title: string}
  answer: {status: ResultStatus; notes?: string; owner?: string; target_date?: string}
  profile: AnswersFile['profile']
  devices: Device[]
  devices_in_use: Device[]
  due_date: string
  interval_days?: number
}

export interface StepInput {
  answers: AnswersFile
  control: CatalogControl
  answer: Answer | undefined
  status: ResultStatus
  failingDevices: Device[]
  devicesInUse: Device[]
  dueDate: string
}

export function remediationContext(input: StepInput, lang: string): RemediationContext {
  const {assessment, profile} = input.answers
  return {
    entity: assessment.entity,
    assessment: {date: assessment.date, role: assessment.role, acquirer: assessment.acquirer},
    control: {id: input.control.id, title: localized(input.control.title, lang)},
    answer: {
      status: input.status,
      notes: input.answer?.notes,
      owner: input.answer?.owner,
      target_date: input.answer?.target_date,
    },
    profile,
    devices: input.failingDevices,
    devices_in_use: input.devicesInUse,
    due_date: input.dueDate,
    interval_days: inspectionIntervalDays(input.control, profile),
  }
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])

/** A Handlebars environment of its own per language, so the helpers never leak into the global one. */
function environment(lang: string): typeof Handlebars {
  const env = Handlebars.create()
  const separator = LIST_SEPARATOR[lang] ?? ', '
  // Each helper gets Handlebars' options hash as its last argument; only the leading ones are the caller's.
  env.registerHelper('serials', (list: unknown) =>
    asList(list)
      .map((d) => (d !== null && typeof d === 'object' && 'serial' in d ? String((d as Device).serial) : String(d)))
      .join(separator),
  )
  env.registerHelper('count', (list: unknown) => asList(list).length)
  env.registerHelper('join', (list: unknown, ...rest: unknown[]) => {
    const given = rest.length > 1 && typeof rest[0] === 'string' ? rest[0] : separator
    return asList(list).map(String).join(given)
  })
  return env
}

// Compiled templates depend only on (language, source), so they are shared by every evaluation in a process:
// compiling them again for each answers file was 90% of a portfolio's or a 1,000-file run's evaluation time.
const environments = new Map<string, typeof Handlebars>()

type TemplateSpecification = Parameters<typeof Handlebars.template>[0]

/** The shipped catalogs' steps precompiled by handlebars (templates/precompiled.cjs), by the SHA-256 of their text. */
export interface PrecompiledSteps {
  HANDLEBARS_VERSION: string
  REMEDIATION: Readonly<Record<string, TemplateSpecification>>
}

let loadPrecompiledSteps: (() => PrecompiledSteps | undefined) | undefined
let precompiledSteps: PrecompiledSteps['REMEDIATION'] | null | undefined

/**
 * Hands the build's precompiled steps to the renderer (the CLI bundle does, scripts/bundle.mjs): compiling the
 * steps of each gap was ~30 ms of a cold `evaluate`, `report` or `verify`. A spec stands in for a step only when
 * made from exactly its text (SHA-256) by this handlebars, with the options below; any other text is compiled.
 */
export function providePrecompiledSteps(load: () => PrecompiledSteps | undefined): void {
  loadPrecompiledSteps = load
  precompiledSteps = undefined
}

function precompiledStep(source: string): TemplateSpecification | undefined {
  if (precompiledSteps === undefined) {
    precompiledSteps = null
    try {
      const loaded = loadPrecompiledSteps?.()
      if (loaded?.HANDLEBARS_VERSION === Handlebars.VERSION) precompiledSteps = loaded.REMEDIATION
    } catch {
      // Not built: compile.
    }
  }
  if (!precompiledSteps) return undefined
  const key = createHash('sha256').update(source).digest('hex')
  return Object.hasOwn(precompiledSteps, key) ? precompiledSteps[key] : undefined
}
/** The options steps are compiled with (plain text, never HTML-escaped); scripts/precompile-templates.mjs uses the same. */
const STEP_OPTIONS = {noEscape: true, strict: false, data: true} as const

/** The parts of handlebars that Handlebars.compile runs, which its types leave out. */
interface HandlebarsCompilers {
  Compiler: new () => {compile(program: hbs.AST.Program, options: object): unknown}
  JavaScriptCompiler: new () => {compile(environment: unknown, options: object, context: undefined, asObject: true): TemplateSpecification}
}

/**
 * A step's template specification, as Handlebars.compile makes it on its first call (handlebars' compiler.js,
 * `compileInput`). Taken here rather than through compile()'s lazy wrapper, because setUpOnce needs the template
 * itself, which that wrapper keeps out of reach.
 */
function compileStep(env: typeof Handlebars, source: string): TemplateSpecification {
  const {Compiler, JavaScriptCompiler} = env as unknown as HandlebarsCompilers
  const environment = new Compiler().compile(env.parse(source), {...STEP_OPTIONS})
  return new JavaScriptCompiler().compile(environment, {...STEP_OPTIONS}, undefined, true)
}

type SetUpTemplate = HandlebarsTemplateDelegate & {_setup?: (options: object) => void}

/**
 * Handlebars sets a template up again on every call: the environment's helpers merged and each one wrapped anew,
 * the prototype-access rules rebuilt. That was about a third of an evaluation (one call per step, language and
 * gap). The setup depends only on the environment and the call's runtime options; a step's environment never
 * changes once made (environment() registers every helper) and no call passes options, so the first call's setup
 * stands for every later one. A handlebars without `_setup` keeps its own behaviour.
 */
function setUpOnce(template: HandlebarsTemplateDelegate): HandlebarsTemplateDelegate {
  const setup = (template as SetUpTemplate)._setup
  if (typeof setup !== 'function') return template
  let done = false
  ;(template as SetUpTemplate)._setup = (options) => {
    if (done) return
    setup(options)
    done = true
  }
  return template
}

/** A step's compiled template, or its text when it has no mustache. */
type StepTemplate = HandlebarsTemplateDelegate | string

const compiled = new Map<string, StepTemplate>()
/** The same templates by the catalog's step object and language, for the evaluations that share one catalog. */
const byStep = new WeakMap<LocalizedText, Map<string, StepTemplate>>()

/** Handlebars' message in one line: its first and last (the position and what it expected). */
function templateProblem(control: CatalogControl, index: number, lang: string, error: unknown): UserError {
  const lines = String((error as Error).message).split('\n').map((l) => l.trim()).filter(Boolean)
  const detail = lines.length > 1 ? `${lines[0]} ${lines[lines.length - 1]}` : (lines[0] ?? 'cannot render')
  return new UserError(
    'bad-remediation-template',
    `catalog control ${control.id}: remediation step ${index + 1} (${lang}) is not a valid template: ${detail}`,
  )
}

/** Renders the catalog's remediation steps; each template is compiled once per language and process. */
export function createStepRenderer(): (input: StepInput) => LocalizedText[] {
  /** The step's template in one language, or its text when it has no mustache (it is its own rendering). */
  const template = (control: CatalogControl, index: number, lang: string, step: LocalizedText): StepTemplate => {
    // Found by the step itself first: building the source key meant hashing the whole text on every call.
    let byLang = byStep.get(step)
    if (!byLang) byStep.set(step, (byLang = new Map()))
    let fn = byLang.get(lang)
    if (fn === undefined) {
      const source = localized(step, lang)
      const key = `${lang}\u0000${source}`
      fn = compiled.get(key)
      // Handlebars would give a step without a mustache back unchanged, at the cost of a template call.
      if (fn === undefined && !source.includes('{{')) compiled.set(key, (fn = source))
      if (fn === undefined) {
        let env = environments.get(lang)
        if (!env) environments.set(lang, (env = environment(lang)))
        try {
          fn = setUpOnce(env.template(precompiledStep(source) ?? compileStep(env, source)))
        } catch (error) {
          throw templateProblem(control, index, lang, error)
        }
        compiled.set(key, fn)
      }
      byLang.set(lang, fn)
    }
    return fn
  }

  return (input) => {
    const steps: LocalizedText[] = []
    // Each language's variables are gathered only when one of the control's steps is a template.
    const contexts = new Map<string, RemediationContext>()
    const contextFor = (lang: string): RemediationContext => {
      let context = contexts.get(lang)
      if (!context) contexts.set(lang, (context = remediationContext(input, lang)))
      return context
    }
    const {control} = input
    control.remediation.steps.forEach((step, index) => {
      const rendered: LocalizedText = {}
      let languages = 0
      for (const lang of LANGUAGES) {
        const fn = template(control, index, lang, step)
        let text: string
        try {
          text = (typeof fn === 'string' ? fn : fn(contextFor(lang))).trim()
        } catch (error) {
          // A helper given the wrong arguments, or a missing one, surfaces only when the step is rendered.
          throw templateProblem(control, index, lang, error)
        }
        // A step may be conditional ({{#if devices}}…{{/if}}): an empty rendering drops that language.
        if (text !== '') {
          rendered[lang] = text
          languages++
        }
      }
      if (languages > 0) steps.push(rendered)
    })
    return steps
  }
}
