import path from 'node:path'
import {diagnostic, formatLocation, sortDiagnostics, type Diagnostic} from '../diagnostics/diagnostic.js'
import type {DomainId} from '../generated/catalog.js'
import type {YamlSource} from '../io/yaml-source.js'
import {schemaDiagnostics, schemaDocument} from '../io/schemas.js'
import {intervalFacts, profileFacts} from './applicability.js'
import {META_FILE} from './catalog.js'
import {closestMatches} from './closest.js'
import {isPciDssRequirement} from './pci-dss-v4.0.1.js'
import {checkTemplate} from './template-variables.js'
import {GLOSSARY, missingEverydayWords, offGlossaryWords} from '../model/glossary.js'
import {LANGUAGES, type Language} from '../model/language.js'
import {LINT_MESSAGES, type LintMessages, type TextPart} from './lint-messages.js'
import {type LintRule} from './lint-rules.js'

// The rules' table and the exit code live in lint-rules.ts, which loads none of the parsers.
export {LINT_RULES, lintExitCode, lintRules, UNREADABLE_INPUT_RULES, type LintRule} from './lint-rules.js'

/** The id prefix each domain's controls use. */
export const DOMAIN_PREFIXES: Readonly<Record<DomainId, string>> = {
  'device-custody': 'CUS',
  seals: 'SEAL',
  'authorised-servicing': 'SVC',
  'software-updates': 'UPD',
  encryption: 'ENC',
  'staff-training': 'TRN',
  'incident-response': 'INC',
  retention: 'RET',
}

/** Languages assumed for a control file linted on its own, without a catalog.yaml beside it. */
export const DEFAULT_LANGUAGES: readonly string[] = LANGUAGES

/** One YAML file as read for linting: parsed, or the reason it could not be read. */
export type LintFile = {file: string; source: YamlSource} | {file: string; unreadable: Diagnostic}

/**
 * What `catalog lint` was asked to check. A folder brings every *.yaml/*.yml file in it (sorted by
 * name); a single control file brings the catalog.yaml beside it, if any, for the languages.
 */
export type LintInput =
  | {kind: 'folder'; dir: string; files: readonly LintFile[]}
  | {kind: 'file'; file: LintFile; meta?: YamlSource}

/** Every file the inputs hold, for the report's list of checked files. */
export function lintedFiles(inputs: readonly LintInput[]): string[] {
  return inputs.flatMap((input) => (input.kind === 'folder' ? input.files.map((f) => f.file) : [input.file.file]))
}

/**
 * Lints catalog folders and control files. Pure: the inputs are already read and parsed (see
 * readLintInputs); the result is every problem found, sorted by file and position.
 *
 * Control ids must be unique within a catalog folder, and across all single files linted together.
 */
export function lintCatalog(inputs: readonly LintInput[], language: Language = 'en'): Diagnostic[] {
  const lint: Lint = {facts: profileFacts(), intervalFacts: intervalFacts(), language, say: LINT_MESSAGES[language]}
  const out: Diagnostic[] = []
  for (const input of inputs) if (input.kind === 'folder') out.push(...lintFolder(input, lint))
  const ids = new IdRegistry()
  for (const input of inputs) {
    if (input.kind !== 'file') continue
    out.push(...lintControlFile(input.file, languagesOf(input.meta) ?? DEFAULT_LANGUAGES, lint, ids, saqScope(input.meta)))
  }
  return sortDiagnostics(out)
}

/** What every check of one lint run shares: the profile's facts (all, and those an interval_fact may name) and the language of the messages. */
interface Lint {
  facts: readonly string[]
  intervalFacts: readonly string[]
  language: Language
  say: LintMessages
}

