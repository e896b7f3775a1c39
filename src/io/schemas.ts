import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import {Ajv2020, type CodeOptions, type ErrorObject, type ValidateFunction} from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import {diagnostic, type Diagnostic} from '../diagnostics/diagnostic.js'
import type {Language} from '../model/language.js'
import {IO_MESSAGES, type IoMessages} from './messages.js'
import {pointerSegments, type YamlSource} from './yaml-source.js'

export const SCHEMA_NAMES = ['catalog', 'catalog-meta', 'answers', 'result', 'policy'] as const
export type SchemaName = (typeof SCHEMA_NAMES)[number]

/** schemas/ at the package root: the same relative place from src/ (tests) and dist/ (the CLI). */
export const SCHEMA_DIR = new URL('../../schemas/', import.meta.url)

/**
 * The validators ajv generated from these schemas at build time (scripts/compile-schemas.mjs, ajv's standalone
 * code): compiling the answers and result schemas was 100–150 ms of every cold run that checks one. The module is
 * used only while the schema files hash to what it was generated from, by the same ajv; otherwise they are
 * compiled here as before.
 */
export const PRECOMPILED_VALIDATORS = new URL('../../dist/schema-validators.cjs', import.meta.url)

export interface PrecompiledValidators {
  AJV_VERSION: string
  SCHEMAS_SHA256: string
  validators: Partial<Record<SchemaName, ValidateFunction>>
}

const require = createRequire(import.meta.url)

let ajv: Ajv2020 | undefined
let precompiled: PrecompiledValidators['validators'] | null | undefined
const validators = new Map<SchemaName, ValidateFunction>()

/** Reads the build's validators module; the CLI bundle gives its own copy (scripts/bundle.mjs), code-cached with it. */
let loadPrecompiled = (): PrecompiledValidators => require(fileURLToPath(PRECOMPILED_VALIDATORS)) as PrecompiledValidators

/**
 * Where the build's validators come from: the CLI bundle holds dist/schema-validators.cjs itself, so that V8's code
 * cache of the bundle covers its 550 KB too (src/io/code-cache.ts). They are checked as any others.
 */
export function providePrecompiledValidators(load: () => PrecompiledValidators): void {
  loadPrecompiled = load
  precompiled = undefined
}