function lintFolder(input: {dir: string; files: readonly LintFile[]}, lint: Lint): Diagnostic[] {
  const {say} = lint
  if (input.files.length === 0) return [diagnostic(input.dir, undefined, 'empty-folder', say.emptyFolder)]
  const out: Diagnostic[] = []
  const ids = new IdRegistry()
  const metaFile = input.files.find((f) => path.basename(f.file) === META_FILE)
  const others = input.files.filter((f) => f !== metaFile)
  if (metaFile === undefined) {
    out.push(
      diagnostic(
        path.join(input.dir, META_FILE),
        undefined,
        'missing-catalog-yaml',
        say.missingCatalogYaml(META_FILE, DEFAULT_LANGUAGES),
      ),
    )
    for (const file of others) out.push(...lintControlFile(file, DEFAULT_LANGUAGES, lint, ids))
    return out
  }
  const meta = usableSource(metaFile, 'catalog-meta', out, lint.language)
  if (meta === undefined) {
    // Without a readable catalog.yaml the listing is unknown: lint every file as a control file.
    for (const file of others) out.push(...lintControlFile(file, DEFAULT_LANGUAGES, lint, ids))
    return out
  }
  out.push(...schemaDiagnostics('catalog-meta', meta, lint.language))
  const languages = languagesOf(meta) ?? DEFAULT_LANGUAGES
  out.push(...missingLanguages(meta, ['title'], say.part(undefined, {kind: 'title'}), languages, say, {optional: true}))

  const listed = (meta.value as {domains?: unknown}).domains
  const byName = new Map(others.map((f) => [path.basename(f.file), f]))
  const domainFiles: LintFile[] = []
  if (Array.isArray(listed)) {
    for (const [index, domain] of listed.entries()) {
      if (typeof domain !== 'string') continue
      const name = `${domain}.yaml`
      const file = byName.get(name)
      if (file === undefined) {
        out.push(
          diagnostic(meta.file, meta.locate(['domains', index]), 'missing-domain-file', say.missingDomainFile(domain, name)),
        )
      } else if (!domainFiles.includes(file)) {
        domainFiles.push(file)
      }
    }
  }
  for (const file of others) {
    if (domainFiles.includes(file)) continue
    out.push(diagnostic(file.file, undefined, 'unlisted-file', say.unlistedFile(META_FILE)))
  }
  const saq = saqScope(meta)
  for (const file of domainFiles) out.push(...lintControlFile(file, languages, lint, ids, saq))
  // Each SAQ the catalog scopes merchants into must have controls to assess them on.
  const defined = isObject(meta.value) && Array.isArray(meta.value.saq_types) ? meta.value.saq_types : []
  for (const [index, definition] of defined.entries()) {
    const id = isObject(definition) && typeof definition.id === 'string' ? definition.id : undefined
    if (id === undefined || saq?.covered.has(id)) continue
    out.push(
      diagnostic(meta.file, meta.locate(['saq_types', index, 'id']), 'saq-types-missing', say.saqWithoutControls(id)),
    )
  }
  return out
}

/** The SAQs a catalog.yaml defines, and (filled while linting its controls) those some control serves. */
interface SaqScope {
  defined: ReadonlySet<string>
  covered: Set<string>
}

/** The SAQ scope of a catalog.yaml that defines saq_types; undefined when it defines none (catalog 1.0.0). */
function saqScope(meta: YamlSource | undefined): SaqScope | undefined {
  const list = isObject(meta?.value) ? meta.value.saq_types : undefined
  if (!Array.isArray(list)) return undefined
  const ids = list.map((d) => (isObject(d) ? d.id : undefined)).filter((id): id is string => typeof id === 'string')
  return {defined: new Set(ids), covered: new Set()}
}

/**
 * Whether a condition holds only for merchants who store card data electronically. No short SAQ admits such a
 * merchant (P2PE.3, B.3, B-IP.6), so a control that applies only to them serves none and lists no saq_types.
 */
function onlyForElectronicStorage(condition: unknown): boolean {
  if (!isObject(condition)) return false
  if (condition.fact === 'stores_card_data_electronically' && condition.equals === true) return true
  return Array.isArray(condition.all) && condition.all.some(onlyForElectronicStorage)
}

/** The parsed file when it can be checked further; otherwise its reading problems go to `out`. */
function usableSource(file: LintFile, schema: 'catalog' | 'catalog-meta', out: Diagnostic[], language: Language): YamlSource | undefined {
  if ('unreadable' in file) {
    out.push(file.unreadable)
    return undefined
  }
  out.push(...file.source.diagnostics)
  if (file.source.diagnostics.length > 0) return undefined
  if (!isObject(file.source.value)) {
    out.push(...schemaDiagnostics(schema, file.source, language))
    return undefined
  }
  return file.source
}

/** catalog.yaml's languages, when it declares a usable list. */
function languagesOf(meta: YamlSource | undefined): readonly string[] | undefined {
  const languages = isObject(meta?.value) ? meta.value.languages : undefined
  return Array.isArray(languages) && languages.length > 0 && languages.every((l) => typeof l === 'string')
    ? languages
    : undefined
}

/** Where each control id was first seen, for duplicate-id across the files of one catalog. */
class IdRegistry {
  private readonly first = new Map<string, string>()