function schemaBytes(name: string): Buffer | undefined {
  try {
    return readFileSync(new URL(`${name}.schema.json`, SCHEMA_DIR))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

function loadSchema(name: string): Record<string, unknown> | undefined {
  const bytes = schemaBytes(name)
  return bytes && JSON.parse(bytes.toString('utf8'))
}

/** The SHA-256 of every schema the validators are made from, in SCHEMA_NAMES order: what names a precompiled set. */
export function schemasSha256(): string {
  const hash = createHash('sha256')
  for (const name of SCHEMA_NAMES) {
    const bytes = schemaBytes(name)
    hash.update(`${name}:${bytes ? bytes.length : -1}:`)
    if (bytes) hash.update(bytes)
  }
  return hash.digest('hex')
}

/** The version of the ajv this code runs with. */
export function ajvVersion(): string {
  return (require('ajv/package.json') as {version: string}).version
}

/**
 * The one ajv every schema is compiled with, with every schema added. `code` is for scripts/compile-schemas.mjs,
 * which asks ajv for the same validators as source code.
 */
export function newSchemaAjv(code?: CodeOptions): Ajv2020 {
  // strictRequired would reject the answers schema's Evidence oneOf (`required: [path]` | `required: [url]`),
  // whose keys are declared in the surrounding `properties`, which is exactly what is meant.
  const made = new Ajv2020({allErrors: true, strict: true, strictRequired: false, verbose: true, allowUnionTypes: true, ...(code ? {code} : {})})
  addFormats.default(made, ['date', 'email', 'uri', 'date-time'])
  for (const name of SCHEMA_NAMES) {
    const schema = loadSchema(name)
    if (schema) made.addSchema(schema, `${name}.schema.json`)
  }
  return made
}

/** The build's validators when they are those of these schemas and this ajv; else undefined (and compiled here). */
function precompiledValidators(): PrecompiledValidators['validators'] | undefined {
  if (precompiled === undefined) {
    precompiled = null
    if (process.env.POSATTEST_PRECOMPILED_SCHEMAS !== 'off') {
      try {
        const module = loadPrecompiled()
        if (module.AJV_VERSION === ajvVersion() && module.SCHEMAS_SHA256 === schemasSha256()) precompiled = module.validators
      } catch {
        // Not built (tests run from src/ before a build) or unreadable: compile.
      }
    }
  }
  return precompiled ?? undefined
}

export function validator(name: SchemaName): ValidateFunction {
  let validate = validators.get(name)
  if (!validate) {
    validate = precompiledValidators()?.[name]
    if (!validate) {
      ajv ??= newSchemaAjv()
      validate = ajv.getSchema(`${name}.schema.json`)
    }
    if (!validate) throw new Error(`schema ${name} is not in schemas/`)
    validators.set(name, validate)
  }
  return validate
}

/** The raw JSON Schema document (for rules that read it, e.g. the list of profile facts). */
export function schemaDocument(name: SchemaName): Record<string, any> {
  const schema = loadSchema(name)
  if (!schema) throw new Error(`schema ${name} is not in schemas/`)
  return schema
}

/** Validates plain data; returns ajv's errors made readable, without positions. */
/** One schema error made readable: where, which JSON Schema keyword failed (for code to branch on) and what to say. */
export interface SchemaError {
  path: string[]
  key?: string
  keyword: string
  /** ajv's parameters of that keyword (`type` for a type error, `limit` for a length…). */
  params: Readonly<Record<string, unknown>>
  message: string
}

/** The messages are in `language` (default English); everything else is the same in every language. */
export function schemaErrors(name: SchemaName, value: unknown, language: Language = 'en'): SchemaError[] {
  const validate = validator(name)
  if (validate(value)) return []
  return simplifyErrors(validate.errors ?? [], IO_MESSAGES[language])
}

/** ajv's raw errors of one validation (validator(name).errors) made readable, as schemaErrors does. */
export function readableSchemaErrors(errors: readonly ErrorObject[], language: Language = 'en'): SchemaError[] {
  return simplifyErrors(errors, IO_MESSAGES[language])
}

/** Validates a parsed YAML file; each error sits at the `file:line:col` of the offending node. */
export function schemaDiagnostics(name: SchemaName, source: YamlSource, language: Language = 'en'): Diagnostic[] {
  const say = IO_MESSAGES[language]
  return schemaErrors(name, source.value, language).map((e) => {
    const at = e.key === undefined ? source.locate(e.path) : source.locate([...e.path, e.key], {key: true})
    const where = [...e.path, ...(e.key === undefined ? [] : [e.key])]
    return diagnostic(source.file, at, 'schema', where.length ? say.at(where.join('.'), e.message) : e.message)
  })
}

function simplifyErrors(errors: readonly ErrorObject[], say: IoMessages): SchemaError[] {
  // A failed oneOf reports every branch's complaints; keep one line for the oneOf itself.
  const oneOfs = errors.filter((e) => e.keyword === 'oneOf')
  const kept = errors.filter(
    (e) =>
      !oneOfs.some(
        (o) =>
          o !== e &&
          e.schemaPath.startsWith(o.schemaPath + '/') &&
          (e.instancePath === o.instancePath || e.instancePath.startsWith(o.instancePath + '/')),
      ),
  )
  const seen = new Set<string>()
  const out: SchemaError[] = []
  for (const e of kept) {
    const path = pointerSegments(e.instancePath)
    const {key, message} = describe(e, say)
    const id = `${e.instancePath}|${key ?? ''}|${message}`
    if (seen.has(id)) continue
    seen.add(id)
    out.push({path, ...(key === undefined ? {} : {key}), keyword: e.keyword, params: e.params as Record<string, unknown>, message})
  }
  return out
}

function describe(e: ErrorObject, say: IoMessages): {key?: string; message: string} {
  const p = e.params as Record<string, any>
  const parent = e.parentSchema as Record<string, any> | undefined
  switch (e.keyword) {
    case 'required':
      return {message: say.required(String(p.missingProperty))}
    case 'additionalProperties':
      return {key: String(p.additionalProperty), message: say.unknownKey}
    case 'propertyNames':
      return {key: String(p.propertyName), message: say.badKeyName}
    case 'enum':
      return {message: say.oneOfValues((p.allowedValues as unknown[]).map((v) => (v === null ? say.emptyValue : String(v))))}
    case 'const':
      return {message: say.constant(JSON.stringify(p.allowedValue))}
    case 'type':
      return {message: say.type(String(p.type).split(','))}
    case 'format':
      return {message: p.format === 'date' ? say.date : say.format(String(p.format))}
    case 'pattern':
      return {message: say.pattern(String(p.pattern))}
    case 'oneOf':
      if (parent?.title === 'Evidence' || (Array.isArray(parent?.oneOf) && parent.oneOf.every((b: any) => b.required)))
        return {message: say.exactlyOneOf(parent!.oneOf.map((b: any) => b.required.join('+')))}
      return {message: say.notValid(parent?.title)}
    case 'minItems':
      return {message: say.minItems(Number(p.limit))}
    case 'maxLength':
      return {message: say.maxLength(Number(p.limit))}
    case 'minLength':
      return {message: p.limit === 1 ? say.notEmpty : say.minLength(Number(p.limit))}
    case 'uniqueItems':
      return {message: say.uniqueItems(Number(p.j), Number(p.i))}
    default:
      return {message: say.otherKeyword(e.keyword, e.message ?? e.keyword)}
  }
}