  /** The first occurrence's `file:line:col` when this id was seen before; records it otherwise. */
  seen(id: string, where: string): string | undefined {
    const before = this.first.get(id)
    if (before === undefined) this.first.set(id, where)
    return before
  }
}

function lintControlFile(file: LintFile, languages: readonly string[], lint: Lint, ids: IdRegistry, saq?: SaqScope): Diagnostic[] {
  const {facts, say} = lint
  const out: Diagnostic[] = []
  const source = usableSource(file, 'catalog', out, lint.language)
  if (source === undefined) return out
  out.push(...schemaDiagnostics('catalog', source, lint.language))
  const value = source.value as Record<string, unknown>
  const diag = (at: readonly (string | number)[], rule: LintRule, message: string) =>
    out.push(diagnostic(source.file, source.locate(at), rule, message))

  // The domain fixes both the file name and the id prefix.
  const domain = typeof value.domain === 'string' && Object.hasOwn(DOMAIN_PREFIXES, value.domain) ? (value.domain as DomainId) : undefined
  if (domain !== undefined) {
    const name = path.basename(source.file)
    if (name !== `${domain}.yaml`) diag(['domain'], 'domain-file', say.domainFileName(domain, name))
    const expected = DOMAIN_PREFIXES[domain]
    if (typeof value.prefix === 'string' && value.prefix !== expected)
      diag(['prefix'], 'domain-file', say.domainPrefix(domain, expected, value.prefix))
  }
  for (const kind of ['title', 'description'] as const) out.push(...missingLanguages(source, [kind], say.part(undefined, {kind}), languages, say))
  out.push(...glossaryProblems(source, say))

  const prefix = typeof value.prefix === 'string' ? value.prefix : undefined
  const controls = Array.isArray(value.controls) ? value.controls : []
  for (const [index, control] of controls.entries()) {
    if (!isObject(control)) continue
    const at = (...rest: (string | number)[]) => ['controls', index, ...rest]
    const id = typeof control.id === 'string' ? control.id : undefined
    const label = id ?? `controls[${index}]`
    const part = (p: TextPart) => say.part(label, p)

    if (id !== undefined) {
      const where = formatLocation({file: source.file, ...source.locate(at('id'))})
      const first = ids.seen(id, where)
      if (first !== undefined) diag(at('id'), 'duplicate-id', say.duplicateId(id, first))
      const idPrefix = /^([A-Z]+)-/.exec(id)?.[1]
      if (prefix !== undefined && idPrefix !== undefined && idPrefix !== prefix)
        diag(at('id'), 'id-prefix', say.idPrefix(id, prefix))
    }

    for (const kind of ['title', 'question', 'guidance'] as const) out.push(...missingLanguages(source, at(kind), part({kind}), languages, say))
    out.push(...missingLanguages(source, at('evidence', 'description'), part({kind: 'evidence'}), languages, say))

    const steps = isObject(control.remediation) && Array.isArray(control.remediation.steps) ? control.remediation.steps : []
    for (const [step, text] of steps.entries()) {
      const stepLabel = part({kind: 'step', step: step + 1})
      out.push(...missingLanguages(source, at('remediation', 'steps', step), stepLabel, languages, say))
      if (!isObject(text)) continue
      for (const [lang, template] of Object.entries(text)) {
        if (typeof template !== 'string') continue
        for (const problem of checkTemplate(template, facts, say)) {
          const said = problem.rule === 'template-syntax' ? say.doesNotCompile(problem.message) : problem.message
          diag(at('remediation', 'steps', step, lang), problem.rule, say.templateProblem(stepLabel, lang, said))
        }
      }
    }

    if (saq !== undefined) {
      const roles = Array.isArray(control.roles) ? control.roles : []
      const listed = Array.isArray(control.saq_types) ? control.saq_types.filter((s): s is string => typeof s === 'string') : undefined
      for (const s of listed ?? []) saq.covered.add(s)
      if (roles.includes('merchant') && listed === undefined && !onlyForElectronicStorage(control.applies_when))
        diag(at('id'), 'saq-types-missing', say.merchantControlWithoutSaq(label, [...saq.defined]))
      if (!roles.includes('merchant') && listed !== undefined)
        diag(at('saq_types'), 'saq-types-missing', say.saqOnNonMerchantControl(label))
    }

    const references = isObject(control.references) ? control.references : undefined
    const cited = [references?.pci_dss, references?.other_standards].some((list) => Array.isArray(list) && list.length > 0)
    if (references !== undefined && !cited)
      diag(at('references'), 'no-reference', say.noReference(label))

    const pci = isObject(control.references) && Array.isArray(control.references.pci_dss) ? control.references.pci_dss : []
    for (const [item, requirement] of pci.entries()) {
      // Malformed ids are the schema's to report; only well-formed ones are looked up.
      if (typeof requirement === 'string' && pciIdPattern().test(requirement) && !isPciDssRequirement(requirement))
        diag(at('references', 'pci_dss', item), 'unknown-pci-requirement', say.unknownPciRequirement(requirement))
    }

    if (control.applies_when !== undefined) {
      for (const {fact, path: factPath} of factsIn(control.applies_when, at('applies_when'))) {
        if (facts.includes(fact)) continue
        const hint = closestMatches(fact, facts)
        diag(factPath, 'unknown-fact', say.unknownFact(fact, hint))
      }
    }

    // The interval a control takes from the profile must be a number of days the answers can hold.
    if (typeof control.interval_fact === 'string' && !lint.intervalFacts.includes(control.interval_fact)) {
      diag(at('interval_fact'), 'unknown-fact', say.unknownIntervalFact(control.interval_fact, lint.intervalFacts))
    }
  }
  return out
}

let pciPattern: RegExp | undefined
/** The form the schema gives PCI DSS ids (e.g. 9.5.1.2, A2.1.1), read once from the schema itself. */
function pciIdPattern(): RegExp {
  pciPattern ??= new RegExp(schemaDocument('catalog').$defs.control.properties.references.properties.pci_dss.items.pattern)
  return pciPattern
}

/** Every `fact:` inside a condition, with the path to its value. */
function factsIn(condition: unknown, at: (string | number)[]): {fact: string; path: (string | number)[]}[] {
  if (!isObject(condition)) return []
  const found: {fact: string; path: (string | number)[]}[] = []
  for (const key of ['all', 'any'] as const) {
    const list = condition[key]
    if (Array.isArray(list)) list.forEach((item, i) => found.push(...factsIn(item, [...at, key, i])))
  }
  if (condition.not !== undefined) found.push(...factsIn(condition.not, [...at, 'not']))
  if (typeof condition.fact === 'string') found.push({fact: condition.fact, path: [...at, 'fact']})
  return found
}

/** A LocalizedText at `at` that lacks some catalog language, reported at the text's node. */
function missingLanguages(
  source: YamlSource,
  at: readonly (string | number)[],
  label: string,
  languages: readonly string[],
  say: LintMessages,
  {optional = false}: {optional?: boolean} = {},
): Diagnostic[] {
  let text: unknown = source.value
  for (const segment of at) text = isObject(text) || Array.isArray(text) ? (text as any)[segment] : undefined
  if (text === undefined && optional) return []
  if (!isObject(text)) return [] // absent or not a map: the schema says so
  const missing = languages.filter((lang) => typeof text[lang] !== 'string')
  return missing.map((lang) => diagnostic(source.file, source.locate(at), 'missing-language', say.missingLanguage(label, lang)))
}

/**
 * One Chinese word per thing (src/model/glossary.ts): every zh-CN text of the file is checked for the words the
 * glossary avoids, and the domain's description for the merchant's everyday word at the first mention of a term.
 */
function glossaryProblems(source: YamlSource, say: LintMessages): Diagnostic[] {
  const out: Diagnostic[] = []
  const walk = (node: unknown, at: (string | number)[]): void => {
    if (Array.isArray(node)) node.forEach((item, index) => walk(item, [...at, index]))
    else if (isObject(node)) {
      for (const [key, item] of Object.entries(node)) {
        if (key !== 'zh-CN' || typeof item !== 'string') {
          walk(item, [...at, key])
          continue
        }
        for (const found of offGlossaryWords(item)) {
          out.push(diagnostic(source.file, source.locate([...at, key]), 'glossary-term', say.offGlossary(found.word, GLOSSARY[found.term].zh, GLOSSARY[found.term].en)))
        }
      }
    }
  }
  walk(source.value, [])
  const description = isObject(source.value) && isObject(source.value.description) ? source.value.description['zh-CN'] : undefined
  if (typeof description === 'string') {
    for (const term of missingEverydayWords(description)) {
      const {zh, everyday} = GLOSSARY[term]
      out.push(diagnostic(source.file, source.locate(['description', 'zh-CN']), 'glossary-term', say.everydayMissing(zh, everyday!)))
    }
  }
  return out
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
